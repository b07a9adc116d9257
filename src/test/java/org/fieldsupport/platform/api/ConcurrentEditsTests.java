package org.fieldsupport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Concurrent edits (issue 10 item 2): ETag on GET, 428 without If-Match, 412 on a stale version (with the current
 * ETag and who changed it), two sessions editing one unit and one MOU, a stale form that keeps what the user typed,
 * two writers at once on one version (one wins, one is refused), and every API PUT/PATCH declaring its version.
 */
@IntegrationTest
class ConcurrentEditsTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired RecordVersions versions;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private String newUnit() throws Exception {
        String code = "CE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        mvc.perform(post("/api/v1/organization/units").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "%s", "kind": "SECTION", "nameFr": "Section test", "nameEn": "Test section",
                                 "parentCode": "DFS"}""".formatted(code)))
                .andExpect(status().isCreated());
        return code;
    }

    private static String unitBody(String nameEn) {
        return """
                {"kind": "SECTION", "nameFr": "Section test", "nameEn": "%s", "parentCode": "DFS"}""".formatted(nameEn);
    }

    @Test
    void two_sessions_editing_one_unit_the_second_gets_412_with_the_current_etag_and_who_changed_it() throws Exception {
        String code = newUnit();
        String url = "/api/v1/organization/units/" + code;
        String etag = mvc.perform(get(url).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andReturn().getResponse().getHeader("ETag");

        // session A saves on the version it read: 200 and a new ETag
        String next = mvc.perform(put(url).with(user("admin")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(unitBody("Edited by A")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nameEn").value("Edited by A"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(next).isNotNull().isNotEqualTo(etag);

        // session B read the same version: refused, nothing lost
        mvc.perform(put(url).with(user("admin")).with(csrf()).header("If-Match", etag)
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content(unitBody("Edited by B")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", next))
                .andExpect(jsonPath("$.type").value(ProblemType.STALE_VERSION.uri().toString()))
                .andExpect(jsonPath("$.title").value("Modifié depuis votre lecture"))
                .andExpect(jsonPath("$.modifiedBy").value("admin"));
        mvc.perform(get(url).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.unit.nameEn").value("Edited by A"));

        // no If-Match at all: 428, nothing written
        mvc.perform(put(url).with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(unitBody("Blind write")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value(ProblemType.VERSION_REQUIRED.uri().toString()));
        // a W/ prefix is accepted; a foreign ETag fails the precondition
        mvc.perform(put(url).with(user("admin")).with(csrf()).header("If-Match", "\"abc\"")
                        .contentType(MediaType.APPLICATION_JSON).content(unitBody("Foreign")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(url).with(user("admin")).with(csrf()).header("If-Match", "W/" + next)
                        .contentType(MediaType.APPLICATION_JSON).content(unitBody("Edited by B, knowingly")))
                .andExpect(status().isOk());
    }

    @Test
    void two_sessions_editing_one_mou_draft_the_second_is_refused() throws Exception {
        String base = "/api/v1/claims/contingents";
        String created = mvc.perform(post(base).with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reference": "CE-%s", "missionCode": "MINUSCA", "memberState": "BGD",
                                 "unitType": "INFANTRY_BATTALION", "effectiveFrom": "2026-01-01",
                                 "documentReference": "MOU/CE", "authorisedStrength": 850,
                                 "missionFactors": {"environmental": 0.02, "intensifiedOperational": 0.015,
                                                    "hostileAction": 0, "transport": 0},
                                 "deployedOn": "2026-01-10",
                                 "equipment": [{"line": "ME-1", "category": "APC", "description": "APC, wheeled",
                                   "leaseType": "WET", "mouQuantity": 10, "specialRate": "5000.00",
                                   "justification": "negotiated"}],
                                 "selfSustainment": [{"category": "ACCOMMODATION", "providedBy": "UN"}]}"""
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String url = base + "/" + id + "/versions/1";
        String etag = mvc.perform(get(url).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotNull();

        mvc.perform(patch(url).with(user("admin")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authorisedStrength\": 900}"))
                .andExpect(status().isOk());
        mvc.perform(patch(url).with(user("admin")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authorisedStrength\": 700}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(url + "/equipment/ME-2").with(user("admin")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"category": "Truck", "description": "Truck", "leaseType": "WET", "mouQuantity": 2,
                                 "specialRate": "100.00", "justification": "j"}"""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(patch(url).with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authorisedStrength\": 700}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(get(base + "/" + id).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.versions[0].authorisedStrength").value(900));
    }

    private long newMou() throws Exception {
        String created = mvc.perform(post("/api/v1/claims/contingents").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "CE-%s", "missionCode": "MINUSCA", "memberState": "BGD",
                                 "unitType": "INFANTRY_BATTALION", "effectiveFrom": "2026-01-01",
                                 "documentReference": "MOU/CEF", "authorisedStrength": 850,
                                 "missionFactors": {"environmental": 0.02, "intensifiedOperational": 0.015,
                                                    "hostileAction": 0, "transport": 0},
                                 "deployedOn": "2026-01-10",
                                 "equipment": [{"line": "ME-1", "category": "APC", "description": "APC, wheeled",
                                   "leaseType": "WET", "mouQuantity": 10, "specialRate": "5000.00",
                                   "justification": "negotiated"}],
                                 "selfSustainment": [{"category": "ACCOMMODATION", "providedBy": "UN"}]}"""
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder terms(
            long id, String strength, String documentReference, String version) {
        return post("/claims/contingents/" + id + "/versions/1").with(user("admin")).with(csrf())
                .param("effectiveFrom", "2026-01").param("documentReference", documentReference)
                .param("authorisedStrength", strength).param("environmental", "2").param("intensifiedOperational", "1.5")
                .param("hostileAction", "0").param("transport", "0").param("deployedOn", "2026-01-10")
                .param("version", version);
    }

    @Test
    void two_sessions_editing_one_mou_draft_form_the_second_sees_the_change_and_keeps_what_it_typed() throws Exception {
        long id = newMou();
        // the draft's editor has its own page (issue 12.8): both sessions open it; its terms form carries the version read
        String page = "/claims/contingents/" + id + "/draft";
        long read = jdbc.queryForObject(
                "SELECT lock_version FROM claims_mou_version WHERE contingent_id = ? AND version_number = 1", Long.class, id);
        mvc.perform(get(page).with(user("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + read + "\"")));

        // session A saves first
        mvc.perform(terms(id, "900", "MOU/CEF", String.valueOf(read))).andExpect(status().is3xxRedirection());
        // session B saves on the version it read: nothing written, back to the page with the panel and its values
        var stale = mvc.perform(terms(id, "700", "MOU/CEF amended by B", String.valueOf(read)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(page))
                .andReturn();
        assertThat(jdbc.queryForObject("SELECT authorised_strength FROM claims_mou_version WHERE contingent_id = ?"
                + " AND version_number = 1", Integer.class, id)).isEqualTo(900);
        long now = jdbc.queryForObject(
                "SELECT lock_version FROM claims_mou_version WHERE contingent_id = ? AND version_number = 1", Long.class, id);
        assertThat(now).isGreaterThan(read);
        mvc.perform(get(page).with(user("admin")).flashAttrs(stale.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("stale-edit")))
                .andExpect(content().string(containsString("<td>900</td>")))          // saved now (session A)
                .andExpect(content().string(containsString("<td>700</td>")))          // typed (session B)
                .andExpect(content().string(containsString("value=\"700\"")))        // the form keeps it
                .andExpect(content().string(containsString("value=\"MOU/CEF amended by B\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + now + "\"")));
        // saving again on the current version applies B's values knowingly
        mvc.perform(terms(id, "700", "MOU/CEF amended by B", String.valueOf(now))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT authorised_strength FROM claims_mou_version WHERE contingent_id = ?"
                + " AND version_number = 1", Integer.class, id)).isEqualTo(700);
    }

    @Test
    void a_stale_form_keeps_what_the_user_typed_and_shows_the_saved_values_and_who_changed_them() throws Exception {
        String code = newUnit();
        long read = jdbc.queryForObject("SELECT version FROM org_unit WHERE code = ?", Long.class, code);
        // someone else saves first (through the API)
        mvc.perform(put("/api/v1/organization/units/" + code).with(user("admin")).with(csrf())
                        .header("If-Match", RecordVersions.etag(read))
                        .contentType(MediaType.APPLICATION_JSON).content(unitBody("Their name")))
                .andExpect(status().isOk());
        // the form read before that change is saved now
        mvc.perform(post("/organization/units/" + code + "/edit").with(user("admin")).with(csrf())
                        .param("kind", "SECTION").param("nameFr", "Section test").param("nameEn", "My typed name")
                        .param("parentCode", "DFS").param("version", String.valueOf(read)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("stale-edit")))
                .andExpect(content().string(containsString("admin changed this record")))
                .andExpect(content().string(containsString("Their name")))
                .andExpect(content().string(containsString("value=\"My typed name\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (read + 1) + "\"")));
        assertThat(jdbc.queryForObject("SELECT name_en FROM org_unit WHERE code = ?", String.class, code))
                .isEqualTo("Their name");
        // saving again applies the user's values over theirs, knowingly
        mvc.perform(post("/organization/units/" + code + "/edit").with(user("admin")).with(csrf())
                        .param("kind", "SECTION").param("nameFr", "Section test").param("nameEn", "My typed name")
                        .param("parentCode", "DFS").param("version", String.valueOf(read + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT name_en FROM org_unit WHERE code = ?", String.class, code))
                .isEqualTo("My typed name");
    }

    @Test
    void two_writers_at_once_on_one_version_one_wins_and_the_other_is_refused() throws Exception {
        String code = newUnit();
        LocalDate today = LocalDate.now();
        VersionedRow row = VersionedRow.standard("org_unit",
                "code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)").row(code, today, today);
        long read = versions.current(row).getAsLong();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = "Writer " + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        versions.write(read, row, () -> {
                            jdbc.update("UPDATE org_unit SET name_en = ? WHERE code = ?", name, code);
                            try { Thread.sleep(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                            return null;
                        });
                        written.incrementAndGet();
                    } catch (StaleVersionException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(written.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(1);
        assertThat(versions.current(row).getAsLong()).isEqualTo(read + 1);
    }

    @Test
    void every_api_put_and_patch_declares_the_version_it_edits_or_why_it_needs_none() {
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean write = info.getMethodsCondition().getMethods().stream()
                    .anyMatch(m -> m == RequestMethod.PUT || m == RequestMethod.PATCH);
            boolean api = info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
            if (!write || !api || handler.getBeanType().getName().startsWith("org.fieldsupport.platform.api.web.Idempotency")) {
                return;
            }
            if (!declares(handler)) missing.add(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName()
                    + " " + info.getPatternValues());
        });
        assertThat(missing).as("API PUT/PATCH handlers without an @IfMatch parameter or @Unversioned").isEmpty();
    }

    private static boolean declares(HandlerMethod handler) {
        Method m = handler.getMethod();
        if (m.isAnnotationPresent(Unversioned.class)) return true;
        return Arrays.stream(m.getParameters()).anyMatch(p -> p.isAnnotationPresent(IfMatch.class));
    }
}
