package org.fieldsupport.geospatial.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Map clearance (ST/AI/189/Add.25/Rev.1): no map is released before the Cartographic Section clears it, and nobody
 * clears their own request; a cleared map carries a fingerprint of its content, so an unaltered reproduction can be
 * recognised. The mission map is an SVG drawn from a simplified outline of the host country (shipped, illustrative,
 * not for boundary use) and the layer's points, in an equirectangular projection.
 */
public final class MapRules {

    public static final String DISCLAIMER = "The boundaries and names shown and the designations used on this map do "
            + "not imply official endorsement or acceptance by the United Nations.";

    /** Simplified outlines (longitude, latitude) of host countries, by mission; illustrative only. */
    public static final Map<String, double[][]> OUTLINES = Map.of(
            "MINUSCA", new double[][] {{14.4, 6.0}, {15.0, 4.0}, {16.2, 2.2}, {16.6, 3.5}, {18.6, 3.5}, {19.4, 5.1},
                    {20.5, 4.4}, {22.4, 4.1}, {24.4, 5.1}, {25.3, 5.0}, {27.4, 5.1}, {26.5, 6.5}, {25.3, 7.9},
                    {23.5, 8.7}, {23.4, 9.3}, {22.9, 10.9}, {21.7, 10.6}, {20.1, 9.0}, {18.8, 9.0}, {17.0, 7.9},
                    {15.5, 7.5}},
            "UNMISS", new double[][] {{24.1, 8.7}, {25.1, 10.3}, {26.5, 9.5}, {27.9, 9.6}, {29.0, 9.6}, {29.6, 10.1},
                    {30.8, 9.7}, {31.9, 10.6}, {32.4, 11.9}, {33.1, 12.2}, {33.2, 10.7}, {34.0, 9.6}, {33.9, 8.4},
                    {35.0, 7.8}, {35.3, 5.5}, {34.0, 4.2}, {33.5, 3.8}, {31.9, 3.6}, {30.8, 3.5}, {29.7, 4.6},
                    {28.4, 4.3}, {27.4, 5.1}, {25.3, 5.0}, {25.3, 7.9}});

    private MapRules() { }

    public enum Refusal { NOT_CLEARED, OWN_REQUEST, NOT_PENDING }

    /** Why a request may not be cleared by {@code reviewer} (null = it may). */
    public static Refusal mayClear(String status, String requester, String reviewer) {
        if (!"REQUESTED".equals(status)) {
            return Refusal.NOT_PENDING;
        }
        return requester.equals(reviewer) ? Refusal.OWN_REQUEST : null;
    }

    public static Refusal mayRelease(String status) {
        return "CLEARED".equals(status) ? null : Refusal.NOT_CLEARED;
    }

    public static String fingerprint(String title, String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((title.strip() + "\n" + content.strip())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Point(String name, String kind, BigDecimal latitude, BigDecimal longitude) { }

    /** An SVG map of the mission's outline and points (names escaped), 600 px wide. */
    public static String svg(String mission, List<Point> points, String title) {
        double[][] outline = OUTLINES.getOrDefault(mission, new double[0][]);
        double minX = 180, maxX = -180, minY = 90, maxY = -90;
        for (double[] p : outline) {
            minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
        }
        for (Point p : points) {
            double x = p.longitude().doubleValue(), y = p.latitude().doubleValue();
            minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        if (minX > maxX) {
            minX = -1; maxX = 1; minY = -1; maxY = 1;
        }
        double pad = 0.5, w = 600;
        double sx = w / (maxX - minX + 2 * pad);
        double h = Math.max(120, (maxY - minY + 2 * pad) * sx);
        double fMinX = minX, fMaxY = maxY;
        java.util.function.DoubleUnaryOperator px = lon -> (lon - fMinX + pad) * sx;
        java.util.function.DoubleUnaryOperator py = lat -> (fMaxY - lat + pad) * sx;
        StringBuilder s = new StringBuilder();
        s.append(String.format(java.util.Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                + "width=\"100%%\" role=\"img\" aria-label=\"%s\">", w, h + 30, escape(title)));
        if (outline.length > 0) {
            s.append("<polygon fill=\"#eef3f7\" stroke=\"#5b7083\" stroke-width=\"1.5\" points=\"");
            for (double[] p : outline) {
                s.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(p[0]), py.applyAsDouble(p[1])));
            }
            s.append("\"/>");
        }
        for (Point p : points) {
            double x = px.applyAsDouble(p.longitude().doubleValue()), y = py.applyAsDouble(p.latitude().doubleValue());
            String colour = switch (p.kind()) {
                case "AIRFIELD" -> "#b35900";
                case "FACILITY" -> "#a0192b";
                default -> "#1d5fa8";
            };
            s.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>%s</title>"
                    + "</circle><text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>", x, y, colour, escape(p.name()),
                    x + 7, y + 4, escape(p.name())));
        }
        s.append(String.format(java.util.Locale.ROOT, "<text x=\"4\" y=\"%.0f\" font-size=\"9\">%s</text></svg>", h + 22,
                escape(DISCLAIMER)));
        return s.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
