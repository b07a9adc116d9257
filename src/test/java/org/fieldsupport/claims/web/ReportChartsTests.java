package org.fieldsupport.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG bar charts: proportional stacked bars, escaped labels, nothing a strict CSP would block. */
class ReportChartsTests {

    @Test
    void bars_are_stacked_in_proportion_and_labels_are_escaped() {
        String svg = ReportCharts.stackedBars("c1", "Paid & outstanding", "desc", List.of("BGD", "<RWA>"),
                List.of(new ReportCharts.Series("Paid", List.of(new BigDecimal("300"), BigDecimal.ZERO)),
                        new ReportCharts.Series("Outstanding", List.of(new BigDecimal("100"), new BigDecimal("200")))),
                i -> "total " + i);

        // widest stack (400) spans 430 px: 300 → 322 (322.5, half-even), 100 → 108 (107.5), 200 → 215
        List<Integer> widths = widths(svg);
        assertThat(widths).containsExactly(14, 14, 322, 108, 215);   // two legend squares, then the bars
        assertThat(svg).contains("<title id=\"c1-title\">Paid &amp; outstanding</title>", "&lt;RWA&gt;",
                "role=\"img\"", "aria-labelledby=\"c1-title c1-desc\"", "total 1", "stroke-dasharray=\"4 2\"");
        assertThat(svg).doesNotContain("style", "<script");
    }

    @Test
    void an_all_zero_chart_draws_no_bars() {
        String svg = ReportCharts.stackedBars("c2", "t", "d", List.of("A"),
                List.of(new ReportCharts.Series("s", List.of(BigDecimal.ZERO))), i -> "0");
        assertThat(widths(svg)).containsExactly(14);
    }

    private static List<Integer> widths(String svg) {
        Matcher m = Pattern.compile("<rect [^>]*?\\swidth=\"(\\d+)\"").matcher(svg);
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
