package org.fieldsupport.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.notice.internal.NoticeJobs;
import org.fieldsupport.platform.notice.internal.NoticeMailer;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notices of work items, in-app and by e-mail through a real SMTP server in the test (GreenMail): one mail per
 * notice in the recipient's language, or one daily digest; due-soon and overdue once; no mail sender → in-app only.
 */
@IntegrationTest
class NoticesTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired WorkItems items;
    @Autowired Notices notices;
    @Autowired NoticeMailer mailer;
    @Autowired NoticeJobs jobs;
    @Autowired UserDirectory users;
    @Autowired MockMvc mvc;
    @Autowired ObjectProvider<JavaMailSender> configuredSender;

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    JavaMailSender sender() {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("127.0.0.1");
        s.setPort(ServerSetupTest.SMTP.getPort());
        return s;
    }

    String newUser(String language) {
        String name = "notice." + language + "." + UUID.randomUUID().toString().substring(0, 8);
        users.ensureUser(name, name, name + "@example.org", language, "Secret-password-1");
        return name;
    }

    WorkItem open(String username, LocalDate due) {
        String ref = "N-" + UUID.randomUUID().toString().substring(0, 8);
        return items.open(NewWorkItem.of("kit.test-notice", ref, ref, "/work?n=" + ref, Assignee.user(username), due,
                "platform.work.title"));
    }

    List<MimeMessage> mailsTo(String username) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(username + "@"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void an_assigned_item_is_noticed_in_app_and_mailed_once_in_the_recipients_language() throws Exception {
        String en = newUser("en");
        String fr = newUser("fr");
        WorkItem item = open(en, TODAY.plusDays(10));
        open(fr, null);

        assertThat(notices.unreadCount(en)).isEqualTo(1);
        assertThat(notices.of(en, true, new PageQuery(0, 10, null, null, true)).content()).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(Notice.Kind.ASSIGNED);
                    assertThat(n.workItemId()).isEqualTo(item.id());
                });
        mailer.sendImmediate(sender());
        mailer.sendImmediate(sender());   // nothing twice

        assertThat(mailsTo(en)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("[Field Support] Assigned to you: My work");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("/work?n=" + item.reference());
        });
        assertThat(mailsTo(fr)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("[Field Support] Attribué à vous : Mon travail"));
        assertThat(notices.of(en, false, new PageQuery(0, 10, null, null, true)).content().get(0).emailedAt())
                .isNotNull();
    }

    @Test
    void a_user_who_prefers_the_digest_gets_one_mail_a_day_with_all_their_notices() throws Exception {
        String user = newUser("en");
        notices.setPreference(user, new Notices.Preference(true, true));
        open(user, null);
        open(user, TODAY.plusDays(1));

        mailer.sendImmediate(sender());
        assertThat(mailsTo(user)).isEmpty();
        mailer.sendDigests(sender());
        mailer.sendDigests(sender());

        assertThat(mailsTo(user)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("[Field Support] Your daily digest: 2 notices");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).contains("Assigned to you: My work");
        });
    }

    @Test
    void due_soon_and_overdue_are_noticed_once_each_and_a_user_without_mail_keeps_them_in_app() throws Exception {
        String user = newUser("en");
        notices.setPreference(user, new Notices.Preference(false, false));
        WorkItem soon = open(user, TODAY.plusDays(2));
        WorkItem late = open(user, TODAY.minusDays(1));
        WorkItem far = open(user, TODAY.plusDays(30));

        jobs.scanDeadlines(TODAY);
        jobs.scanDeadlines(TODAY);

        List<Notice> all = notices.of(user, false, new PageQuery(0, 50, null, null, true)).content();
        assertThat(all).filteredOn(n -> n.kind() == Notice.Kind.DUE_SOON).extracting(Notice::workItemId)
                .containsExactly(soon.id());
        assertThat(all).filteredOn(n -> n.kind() == Notice.Kind.OVERDUE).extracting(Notice::workItemId)
                .containsExactly(late.id());
        assertThat(all).filteredOn(n -> n.workItemId() == far.id()).hasSize(1);   // assigned only
        mailer.sendImmediate(sender());
        assertThat(mailsTo(user)).isEmpty();
        // the test context has no spring.mail.host: the application itself sends no mail at all (in-app only)
        assertThat(configuredSender.getIfAvailable()).isNull();
    }

    @Test
    void an_item_for_a_role_in_a_scope_notices_the_holders_covering_it() {
        String ref = "N-" + UUID.randomUUID().toString().substring(0, 8);
        WorkItem item = items.open(NewWorkItem.of("kit.test-notice", ref, ref, "/work", Assignee.role("COE_UNIT_MISSION",
                Scope.mission("MINUSCA")), null, "platform.work.title"));
        assertThat(ids("mission.coe.minusca")).contains(item.id());
        assertThat(ids("mission.coe.unmiss")).doesNotContain(item.id());
    }

    @Test
    void the_api_lists_marks_read_and_sets_the_preference_refusing_a_missing_field() throws Exception {
        String user = newUser("en");
        open(user, null);
        String body = mvc.perform(get("/api/v1/notices").param("unread", "true").with(user(user))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].kind").value("ASSIGNED"))
                .andExpect(jsonPath("$.content[0].title").value("Assigned to you: My work"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.content[0].id")).longValue();
        mvc.perform(post("/api/v1/notices/" + id + "/read").with(user("mission.coe.unifil")).with(csrf()))
                .andExpect(status().isNotFound());   // not theirs
        mvc.perform(post("/api/v1/notices/" + id + "/read").with(user(user)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(notices.unreadCount(user)).isZero();
        mvc.perform(put("/api/v1/notices/preference").with(user(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"digest\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(put("/api/v1/notices/preference").with(user(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"digest\": true, \"email\": true}"))
                .andExpect(status().isOk());
        assertThat(notices.preference(user)).isEqualTo(new Notices.Preference(true, true));
        mvc.perform(get("/notices").with(user(user))).andExpect(status().isOk());
    }

    private List<Long> ids(String username) {
        return notices.of(username, false, new PageQuery(0, 200, null, null, true)).content().stream()
                .map(Notice::workItemId).toList();
    }
}
