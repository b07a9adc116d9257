package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Senior leadership appointments through the API (4.5.a–e, 6.7.e): the parity check exactly as specified, the
 * forecast, outreach, the talent pool, nominations guarded by SENIOR-PARITY-v1, shortlist and selection with parity
 * alerts, selection under a delegation, assignment and the briefing pack; each refusal as well as each success.
 */
@IntegrationTest
class SeniorLeadershipTests {

    static final String API = "/api/v1/personnel/leadership";
    static final String OFFICER = "leadership.officer";
    static final String BGD = "nominator.bgd";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.fieldsupport.platform.security.UserDirectory users;

    ResultActions postFr(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "fr").content(json));
    }

    @Test
    void the_parity_check_answers_exactly_as_the_spec() throws Exception {
        postAs(mvc, BGD, "/api/v1/personnel/senior-nominations/parity-check",
                "{\"nominees\": [{\"gender\": \"F\"}, {\"gender\": \"M\"}]}")
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"ruleSet": "SENIOR-PARITY-v1", "compliant": true, "women": 1, "womenRequired": 1, "reason": "OK"}""", true));
        postAs(mvc, OFFICER, "/api/v1/personnel/senior-nominations/parity-check",
                "{\"nominees\": [{\"gender\": \"M\"}, {\"gender\": \"M\"}, {\"gender\": \"M\"}, {\"gender\": \"F\"}]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.compliant").value(false))
                .andExpect(jsonPath("$.womenRequired").value(2)).andExpect(jsonPath("$.reason").value("TOO_FEW_WOMEN"));
        postAs(mvc, OFFICER, "/api/v1/personnel/senior-nominations/parity-check",
                "{\"nominees\": [{\"gender\": \"F\"}, {\"gender\": \"F\"}, {\"gender\": \"F\"}, {\"gender\": \"F\"}, {\"gender\": \"M\"}]}")
                .andExpect(jsonPath("$.reason").value("TOO_MANY_NOMINEES")).andExpect(jsonPath("$.compliant").value(false));
        postAs(mvc, OFFICER, "/api/v1/personnel/senior-nominations/parity-check", "{\"nominees\": []}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("EMPTY"));
        postFr(OFFICER, "/api/v1/personnel/senior-nominations/parity-check", "{\"nominees\": [{\"gender\": \"woman\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nominees[0].gender"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Sexe")));
        postAs(mvc, OFFICER, "/api/v1/personnel/senior-nominations/parity-check", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nominees"));
        mvc.perform(post("/api/v1/personnel/senior-nominations/parity-check").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("{\"nominees\": []}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_forecast_lists_head_and_deputy_posts_falling_vacant_across_missions_for_the_section_only() throws Exception {
        getAs(mvc, OFFICER, API + "/forecast?months=18").andExpect(status().isOk())
                .andExpect(jsonPath("$.months").value(18))
                .andExpect(jsonPath("$.lines[*].vacancy.missionCode").value(hasItem("MINUSCA")))
                .andExpect(jsonPath("$.lines[*].vacancy.missionCode").value(hasItem("UNMISS")))
                .andExpect(jsonPath("$.lines[*].vacancy.missionCode").value(hasItem("MONUSCO")))
                .andExpect(jsonPath("$.lines[*].vacancy.missionCode").value(hasItem("UNAMA")))
                .andExpect(jsonPath("$.lines[*].vacancy.reason").value(hasItem("VACANT_NOW")))
                .andExpect(jsonPath("$.lines[*].vacancy.reason").value(hasItem("CONTRACT_END")))
                .andExpect(jsonPath("$.lines[*].vacancy.role").value(hasItem("DEPUTY_HEAD")))
                .andExpect(jsonPath("$.successors").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.womenSharePct").exists());
        String six = getAs(mvc, OFFICER, API + "/forecast?months=6&mission=UNAMA").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> dates = JsonPath.read(six, "$.lines[*].vacancy.expectedVacancy");
        assertThat(dates).allSatisfy(d -> assertThat(LocalDate.parse(d)).isBeforeOrEqualTo(LocalDate.now().plusMonths(6)));
        List<String> missions = JsonPath.read(six, "$.lines[*].vacancy.missionCode");
        assertThat(missions).containsOnly("UNAMA");
        mvc.perform(get(API + "/forecast?months=3").with(user(OFFICER)).accept(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("months"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Horizon (mois)")));
        getAs(mvc, BGD, API + "/forecast").andExpect(status().isForbidden());
        getAs(mvc, "hr.reader", API + "/forecast").andExpect(status().isForbidden());
    }

    @Test
    void a_nominator_sees_open_calls_and_only_its_own_lists_and_nothing_of_the_pool() throws Exception {
        long call = jdbc.sql("SELECT id FROM lead_call WHERE mission_code = 'MINUSCA' ORDER BY id LIMIT 1").query(Long.class).single();
        // the demo call: four lists, Ghana's returned
        getAs(mvc, OFFICER, API + "/calls/" + call + "/nomination-lists").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(4)))
                .andExpect(jsonPath("$[?(@.nominatorCode == 'GHA')].status").value(hasItem("RETURNED")))
                .andExpect(jsonPath("$[?(@.nominatorCode == 'GHA')].parity.reason").value(hasItem("TOO_FEW_WOMEN")))
                .andExpect(jsonPath("$[?(@.nominatorCode == 'BGD')].status").value(hasItem("RECEIVED")));
        getAs(mvc, BGD, API + "/calls/" + call + "/nomination-lists").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].nominatorCode").value(everyItem(is("BGD"))));
        getAs(mvc, BGD, API + "/nomination-lists").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].nominatorCode").value(everyItem(is("BGD"))));
        getAs(mvc, BGD, API + "/calls").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status").value(everyItem(is("OPEN"))));
        long ghana = jdbc.sql("SELECT MIN(id) FROM lead_nomination_list WHERE nominator_code = 'GHA'").query(Long.class).single();
        getAs(mvc, BGD, API + "/nomination-lists/" + ghana).andExpect(status().isNotFound());
        getAs(mvc, BGD, API + "/talent").andExpect(status().isForbidden());
        getAs(mvc, BGD, API + "/partners").andExpect(status().isForbidden());
        // a nominator submits for its own Member State only
        String list = """
                {"nominatorKind": "MEMBER_STATE", "nominatorCode": "%s", "nominees": [
                  {"fullName": "Rokeya Sultana %d", "gender": "F", "nationality": "BGD", "yearsExperience": 22,
                   "currentFunction": "Ambassador", "languages": "EN"}]}""";
        postAs(mvc, BGD, API + "/calls/" + call + "/nomination-lists", list.formatted("GHA", unique()))
                .andExpect(status().isForbidden());
        postAs(mvc, BGD, API + "/calls/" + call + "/nomination-lists", list.formatted("BGD", unique()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.parity.compliant").value(true))
                .andExpect(jsonPath("$.nominees[0].talentId").isNumber());
        // two men: stored, returned to the nominating entity
        postAs(mvc, BGD, API + "/calls/" + call + "/nomination-lists", """
                {"nominatorKind": "MEMBER_STATE", "nominatorCode": "BGD", "nominees": [
                  {"fullName": "A Rahman", "gender": "M", "nationality": "BGD", "yearsExperience": 25, "currentFunction": "General"},
                  {"fullName": "B Islam", "gender": "M", "nationality": "BGD", "yearsExperience": 21, "currentFunction": "Envoy"}]}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.parity.reason").value("TOO_FEW_WOMEN"))
                .andExpect(jsonPath("$.nominees[*].status").value(everyItem(is("RETURNED"))))
                .andExpect(jsonPath("$.nominees[0].talentId").doesNotExist());
        // bad input: each field named, in French
        postFr(BGD, API + "/calls/" + call + "/nomination-lists", """
                {"nominatorKind": "STATE", "nominatorCode": "BGD", "nominees": [
                  {"fullName": "", "gender": "W", "nationality": "XXX", "yearsExperience": -1, "visionStatement": "%s"}]}"""
                .formatted("mot ".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominatorKind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].fullName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].gender")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].nationality")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].yearsExperience")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].visionStatement")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("Déclaration de vision"))))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("Nom complet"))));
    }

    @Test
    void a_call_runs_from_nominations_to_shortlist_selection_under_delegation_assignment_and_briefing() throws Exception {
        long post = PersonnelTestSupport.newPost(mvc, jdbc, "MINUSCA", "ASG");
        LocalDate today = LocalDate.now();
        postFr(OFFICER, API + "/calls", "{\"postId\": %d, \"minYearsExperience\": 5, \"opensOn\": \"%s\", \"closesOn\": \"%s\"}"
                        .formatted(post, today, today.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("jobProfile")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("conditions")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("minYearsExperience")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("languagesRequired")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("closesOn")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("Profil de poste"))));
        String body = """
                {"postId": %d, "jobProfile": "Deputy head, political", "conditions": "Two years, non-family",
                 "minYearsExperience": 20, "languagesRequired": "EN;FR", "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(post, today.minusDays(1), today.plusDays(10));
        postAs(mvc, BGD, API + "/calls", body).andExpect(status().isForbidden());
        long call = id(postAs(mvc, OFFICER, API + "/calls", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(containsString("SLC-")))
                .andExpect(jsonPath("$.status").value("OPEN")));
        postAs(mvc, OFFICER, API + "/calls", body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("leadership.call.alreadyOpen"));
        long n = unique();
        String received = postAs(mvc, OFFICER, API + "/calls/" + call + "/nomination-lists", """
                {"nominatorKind": "ORGANIZATION", "nominatorCode": "Regional organisation %d", "nominees": [
                  {"fullName": "Fatima %d", "gender": "F", "nationality": "SEN", "yearsExperience": 24, "currentFunction": "Envoy"},
                  {"fullName": "Marc %d", "gender": "M", "nationality": "FRA", "yearsExperience": 22, "currentFunction": "Ambassador"},
                  {"fullName": "Paul %d", "gender": "M", "nationality": "CAN", "yearsExperience": 12, "currentFunction": "Director"}]}"""
                        .formatted(n, n, n, n))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.nominees[2].belowMinimumExperience").value(true))
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(received, "$.nominees[*].id");
        String returned = postAs(mvc, BGD, API + "/calls/" + call + "/nomination-lists", """
                {"nominatorKind": "MEMBER_STATE", "nominatorCode": "BGD", "nominees": [
                  {"fullName": "C %d", "gender": "M", "nationality": "BGD", "yearsExperience": 25, "currentFunction": "General"},
                  {"fullName": "D %d", "gender": "M", "nationality": "BGD", "yearsExperience": 21, "currentFunction": "Envoy"}]}"""
                        .formatted(n, n))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andReturn().getResponse().getContentAsString();
        int returnedNominee = JsonPath.read(returned, "$.nominees[0].id");

        // a nominee of a returned list is never shortlisted
        postAs(mvc, OFFICER, API + "/calls/" + call + "/shortlist", "{\"nomineeIds\": [%d, %d]}".formatted(ids.get(0), returnedNominee))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("leadership.shortlist.returnedList"));
        postAs(mvc, BGD, API + "/calls/" + call + "/shortlist", "{\"nomineeIds\": [%d]}".formatted(ids.get(0)))
                .andExpect(status().isForbidden());
        // two men: allowed, flagged, and an alert opens in the section's work
        postAs(mvc, OFFICER, API + "/calls/" + call + "/shortlist", "{\"nomineeIds\": [%d, %d]}".formatted(ids.get(1), ids.get(2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SHORTLISTED"))
                .andExpect(jsonPath("$.shortlistCompliant").value(false));
        assertThat(openAlerts("personnel.leadership-parity-shortlist", String.valueOf(call))).isEqualTo(1);
        getAs(mvc, OFFICER, "/api/v1/work-items?size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].link").value(hasItem("/personnel/leadership/calls/" + call)));
        // a compliant shortlist closes the alert
        postAs(mvc, OFFICER, API + "/calls/" + call + "/shortlist", "{\"nomineeIds\": [%d, %d]}".formatted(ids.get(0), ids.get(1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shortlistCompliant").value(true));
        assertThat(openAlerts("personnel.leadership-parity-shortlist", String.valueOf(call))).isZero();

        // selection: only under a live delegation covering the post's grade
        postAs(mvc, OFFICER, API + "/calls/" + call + "/selection", "{\"nomineeId\": %d}".formatted(ids.get(2)))
                .andExpect(status().isUnprocessableContent());
        postAs(mvc, BGD, API + "/calls/" + call + "/selection", "{\"nomineeId\": %d}".formatted(ids.get(0)))
                .andExpect(status().isForbidden());
        long selector = jdbc.sql("SELECT COUNT(*) FROM org_delegation WHERE authority_type = 'SENIOR_LEADERSHIP_SELECTION'"
                + " AND delegatee_key = 'leadership.officer' AND status = 'ACTIVE'").query(Long.class).single();
        if (selector == 0) {
            postAs(mvc, OFFICER, API + "/calls/" + call + "/selection", "{\"nomineeId\": %d}".formatted(ids.get(0)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value(containsString("org.delegation.refused")));
            PersonnelTestSupport.grant(mvc, OFFICER, "SENIOR_LEADERSHIP_SELECTION", "USG");
        }
        postAs(mvc, OFFICER, API + "/calls/" + call + "/selection", "{\"nomineeId\": %d}".formatted(ids.get(0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SELECTED"))
                .andExpect(jsonPath("$.selectedNomineeId").value(ids.get(0)))
                .andExpect(jsonPath("$.delegationIds").isNotEmpty());
        assertThat(openAlerts("personnel.leadership-parity-selection", call + ":SHORTLIST")).isZero();

        // the briefing pack in English and French
        for (String lang : List.of("en", "fr")) {
            byte[] pdf = mvc.perform(get(API + "/calls/" + call + "/briefing-pack?language=" + lang).with(user(OFFICER)))
                    .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            assertThat(text).contains("Fatima " + n).contains("fr".equals(lang) ? "Repos et récupération" : "Rest and recuperation")
                    .contains("Bangui");
        }
        mvc.perform(get(API + "/calls/" + call + "/briefing-pack").with(user(BGD)))
                .andExpect(status().isForbidden());

        // assignment to the post: an offer recorded in staff administration
        postFr(OFFICER, API + "/calls/" + call + "/assignment", "{\"entryOnDuty\": \"%s\"}".formatted(today.plusMonths(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("indexNumber")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contractEnd")));
        String index = String.valueOf(60_000_000L + unique() % 10_000_000L);
        String assigned = postAs(mvc, OFFICER, API + "/calls/" + call + "/assignment", """
                {"indexNumber": "%s", "dateOfBirth": "1968-03-02", "entryOnDuty": "%s", "contractEnd": "%s"}"""
                        .formatted(index, today.plusMonths(1), today.plusMonths(1).plusYears(2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andReturn().getResponse().getContentAsString();
        Number staffId = JsonPath.read(assigned, "$.staffId");
        assertThat(jdbc.sql("SELECT status || ':' || post_id || ':' || grade_code FROM pers_staff WHERE id = ?")
                .param(staffId.longValue()).query(String.class).single()).isEqualTo("OFFERED:" + post + ":ASG");
        postAs(mvc, OFFICER, API + "/calls/" + call + "/shortlist", "{\"nomineeIds\": [%d]}".formatted(ids.get(0)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("leadership.call.state"));
    }

    @Test
    void the_head_of_department_selects_under_the_demo_delegation_and_a_selector_without_one_is_refused() throws Exception {
        // the demo delegation: to the head of department in person, every mission, up to USG, acknowledged
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM org_delegation WHERE authority_type = 'SENIOR_LEADERSHIP_SELECTION'
                   AND delegatee_key = 'usg.dfs' AND created_by = 'demo-data' AND grade_limit = 'USG'
                   AND all_missions = TRUE AND status = 'ACTIVE' AND acknowledged_on IS NOT NULL""")
                .query(Long.class).single()).isEqualTo(1);
        long post = PersonnelTestSupport.newPost(mvc, jdbc, "UNMISS", "ASG");
        LocalDate today = LocalDate.now();
        long call = id(postAs(mvc, OFFICER, API + "/calls", """
                {"postId": %d, "jobProfile": "Deputy head, operations", "conditions": "Two years, non-family",
                 "minYearsExperience": 20, "languagesRequired": "EN;FR", "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(post, today.minusDays(1), today.plusDays(10))).andExpect(status().isCreated()));
        long n = unique();
        String list = postAs(mvc, OFFICER, API + "/calls/" + call + "/nomination-lists", """
                {"nominatorKind": "ORGANIZATION", "nominatorCode": "Regional organisation %d", "nominees": [
                  {"fullName": "Awa %d", "gender": "F", "nationality": "MLI", "yearsExperience": 21, "currentFunction": "Envoy"},
                  {"fullName": "Ivan %d", "gender": "M", "nationality": "SRB", "yearsExperience": 19, "currentFunction": "Director"}]}"""
                        .formatted(n, n, n))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(list, "$.nominees[*].id");
        postAs(mvc, OFFICER, API + "/calls/" + call + "/shortlist", "{\"nomineeIds\": [%d, %d]}".formatted(ids.get(0), ids.get(1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shortlistCompliant").value(true));
        // a selecting official without a delegation: refused with the register's reason, nothing selected
        String selector = "slas.selector." + n;
        users.ensureUser(selector, "Selector without delegation (test)", selector + "@fieldsupport.example", "en", selector);
        users.ensureRoleAssignment(selector, "SENIOR_LEADERSHIP_SELECTOR", org.fieldsupport.platform.security.Scope.department());
        postAs(mvc, selector, API + "/calls/" + call + "/selection", "{\"nomineeId\": %d}".formatted(ids.get(0)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(containsString("org.delegation.refused")));
        getAs(mvc, OFFICER, API + "/calls/" + call).andExpect(jsonPath("$.status").value("SHORTLISTED"));
        // a nominating authority has neither the permission nor a delegation
        postAs(mvc, BGD, API + "/calls/" + call + "/selection", "{\"nomineeId\": %d}".formatted(ids.get(0)))
                .andExpect(status().isForbidden());
        // the head of department, under the demo delegation (no grant in this test)
        String selected = postAs(mvc, "usg.dfs", API + "/calls/" + call + "/selection", "{\"nomineeId\": %d}".formatted(ids.get(0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SELECTED"))
                .andExpect(jsonPath("$.selectedNomineeId").value(ids.get(0)))
                .andReturn().getResponse().getContentAsString();
        String chain = JsonPath.read(selected, "$.delegationIds").toString();
        long demo = jdbc.sql("SELECT id FROM org_delegation WHERE authority_type = 'SENIOR_LEADERSHIP_SELECTION'"
                + " AND delegatee_key = 'usg.dfs' AND created_by = 'demo-data'").query(Long.class).single();
        assertThat(chain).contains(String.valueOf(demo));
        // the use is logged by the register against the demo delegation
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM org_delegation_use u JOIN org_delegation_use_link l ON l.use_id = u.id
                 WHERE l.delegation_id = ? AND u.reference = ? AND u.allowed = TRUE AND u.person = 'usg.dfs'""")
                .params(demo, JsonPath.read(selected, "$.reference").toString()).query(Long.class).single()).isEqualTo(1);
    }

    private long openAlerts(String type, String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM work_item WHERE record_type = ? AND record_id = ? AND state = 'OPEN'")
                .params(type, recordId).query(Long.class).single();
    }

    @Test
    void the_demo_shortlist_that_breaks_parity_is_an_alert_of_the_section() throws Exception {
        long unmiss = jdbc.sql("SELECT id FROM lead_call WHERE mission_code = 'UNMISS' ORDER BY id LIMIT 1").query(Long.class).single();
        getAs(mvc, OFFICER, API + "/calls/" + unmiss).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHORTLISTED")).andExpect(jsonPath("$.shortlistCompliant").value(false));
        assertThat(openAlerts("personnel.leadership-parity-shortlist", String.valueOf(unmiss))).isEqualTo(1);
        getAs(mvc, BGD, API + "/calls/" + unmiss).andExpect(status().isNotFound());
    }

    @Test
    void the_talent_pool_is_searchable_and_refuses_bad_profiles() throws Exception {
        getAs(mvc, OFFICER, API + "/talent?q=mediation&gender=F").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.content[*].gender").value(everyItem(is("F"))));
        getAs(mvc, OFFICER, API + "/talent?level=USG&language=FR").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].levelSought").value(everyItem(is("USG"))));
        getAs(mvc, OFFICER, API + "/talent?size=500").andExpect(status().isBadRequest());
        getAs(mvc, OFFICER, API + "/talent/figures").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(20)));
        long n = unique();
        String created = postAs(mvc, OFFICER, API + "/talent", """
                {"fullName": "Zainab Yusuf %d", "gender": "F", "nationality": "NGA", "currentFunction": "Envoy",
                 "levelSought": "ASG", "yearsExperience": 23, "languages": "EN;FR", "expertise": "Mediation",
                 "profile": "Senior mediator", "visionStatement": "Peace owned by the people.", "sourceKind": "OUTREACH"}"""
                        .formatted(n))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.visionWords").value(5))
                .andReturn().getResponse().getContentAsString();
        int talentId = JsonPath.read(created, "$.id");
        getAs(mvc, OFFICER, API + "/talent?q=zainab yusuf " + n).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(API + "/talent/" + talentId)
                        .with(user(OFFICER)).with(csrf()).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("{\"visionStatement\": \"New vision.\", \"available\": false, \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.available").value(false)).andExpect(jsonPath("$.version").value(1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(API + "/talent/" + talentId)
                        .with(user(OFFICER)).with(csrf()).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("{\"visionStatement\": \"Stale.\", \"version\": 0}"))
                .andExpect(status().isConflict());
        postFr(OFFICER, API + "/talent", """
                {"fullName": "", "gender": "F", "nationality": "NGA", "levelSought": "P-5", "yearsExperience": 23,
                 "languages": "EN;KL", "sourceKind": "X", "visionStatement": "%s"}""".formatted("w ".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("fullName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("levelSought")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("languages")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sourceKind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("visionStatement")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("currentFunction")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("au plus 500 mots"))));
        // succession: a candidate of the pool for a forecast post; twice is refused
        long post = jdbc.sql("SELECT MIN(id) FROM pers_post WHERE mission_code = 'MONUSCO' AND grade_code = 'USG'").query(Long.class).single();
        postAs(mvc, OFFICER, API + "/succession", "{\"postId\": %d, \"talentId\": %d, \"readiness\": \"READY_NOW\"}".formatted(post, talentId))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.gender").value("F"));
        postAs(mvc, OFFICER, API + "/succession", "{\"postId\": %d, \"talentId\": %d, \"readiness\": \"READY_NOW\"}".formatted(post, talentId))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("leadership.succession.duplicate"));
        long p3 = jdbc.sql("SELECT MIN(id) FROM pers_post WHERE mission_code = 'MINUSCA' AND grade_code = 'P-3'").query(Long.class).single();
        postAs(mvc, OFFICER, API + "/succession", "{\"postId\": %d, \"talentId\": %d, \"readiness\": \"READY_NOW\"}".formatted(p3, talentId))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("leadership.succession.notSenior"));
        postAs(mvc, BGD, API + "/succession", "{\"postId\": %d, \"talentId\": %d, \"readiness\": \"READY_NOW\"}".formatted(post, talentId))
                .andExpect(status().isForbidden());
    }

    @Test
    void outreach_partners_and_campaigns_count_the_candidates_they_source() throws Exception {
        long n = unique();
        long partner = id(postAs(mvc, OFFICER, API + "/partners", """
                {"kind": "ACADEMIA", "name": "Institute %d", "contactName": "Dean", "contactEmail": "dean@example.org"}"""
                        .formatted(n)).andExpect(status().isCreated()));
        postAs(mvc, OFFICER, API + "/partners", "{\"kind\": \"ACADEMIA\", \"name\": \"Institute %d\"}".formatted(n))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("leadership.partner.duplicate"));
        postFr(OFFICER, API + "/partners", "{\"kind\": \"MEMBER_STATE\", \"name\": \"X\", \"contactEmail\": \"nope\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("countryCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contactEmail")));
        String campaign = postAs(mvc, OFFICER, API + "/campaigns", """
                {"title": "Search %d", "strategy": "Alumni networks", "targetLevels": "ASG", "targetWomenPct": 50,
                 "startsOn": "2026-01-01", "endsOn": "2026-12-31", "partnerIds": [%d]}""".formatted(n, partner))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.candidates").value(0))
                .andExpect(jsonPath("$.partners[0]").value("Institute " + n))
                .andReturn().getResponse().getContentAsString();
        int campaignId = JsonPath.read(campaign, "$.id");
        postAs(mvc, OFFICER, API + "/talent", """
                {"fullName": "Alumna %d", "gender": "F", "nationality": "KEN", "currentFunction": "Professor", "levelSought": "ASG",
                 "yearsExperience": 25, "languages": "EN", "expertise": "Governance", "profile": "Scholar and envoy",
                 "sourceKind": "OUTREACH", "campaignId": %d}""".formatted(n, campaignId)).andExpect(status().isCreated());
        getAs(mvc, OFFICER, API + "/campaigns").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].candidates".formatted(campaignId)).value(hasItem(1)))
                .andExpect(jsonPath("$[?(@.id == %d)].targetMet".formatted(campaignId)).value(hasItem(true)));
        postAs(mvc, OFFICER, API + "/campaigns", "{\"title\": \"\", \"targetLevels\": \"D-1\", \"targetWomenPct\": 120,"
                        + " \"startsOn\": \"2026-02-01\", \"endsOn\": \"2026-01-01\", \"partnerIds\": [999999999]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("strategy")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("targetLevels")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("targetWomenPct")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("endsOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("partnerIds")));
        getAs(mvc, BGD, API + "/campaigns").andExpect(status().isForbidden());
        postAs(mvc, "hr.hq", API + "/partners", "{\"kind\": \"ACADEMIA\", \"name\": \"Other %d\"}".formatted(n))
                .andExpect(status().isForbidden());
        getAs(mvc, OFFICER, API + "/partners").andExpect(jsonPath("$[*].name").value(not(hasItem("Other " + n))));
    }

    @Test
    void a_mission_entering_liquidation_cancels_its_running_calls_and_tells_the_section() throws Exception {
        String code = "TL" + (unique() % 1_000_000);
        postAs(mvc, "org.officer", "/api/v1/organization/missions", """
                {"code": "%s", "nameFr": "Mission d’essai %s", "nameEn": "Test mission %s", "type": "SPECIAL_POLITICAL_MISSION",
                 "leadDepartment": "EXT-DPA", "hostCountries": ["CAF"], "hqLocation": "Bangui", "mandateStart": "2020-01-01",
                 "phase": "FULL_OPERATING_CAPACITY"}""".formatted(code, code, code)).andExpect(status().isCreated());
        long post = PersonnelTestSupport.newPost(mvc, jdbc, code, "USG");
        LocalDate today = LocalDate.now();
        long call = id(postAs(mvc, OFFICER, API + "/calls", """
                {"postId": %d, "jobProfile": "Head of mission", "conditions": "Two years", "minYearsExperience": 20,
                 "languagesRequired": "EN", "opensOn": "%s", "closesOn": "%s"}""".formatted(post, today, today.plusDays(30)))
                .andExpect(status().isCreated()));
        getAs(mvc, OFFICER, API + "/forecast?mission=" + code).andExpect(jsonPath("$.lines.length()").value(1));
        postAs(mvc, "org.officer", "/api/v1/organization/missions/" + code + "/phase",
                "{\"phase\": \"LIQUIDATION\", \"effectiveOn\": \"%s\"}".formatted(today)).andExpect(status().isOk());
        String status = null;
        for (int i = 0; i < 100 && !"CANCELLED".equals(status); i++) {
            Thread.sleep(200);
            status = jdbc.sql("SELECT status FROM lead_call WHERE id = ?").param(call).query(String.class).single();
        }
        assertThat(status).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_item WHERE record_type = 'personnel.leadership-mission-phase'"
                + " AND reference = ? AND state = 'OPEN'").param(code).query(Long.class).single()).isEqualTo(1);
        // a mission in liquidation leaves the forecast, and takes no new call
        getAs(mvc, OFFICER, API + "/forecast?mission=" + code).andExpect(jsonPath("$.lines.length()").value(0));
    }
}
