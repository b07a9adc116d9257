package org.fieldsupport.claims.analytics.web;

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

    @Test
    void a_long_legend_wraps_onto_a_second_row_inside_the_chart_and_pushes_the_bars_down() {
        List<ReportCharts.Series> series = List.of(
                new ReportCharts.Series("below MOU quantity", List.of(BigDecimal.ONE)),
                new ReportCharts.Series("below the 90 % wet-lease standard", List.of(BigDecimal.ONE)),
                new ReportCharts.Series("not verified", List.of(BigDecimal.ONE)),
                new ReportCharts.Series("self-sustainment unsatisfactory or not provided", List.of(BigDecimal.ONE)));
        String svg = ReportCharts.stackedBars("c3", "t", "d", List.of("MINUSCA"), series, i -> "4");

        int chartWidth = Integer.parseInt(attr(svg, "<svg [^>]*?\\swidth=\"(\\d+)\""));
        Matcher legendText = Pattern.compile("<text x=\"(\\d+)\" y=\"(\\d+)\"[^>]*>([^<]*)</text>").matcher(svg);
        int rows = 0;
        int lastY = -1;
        while (legendText.find() && !legendText.group(3).equals("MINUSCA")) {
            int x = Integer.parseInt(legendText.group(1));
            int y = Integer.parseInt(legendText.group(2));
            assertThat(x + legendText.group(3).length() * 7).as(legendText.group(3)).isLessThanOrEqualTo(chartWidth);
            if (y != lastY) {
                rows++;
                lastY = y;
            }
        }
        assertThat(rows).isEqualTo(2);
        // the first bar starts below the second legend row
        Matcher bar = Pattern.compile("<rect x=\"170\" y=\"(\\d+)\" width=\"\\d+\" height=\"18\"").matcher(svg);
        assertThat(bar.find()).isTrue();
        assertThat(Integer.parseInt(bar.group(1))).isGreaterThan(lastY);
    }

    private static String attr(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        assertThat(m.find()).isTrue();
        return m.group(1);
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
