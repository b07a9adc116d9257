package org.fieldsupport.claims.analytics.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Horizontal bar charts as server-side SVG, embedded in the page (no script, no style element or attribute:
 * colours are SVG presentation attributes, which the strict CSP allows). Accessible: {@code role="img"}, a
 * title and a description, each bar with its own title (value on hover), value labels printed beside the bars,
 * and the same figures in a table next to the chart. Bars of several series are stacked; series differ by
 * fill and by outline dash, so a black-and-white print keeps them apart.
 */
final class ReportCharts {

    private static final int LABEL_W = 170;
    private static final int BAR_W = 430;
    private static final int VALUE_W = 170;
    private static final int ROW_H = 26;
    private static final int TOP = 44;
    private static final int LEGEND_ROW_H = 20;
    private static final String[] FILLS = {"#1f5f8b", "#c77c1e", "#6b8e23", "#8a1c1c"};
    private static final String[] DASHES = {"", "4 2", "1 2", "6 2 1 2"};

    private ReportCharts() { }

    /** One series: its (already translated) name and one value per bar label. */
    record Series(String name, List<BigDecimal> values) { }

    /**
     * @param id     unique id within the page (for aria-labelledby)
     * @param labels one label per bar
     * @param series stacked in order; values ≥ 0 (negative values are drawn as 0 and still labelled)
     * @param total  the label printed after each bar (e.g. the formatted sum)
     */
    static String stackedBars(String id, String title, String description, List<String> labels, List<Series> series,
                              Function<Integer, String> total) {
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Series s : series) {
                sum = sum.add(s.values().get(i).max(BigDecimal.ZERO));
            }
            max = max.max(sum);
        }
        int width = LABEL_W + BAR_W + VALUE_W;
        // legend entries wrap onto further rows rather than run past the right edge
        int[] legendX = new int[series.size()];
        int[] legendRow = new int[series.size()];
        int lx = LABEL_W;
        int row = 0;
        for (int s = 0; s < series.size(); s++) {
            int entry = 30 + series.get(s).name().length() * 7;
            if (lx > LABEL_W && lx + entry > width) {
                lx = LABEL_W;
                row++;
            }
            legendX[s] = lx;
            legendRow[s] = row;
            lx += entry;
        }
        int top = TOP + row * LEGEND_ROW_H;
        int height = top + labels.size() * ROW_H + 16;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"claims-chart\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
        // legend
        for (int s = 0; s < series.size(); s++) {
            int ly = legendRow[s] * LEGEND_ROW_H;
            svg.append("<rect x=\"").append(legendX[s]).append("\" y=\"").append(8 + ly)
                    .append("\" width=\"14\" height=\"14\"").append(paint(s)).append("/>");
            svg.append(text(legendX[s] + 20, 20 + ly, "start", series.get(s).name()));
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = top + i * ROW_H;
            svg.append(text(LABEL_W - 8, y + 15, "end", labels.get(i)));
            int bx = LABEL_W;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = series.get(s).values().get(i);
                int w = max.signum() == 0 ? 0 : v.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(BAR_W))
                        .divide(max, 0, java.math.RoundingMode.HALF_EVEN).intValue();
                if (w > 0) {
                    svg.append("<rect x=\"").append(bx).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                            .append("\" height=\"").append(ROW_H - 8).append('"').append(paint(s)).append('>')
                            .append("<title>").append(esc(labels.get(i) + " — " + series.get(s).name()))
                            .append("</title></rect>");
                }
                bx += w;
            }
            svg.append(text(bx + 6, y + 15, "start", total.apply(i)));
        }
        svg.append("<line x1=\"").append(LABEL_W).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(LABEL_W)
                .append("\" y2=\"").append(top + labels.size() * ROW_H).append("\" stroke=\"#333\"/>");
        return svg.append("</svg>").toString();
    }

    private static String paint(int s) {
        String dash = DASHES[s % DASHES.length];
        return " fill=\"" + FILLS[s % FILLS.length] + "\" stroke=\"#222\" stroke-width=\"1\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(int x, int y, String anchor, String value) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#111\">" + esc(value) + "</text>";
    }

    static String esc(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
