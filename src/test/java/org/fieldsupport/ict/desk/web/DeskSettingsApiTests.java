package org.fieldsupport.ict.desk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.ict.IctTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The mission desks' settings: time zone (a java.time zone id), support hours profile and public holidays, changed by
 * {@code ict.desk.manage} holders only, each change a new audited version; the desk's own staff read them.
 */
@IntegrationTest
class DeskSettingsApiTests {

    static final String API = "/api/v1/ict/desk/settings";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    IctTestUsers u;

    @BeforeEach
    void users() { u = new IctTestUsers(directory); }

    private ResultActions post(String who, String path, String body, String lang) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, lang).content(body));
    }

    @Test
    void headquarters_changes_a_desks_zone_and_hours_each_change_a_new_audited_version() throws Exception {
        long before = ((Number) JsonPath.read(mvc.perform(get(API + "/MONUSCO").with(user(u.hq))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.history.length()")).longValue();
        // the zone must be a java.time zone id; the profile one of four; both named in the reader's language
        post(u.hq, API + "/MONUSCO", "{\"zoneId\": \"Africa/Atlantis\", \"supportHours\": \"NIGHTS\"}", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'zoneId')].message").value(hasItem(containsString("Fuseau horaire"))))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("supportHours")));
        post(u.hq, API + "/MONUSCO", "{\"supportHours\": \"EXTENDED\"}", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'zoneId')].message").value(hasItem("Time zone is required")));
        // the mission's own desk reads but does not change; a user without ICT rights neither
        post(u.deskMinusca, API + "/MINUSCA", "{\"zoneId\": \"UTC\", \"supportHours\": \"ALWAYS\"}", "en")
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/MINUSCA").with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$.current.zoneId").value("Africa/Bangui"));
        mvc.perform(get(API + "/MINUSCA").with(user(u.deskUnmiss))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/MINUSCA").with(user(u.nobody))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/NOWHERE").with(user(u.hq))).andExpect(status().isNotFound());
        mvc.perform(get(API).with(user(u.deskUnmiss))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode").value(hasItem("UNMISS")))
                .andExpect(jsonPath("$[*].missionCode").value(not(hasItem("MINUSCA"))));
        // a valid change: a new version, the earlier kept, audited with before and after
        post(u.hq, API + "/MONUSCO", "{\"zoneId\": \"Africa/Lubumbashi\", \"supportHours\": \"EXTENDED\", \"reason\": \"Desk moved east\"}",
                "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.zoneId").value("Africa/Lubumbashi")).andExpect(jsonPath("$.supportHours").value("EXTENDED"))
                .andExpect(jsonPath("$.changedBy").value(u.hq))
                .andExpect(jsonPath("$.holidays[*].nameFr").value(hasItem("Fête de l'Indépendance")));
        mvc.perform(get(API + "/MONUSCO").with(user(u.hq))).andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value((int) before + 1))
                .andExpect(jsonPath("$.history[1].zoneId").value("Africa/Kinshasa"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'ict.desk-settings' AND entity_id = 'MONUSCO'"
                + " AND actor = ?").param(u.hq).query(Long.class).single()).isPositive();
        // back as each service records (keeps the other tests' clocks as they were)
        post(u.hq, API + "/MONUSCO", "{\"zoneId\": \"Africa/Kinshasa\", \"supportHours\": \"SERVICE\"}", "en")
                .andExpect(status().isOk()).andExpect(jsonPath("$.supportHours").doesNotExist());
    }

    @Test
    void holidays_are_added_and_removed_with_their_names_in_both_languages() throws Exception {
        String date = "2031-0" + (1 + Math.abs(u.suffix.hashCode() % 9)) + "-1" + Math.abs(u.suffix.hashCode() % 9);
        post(u.hq, API + "/MINUSCA/holidays", "{\"date\": \"31/12/2031\", \"nameEn\": \"\"}", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("date")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nameEn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nameFr")));
        post(u.deskMinusca, API + "/MINUSCA/holidays", "{\"date\": \"" + date + "\", \"nameEn\": \"x\", \"nameFr\": \"x\"}", "en")
                .andExpect(status().isForbidden());
        post(u.hq, API + "/MINUSCA/holidays", "{\"date\": \"" + date + "\", \"nameEn\": \"Test Day\", \"nameFr\": \"Journée d'essai\"}", "en")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.holidays[?(@.date == '" + date + "')].nameFr").value(hasItem("Journée d'essai")));
        // the same date twice is refused, naming the field
        post(u.hq, API + "/MINUSCA/holidays", "{\"date\": \"" + date + "\", \"nameEn\": \"Again\", \"nameFr\": \"Encore\"}", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'date')].message").value(hasItem(containsString("déjà un jour férié"))));
        // the screens: the list for headquarters, the holidays in the reader's language
        mvc.perform(get("/ict/desk/settings").with(user(u.hq)).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Africa/Bangui")));
        // (pages speak the user's own language, English for these test users; both names are shown)
        mvc.perform(get("/ict/desk/settings/MINUSCA/holidays").with(user(u.hq)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Test Day")))
                .andExpect(content().string(containsString("Add a public holiday")));
        mvc.perform(get("/ict/desk/settings/MINUSCA/holidays").with(user(u.deskMinusca)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Test Day")))
                .andExpect(content().string(not(containsString("Add a public holiday"))));
        // removing: 404 for a date that is not a holiday, then gone
        mvc.perform(delete(API + "/MINUSCA/holidays/2031-02-30").with(user(u.hq)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(delete(API + "/MINUSCA/holidays/2031-12-30").with(user(u.hq)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete(API + "/MINUSCA/holidays/" + date).with(user(u.deskMinusca)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete(API + "/MINUSCA/holidays/" + date).with(user(u.hq)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.holidays[*].date").value(not(hasItem(date))));
    }
}
