package org.fieldsupport.claims.contingent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldsupport.claims.contingent.internal.CoeOverview.ContingentSchedule;
import org.fieldsupport.claims.contingent.internal.CoeOverview;
import org.fieldsupport.organization.MissionPanelContributor;
import org.fieldsupport.support.IntegrationTest;
import org.fieldsupport.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The mission COE overview reads a mission's inspections and strength returns in a fixed number of statements,
 * whatever its number of contingents: the COE by mission list, the dashboard card, the mission's COE page and its
 * panel on the organisation's mission page. And it computes the same schedule as before the reads were batched.
 */
@IntegrationTest
class CoeOverviewReadsTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CoeOverview overview;
    @Autowired MissionCoeController coe;

    /** A mission code no other test uses; its contingents are deleted after the test. */
    final String mission = "QC-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    final List<Long> registered = new ArrayList<>();

    @AfterEach
    void removeTheContingents() {
        for (Long id : registered) {
            jdbc.update("DELETE FROM claims_strength_return WHERE contingent_id = ?", id);
            jdbc.update("DELETE FROM claims_verification WHERE contingent_id = ?", id);
            jdbc.update("DELETE FROM claims_contingent WHERE id = ?", id);
        }
    }

    @Test
    void the_mission_list_the_card_the_coe_page_and_the_panel_send_as_many_statements_for_12_contingents_as_for_3()
            throws Exception {
        LocalDate today = overview.today();
        for (int i = 0; i < 3; i++) {
            registerTypical(i, today);
        }
        Views three = views();
        assertThat(three.scheduled()).isEqualTo(3);
        for (int i = 3; i < 12; i++) {
            registerTypical(i, today);
        }
        Views twelve = views();
        assertThat(twelve.scheduled()).isEqualTo(12);

        assertThat(twelve.list().statements()).as("/claims/missions, 3 contingents: %s%n12 contingents: %s",
                three.list(), twelve.list()).isEqualTo(three.list().statements());
        assertThat(twelve.card().statements()).as("dashboard card, 3: %s%n12: %s", three.card(), twelve.card())
                .isEqualTo(three.card().statements());
        assertThat(twelve.schedule().statements()).as("mission COE schedule, 3: %s%n12: %s", three.schedule(),
                twelve.schedule()).isEqualTo(three.schedule().statements());
        assertThat(twelve.panel().statements()).as("mission page panel, 3: %s%n12: %s", three.panel(),
                twelve.panel()).isEqualTo(three.panel().statements());
        // one statement per kind of data: contingents, inspections, strength returns
        assertThat(twelve.schedule().statements()).as("%s", twelve.schedule()).isLessThanOrEqualTo(3);
    }

    record Views(StatementCounter.Count list, StatementCounter.Count card, StatementCounter.Count schedule,
                 StatementCounter.Count panel, int scheduled) { }

    /** Counts each view after an uncounted one (so caches such as the user's grants are in the same state). */
    Views views() throws Exception {
        LocalDate today = overview.today();
        String[] html = new String[1];
        page("/claims/missions");
        StatementCounter.Count list = StatementCounter.count(() -> html[0] = page("/claims/missions"));
        assertThat(MissionListPageTests.missionRow(html[0], mission)).contains(mission);
        page("/claims/cards/inspections");
        StatementCounter.Count card = StatementCounter.count(() -> page("/claims/cards/inspections"));
        int[] rows = new int[1];
        overview.schedule(mission, today);
        StatementCounter.Count schedule = StatementCounter.count(() -> rows[0] = overview.schedule(mission, today).size());
        List<List<MissionPanelContributor.MissionPanel>> panels = new ArrayList<>();
        StatementCounter.Count panel = asAdmin(() -> {
            coe.panels(mission);
            return StatementCounter.count(() -> panels.add(coe.panels(mission)));
        });
        assertThat(panels.get(0)).hasSize(1);
        return new Views(list, card, schedule, panel, rows[0]);
    }

    interface Call<T> {
        T call() throws Exception;
    }

    /** Runs as the demo administrator outside a request (MockMvc clears the thread's security context after each). */
    static <T> T asAdmin(Call<T> call) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            return call.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Deployed 14 months ago with a signed arrival and readiness inspection, a draft, and a return missing. */
    void registerTypical(int i, LocalDate today) {
        long id = register("T" + i, "BGD", today.minusMonths(14), null);
        inspection(id, "ARRIVAL", today.minusMonths(14).plusDays(3), "SIGNED");
        inspection(id, "OPERATIONAL_READINESS", today.minusMonths(2 + i % 8), "SIGNED");
        inspection(id, "OPERATIONAL_READINESS", today.minusDays(1), "DRAFT");
        for (YearMonth m = YearMonth.from(today.minusMonths(14)); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
            if (!m.equals(YearMonth.from(today).minusMonths(1 + i % 3))) {
                strengthReturn(id, m);
            }
        }
    }

    @Test
    void the_schedule_gives_due_dates_overdue_flags_drafts_and_strength_return_gaps_per_contingent() throws Exception {
        LocalDate today = overview.today();
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);

        // no inspection at all: due six months after deployment, overdue; no return for any of its 10 months
        long never = register("A", "BGD", today.minusMonths(10), null);

        // arrival signed, readiness inspection still a draft: due six months after arrival; every return in
        long arrived = register("B", "GHA", today.minusMonths(3), null);
        inspection(arrived, "ARRIVAL", today.minusMonths(3).plusDays(2), "SIGNED");
        inspection(arrived, "OPERATIONAL_READINESS", today.minusDays(1), "DRAFT");
        for (YearMonth m = YearMonth.from(today.minusMonths(3)); !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            strengthReturn(arrived, m);
        }

        // the latest signed readiness inspection counts (7 months ago: overdue); a draft arrival does not; returns
        // missing for last month and 5 months ago; one recorded before deployment does not fill a gap
        long inspected = register("C", "IND", today.minusMonths(14), null);
        inspection(inspected, "ARRIVAL", today.minusMonths(14).plusDays(3), "SIGNED");
        inspection(inspected, "OPERATIONAL_READINESS", today.minusMonths(8), "SIGNED");
        inspection(inspected, "OPERATIONAL_READINESS", today.minusMonths(7), "SIGNED");
        inspection(inspected, "ARRIVAL", today.minusMonths(1), "DRAFT");
        inspection(inspected, "PERIODIC", today.minusMonths(1), "SIGNED");
        strengthReturn(inspected, YearMonth.from(today.minusMonths(20)));
        for (YearMonth m = YearMonth.from(today.minusMonths(14)); m.isBefore(lastMonth); m = m.plusMonths(1)) {
            if (!m.equals(YearMonth.from(today).minusMonths(5))) {
                strengthReturn(inspected, m);
            }
        }

        // repatriated yesterday, deploying tomorrow: not on the schedule
        long gone = register("D", "NPL", today.minusMonths(30), today.minusDays(1));
        inspection(gone, "ARRIVAL", today.minusMonths(30), "SIGNED");
        strengthReturn(gone, lastMonth);
        register("E", "PAK", today.plusDays(1), null);

        // deployed six months ago and repatriated today: still deployed; due six months after deployment, i.e.
        // today (not yet overdue) unless today is a month's end that the earlier month lacks
        long leaving = register("F", "RWA", today.minusMonths(6), today);
        LocalDate leavingDue = today.minusMonths(6).plusMonths(6);

        Map<Long, ContingentSchedule> rows = overview.schedule(mission, today).stream()
                .collect(Collectors.toMap(ContingentSchedule::id, Function.identity()));
        assertThat(overview.schedule(mission, today)).extracting(ContingentSchedule::reference)
                .containsExactly(mission + "-A", mission + "-B", mission + "-C", mission + "-F");

        assertThat(rows.get(never)).isEqualTo(new ContingentSchedule(never, mission + "-A", "BGD", "Infantry battalion",
                today.minusMonths(10), null, null, today.minusMonths(10).plusMonths(6), true, 0, true, 10));
        assertThat(rows.get(arrived)).isEqualTo(new ContingentSchedule(arrived, mission + "-B", "GHA",
                "Infantry battalion", today.minusMonths(3), today.minusMonths(3).plusDays(2), null,
                today.minusMonths(3).plusDays(2).plusMonths(6), false, 1, false, 0));
        assertThat(rows.get(inspected)).isEqualTo(new ContingentSchedule(inspected, mission + "-C", "IND",
                "Infantry battalion", today.minusMonths(14), today.minusMonths(14).plusDays(3), today.minusMonths(7),
                today.minusMonths(7).plusMonths(6), true, 1, true, 2));
        assertThat(rows.get(leaving)).isEqualTo(new ContingentSchedule(leaving, mission + "-F", "RWA",
                "Infantry battalion", today.minusMonths(6), null, null, leavingDue, today.isAfter(leavingDue), 0,
                true, 6));

        // the list and the card show the same figures
        String row = MissionListPageTests.missionRow(page("/claims/missions"), mission);
        assertThat(row).contains(">4</td>", "BGD, GHA, IND, RWA");
        long overdue = rows.values().stream().filter(ContingentSchedule::overdue).count();
        assertThat(row).contains("<strong class=\"error\">" + overdue + " overdue</strong>");
        assertThat(asAdmin(() -> overview.overdueForCurrentUser(today))).containsEntry(mission, overdue);
    }

    long register(String suffix, String memberState, LocalDate deployedOn, LocalDate repatriatedOn) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.update("""
                INSERT INTO claims_contingent (reference, mission_code, member_state, unit_type, authorised_strength,
                    factor_environmental, factor_intensified, factor_hostile, factor_transport, deployed_on, repatriated_on,
                    illustrative, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, 'Infantry battalion', 800, 0, 0, 0, 0, ?, ?, TRUE, 0, 'test', ?, 'test', ?)""",
                mission + "-" + suffix, mission, memberState, Date.valueOf(deployedOn),
                repatriatedOn == null ? null : Date.valueOf(repatriatedOn), now, now);
        long id = jdbc.queryForObject("SELECT id FROM claims_contingent WHERE reference = ?", Long.class,
                mission + "-" + suffix);
        registered.add(id);
        return id;
    }

    void inspection(long contingentId, String type, LocalDate on, String status) {
        jdbc.update("""
                INSERT INTO claims_verification (contingent_id, inspection_type, verified_on, status, created_by, created_at)
                VALUES (?, ?, ?, ?, 'test', ?)""", contingentId, type, Date.valueOf(on), status,
                new Timestamp(System.currentTimeMillis()));
    }

    void strengthReturn(long contingentId, YearMonth month) {
        jdbc.update("""
                INSERT INTO claims_strength_return (contingent_id, return_month, average_strength, recorded_by, recorded_at)
                VALUES (?, ?, 750, 'test', ?)""", contingentId, Date.valueOf(month.atDay(1)),
                new Timestamp(System.currentTimeMillis()));
    }
}
