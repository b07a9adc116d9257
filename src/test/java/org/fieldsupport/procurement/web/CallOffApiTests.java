package org.fieldsupport.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Systems contracts and call-offs by PROCUREMENT-2026-v1, including parallel call-offs racing for the ceiling. */
@IntegrationTest
class CallOffApiTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired org.fieldsupport.procurement.contract.internal.ContractExpiryWatch expiryWatch;
    @Autowired org.fieldsupport.platform.work.WorkItems workItems;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    String contract(String ceiling) throws Exception {
        String ref = "SC-T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/api/v1/procurement/contracts").with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "%s", "vendor": "Sahel Logistics SARL", "ceiling": "%s", "currency": "USD",
                                 "validFrom": "2026-01-01", "validTo": "2028-12-31", "missions": ["MINUSCA"]}""".formatted(ref, ceiling)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(ref))
                .andExpect(jsonPath("$.ceiling").value(ceiling))
                .andExpect(jsonPath("$.remaining").value(ceiling));
        return ref;
    }

    org.springframework.test.web.servlet.ResultActions callOff(String ref, String mission, String date, String amount)
            throws Exception {
        return mvc.perform(post("/api/v1/procurement/contracts/{r}/call-offs", ref).with(user(BudgetTestUsers.PROCUREMENT))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"missionCode": "%s", "date": "%s", "amount": "%s", "description": "Generators"}"""
                        .formatted(mission, date, amount)));
    }

    @Test
    void call_offs_reduce_the_remaining_amount_and_every_rule_refuses_with_its_type() throws Exception {
        String ref = contract("1000000.00");
        callOff(ref, "MINUSCA", "2026-07-01", "400000.00").andExpect(status().isCreated())
                .andExpect(jsonPath("$.remaining").value("600000.00"))
                .andExpect(jsonPath("$.amount").value("400000.00"));
        callOff(ref, "MINUSCA", "2026-07-02", "600000.01").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/ceiling-exceeded"))
                .andExpect(jsonPath("$.detail").exists());
        callOff(ref, "MINUSCA", "2029-01-01", "1.00").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/contract-not-valid"));
        callOff(ref, "UNMISS", "2026-07-01", "1.00").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/mission-not-covered"));
        // equal to the remaining amount is allowed
        String last = JsonPath.read(callOff(ref, "MINUSCA", "2026-07-03", "600000.00").andExpect(status().isCreated())
                .andExpect(jsonPath("$.remaining").value("0.00")).andReturn().getResponse().getContentAsString(), "$.reference");
        // cancelling gives the amount back
        mvc.perform(post("/api/v1/procurement/call-offs/{r}/cancel", last).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.remaining").value("600000.00"));
        mvc.perform(post("/api/v1/procurement/call-offs/{r}/cancel", last).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/procurement/contracts/{r}", ref).with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(jsonPath("$.callOffs.length()").value(2))
                .andExpect(jsonPath("$.utilisationPercent").value("40.0"));
    }

    @Test
    void bad_input_lists_every_field_and_scope_is_enforced() throws Exception {
        mvc.perform(post("/api/v1/procurement/contracts").with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "", "vendor": "", "ceiling": "-5", "currency": "XXX",
                                 "validFrom": "2026-13-01", "validTo": "2025-01-01", "missions": ["NOPE"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reference", "vendor", "ceiling",
                        "currency", "validFrom", "missions[0]")));
        String ref = contract("1000.00");
        callOff(ref, "", "yesterday", "1.001").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("missionCode", "date", "amount")));
        // a mission procurement officer of UNMISS does not see a MINUSCA contract; without a role: 403
        mvc.perform(post("/api/v1/procurement/contracts/{r}/call-offs", ref).with(user(BudgetTestUsers.PROCUREMENT_UNMISS))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionCode\": \"MINUSCA\", \"date\": \"2026-07-01\", \"amount\": \"1.00\", \"description\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/procurement/contracts").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "SC-X-1", "vendor": "V", "ceiling": "1.00", "currency": "USD",
                                 "validFrom": "2026-01-01", "validTo": "2026-12-31", "missions": ["UNMISS"]}"""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/procurement/contracts").with(user(BudgetTestUsers.NOBODY))).andExpect(status().isForbidden());
    }

    @Test
    void parallel_call_offs_never_overrun_the_ceiling() throws Exception {
        String ref = contract("1000000.00");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return callOff(ref, "MINUSCA", "2026-07-01", "300000.00").andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (Future<Integer> f : results) {
                int s = f.get(60, TimeUnit.SECONDS);
                if (s == 201) created++;
                else if (s == 422) refused++;
            }
            assertThat(created).isEqualTo(3);
            assertThat(refused).isEqualTo(threads - 3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT called_off FROM proc_contract WHERE reference = ?").param(ref)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("900000.00");
        assertThat(jdbc.sql("SELECT SUM(c.amount) FROM proc_call_off c JOIN proc_contract k ON k.id = c.contract_id "
                        + "WHERE k.reference = ? AND c.status <> 'CANCELLED'").param(ref)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("900000.00");
    }

    @Test
    void two_call_offs_racing_for_the_last_of_the_ceiling_exactly_one_succeeds() throws Exception {
        for (int round = 0; round < 5; round++) {
            String ref = contract("500.00");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            try {
                Future<Integer> a = pool.submit(() -> { start.await(); return callOff(ref, "MINUSCA", "2026-07-01", "500.00").andReturn().getResponse().getStatus(); });
                Future<Integer> b = pool.submit(() -> { start.await(); return callOff(ref, "MINUSCA", "2026-07-01", "500.00").andReturn().getResponse().getStatus(); });
                start.countDown();
                List<Integer> statuses = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
                assertThat(statuses).containsExactlyInAnyOrder(201, 422);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void delivered_call_offs_are_evaluated_once() throws Exception {
        String ref = contract("10000.00");
        String co = JsonPath.read(callOff(ref, "MINUSCA", "2026-07-01", "100.00").andReturn().getResponse().getContentAsString(),
                "$.reference");
        mvc.perform(post("/api/v1/procurement/call-offs/{r}/evaluation", co).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"quality\": 4, \"timeliness\": 3, \"compliance\": 5}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/not-delivered"));
        mvc.perform(post("/api/v1/procurement/call-offs/{r}/delivery", co).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"deliveredOn\": \"2026-08-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERED"));
        mvc.perform(post("/api/v1/procurement/call-offs/{r}/evaluation", co).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"quality\": 9, \"timeliness\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("quality", "timeliness", "compliance")));
        mvc.perform(post("/api/v1/procurement/call-offs/{r}/evaluation", co).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"quality\": 4, \"timeliness\": 3, \"compliance\": 5}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.evaluationScore").value(12));
        mvc.perform(post("/api/v1/procurement/call-offs/{r}/evaluation", co).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"quality\": 4, \"timeliness\": 3, \"compliance\": 5}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void a_contract_ending_within_90_days_puts_one_work_item_in_the_procurement_officers_inbox() throws Exception {
        String ref = "SC-T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/api/v1/procurement/contracts").with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "%s", "vendor": "V", "ceiling": "100.00", "currency": "USD",
                                 "validFrom": "2026-01-01", "validTo": "%s", "missions": ["UNMISS"]}"""
                                .formatted(ref, java.time.LocalDate.now().plusDays(89))))
                .andExpect(status().isCreated());
        long id = jdbc.sql("SELECT id FROM proc_contract WHERE reference = ?").param(ref).query(Long.class).single();
        expiryWatch.check(java.time.LocalDate.now());
        expiryWatch.check(java.time.LocalDate.now());
        var items = workItems.forRecord("procurement.contract", String.valueOf(id));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).dueOn()).isEqualTo(java.time.LocalDate.now().plusDays(89));
        mvc.perform(get("/api/v1/procurement/contracts").param("expiringWithinDays", "90").with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(jsonPath("$[*].reference").value(org.hamcrest.Matchers.hasItem(ref)));
    }
}
