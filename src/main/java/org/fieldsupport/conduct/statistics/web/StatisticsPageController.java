package org.fieldsupport.conduct.statistics.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.conduct.statistics.internal.StatisticsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The published statistics page: the year's three breakdowns with bar charts, suppressed cells marked. */
@Controller
@RequestMapping("/conduct/statistics")
class StatisticsPageController {

    private final StatisticsService statistics;
    private final org.fieldsupport.conduct.statistics.internal.AllegationNotices notices;

    StatisticsPageController(StatisticsService statistics,
                             org.fieldsupport.conduct.statistics.internal.AllegationNotices notices) {
        this.statistics = statistics;
        this.notices = notices;
    }

    /** Subscribe to or leave the "new allegation" notices (counts only); refused to a user who sees no case. */
    @org.springframework.web.bind.annotation.PostMapping("/subscription")
    String subscription(@RequestParam(required = false) String action,
                        org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            if ("unsubscribe".equals(action)) notices.unsubscribe();
            else notices.subscribe();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            redirect.addFlashAttribute("subscriptionRefused", true);
        }
        return "redirect:/conduct/statistics";
    }

    /** A bar of the chart: its width in percent of the largest shown count (suppressed cells have no bar). */
    record Bar(StatisticsService.Cell cell, int width) { }

    record Chart(StatisticsService.Table table, List<Bar> bars) { }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        int y = year == null ? LocalDate.now().getYear() : StatisticsService.checkYear(year);
        List<Chart> charts = new ArrayList<>();
        for (StatisticsService.By by : List.of(StatisticsService.By.MISSION, StatisticsService.By.CATEGORY,
                StatisticsService.By.TYPE, StatisticsService.By.NATIONALITY)) {
            StatisticsService.Table t = statistics.publish(y, by, locale);
            long max = t.cells().stream().filter(c -> c.count() != null).mapToLong(StatisticsService.Cell::count).max().orElse(0);
            charts.add(new Chart(t, t.cells().stream()
                    .map(c -> new Bar(c, c.count() == null || max == 0 ? 0 : (int) Math.max(1, c.count() * 100 / max))).toList()));
        }
        model.addAttribute("year", y);
        model.addAttribute("charts", charts);
        List<Integer> years = new ArrayList<>();
        for (int i = LocalDate.now().getYear(); i >= LocalDate.now().getYear() - 5; i--) years.add(i);
        model.addAttribute("years", years);
        model.addAttribute("subscription", notices.mine());
        return "conduct/statistics";
    }
}
