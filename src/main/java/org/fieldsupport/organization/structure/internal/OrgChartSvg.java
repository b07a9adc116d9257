package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws the organisation chart of the department or any subtree as SVG, server-side: the root on top, its
 * children as columns, deeper units stacked under their column with indentation. Each box shows the unit's
 * name, its head's title and incumbent in the reader's language. Shared units have a dashed double border
 * and name the department they are shared with; for the department the external line (Secretary-General),
 * the instruction lines (DPKO for peacekeeping, DPA for special political missions: dashed arrows) and the
 * dual reporting line (dotted) are drawn. Black-and-white print keeps the distinctions (line styles, not
 * colours alone).
 */
@Component
public class OrgChartSvg {

    private static final int BOX_W = 250;
    private static final int BOX_H = 66;
    private static final int COL_GAP = 24;
    private static final int ROW_GAP = 14;
    private static final int INDENT = 18;
    private static final int MARGIN = 20;

    private final StructureViews views;
    private final RelationQueries relations;
    private final MessageSource messages;
    private final org.fieldsupport.organization.ActingOfficers acting;

    OrgChartSvg(StructureViews views, RelationQueries relations, MessageSource messages,
                org.fieldsupport.organization.ActingOfficers acting) {
        this.views = views;
        this.relations = relations;
        this.messages = messages;
        this.acting = acting;
    }

    private record Box(StructureViews.TreeNode node, int x, int y, int w) { }

    /**
     * The chart's styles, by class. A chart shown inside a page takes them from {@code static/css/app.css}
     * (rules under {@code .org-chart}: the page's content security policy, {@code style-src 'self'}, blocks a
     * {@code <style>} element); the downloaded file carries them itself so it renders alone.
     */
    public static final String STYLE = ".box{fill:#fff;stroke:#1f3b57;stroke-width:1.5}.shared{stroke-dasharray:6 3;stroke-width:2.5}"
            + ".ext{fill:#f1f1f1;stroke:#555;stroke-width:1}.line{stroke:#1f3b57;stroke-width:1.3;fill:none}"
            + ".instr{stroke:#7a3e00;stroke-width:1.6;stroke-dasharray:8 4;fill:none}"
            + ".dual{stroke:#444;stroke-width:1.6;stroke-dasharray:2 3;fill:none}"
            + ".n{font-size:12px;font-weight:bold;fill:#111}.t{font-size:10.5px;fill:#333}.p{font-size:10.5px;fill:#0b5394}"
            + ".v{font-size:10.5px;fill:#8a1c1c;font-style:italic}.s{font-size:9.5px;fill:#7a3e00}.lg{font-size:11px;fill:#222}";

    /** The chart to show inside a page: styled by classes from the application's stylesheet, no {@code <style>}. */
    public String draw(String rootCode, LocalDate asOf, Locale locale) {
        return draw(rootCode, asOf, locale, false);
    }

    /** The chart as a file of its own (download): the same drawing with its styles inside. */
    public String drawStandalone(String rootCode, LocalDate asOf, Locale locale) {
        return draw(rootCode, asOf, locale, true);
    }

    private String draw(String rootCode, LocalDate asOf, Locale locale, boolean standalone) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        List<StructureViews.TreeNode> roots = views.tree(rootCode, d);
        if (roots.isEmpty()) return null;
        StructureViews.TreeNode root = roots.get(0);
        Map<String, String> sharedWith = new java.util.HashMap<>();
        relations.relations("shared_with", d).forEach(r -> sharedWith.put(r.fromCode(), r.toCode()));
        Map<String, RelationQueries.ExternalEntity> externals = relations.externalEntities();
        boolean department = root.unit().parentCode() == null;

        StringBuilder body = new StringBuilder();
        List<Box> boxes = new ArrayList<>();
        int topOffset = MARGIN + (department ? BOX_H + 60 : 0);
        int columns = Math.max(1, root.children().size());
        int width = Math.max(MARGIN * 2 + columns * (BOX_W + COL_GAP), department ? 3 * (BOX_W + COL_GAP) + 2 * MARGIN : 0);
        int rootX = (width - BOX_W) / 2;
        boxes.add(new Box(root, rootX, topOffset, BOX_W));
        int colTop = topOffset + BOX_H + 50;
        int maxY = topOffset + BOX_H;
        int startX = (width - columns * (BOX_W + COL_GAP) + COL_GAP) / 2;
        for (int c = 0; c < root.children().size(); c++) {
            StructureViews.TreeNode col = root.children().get(c);
            int x = startX + c * (BOX_W + COL_GAP);
            // elbow from root to the column head
            int midY = topOffset + BOX_H + 25;
            body.append(line(rootX + BOX_W / 2, topOffset + BOX_H, rootX + BOX_W / 2, midY, "line"));
            body.append(line(rootX + BOX_W / 2, midY, x + BOX_W / 2, midY, "line"));
            body.append(line(x + BOX_W / 2, midY, x + BOX_W / 2, colTop, "line"));
            int[] y = {colTop};
            stack(col, x, y, 0, boxes, body);
            maxY = Math.max(maxY, y[0]);
        }
        if (department) drawExternals(body, externals, rootX, topOffset, width, locale);
        for (Box b : boxes) body.append(box(b, sharedWith, externals, locale, d));
        int height = maxY + MARGIN + 70;
        body.append(legend(MARGIN, height - 60, locale));
        String title = esc(root.unit().name(locale));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" "
                + "class=\"org-chart-svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height + "\" "
                + "font-family=\"Arial, Helvetica, sans-serif\">"
                + "<title id=\"chart-title\">" + title + "</title>"
                + (standalone ? "<style>" + STYLE + "</style>" : "")
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7a3e00\"/></marker></defs>"
                + body + "</svg>";
    }

    private void stack(StructureViews.TreeNode node, int x, int[] y, int level, List<Box> boxes, StringBuilder body) {
        int indent = Math.min(level, 4) * INDENT;
        boxes.add(new Box(node, x + indent, y[0], BOX_W - indent));
        int parentTop = y[0];
        y[0] += BOX_H + ROW_GAP;
        for (StructureViews.TreeNode child : node.children()) {
            int childTop = y[0];
            int connectorX = x + indent + 8;
            int childIndent = Math.min(level + 1, 4) * INDENT;
            body.append(line(connectorX, parentTop + BOX_H, connectorX, childTop + BOX_H / 2, "line"));
            body.append(line(connectorX, childTop + BOX_H / 2, x + childIndent, childTop + BOX_H / 2, "line"));
            stack(child, x, y, level + 1, boxes, body);
        }
    }

    private String box(Box b, Map<String, String> sharedWith, Map<String, RelationQueries.ExternalEntity> externals,
                       Locale locale, LocalDate d) {
        StructureViews.TreeNode n = b.node();
        int w = b.w();
        int chars = Math.max(24, 36 - (BOX_W - w) / 6);
        String shared = sharedWith.get(n.unit().code());
        StringBuilder s = new StringBuilder();
        s.append("<g><title>").append(esc(n.unit().code())).append("</title>");
        s.append("<rect class=\"box").append(shared != null ? " shared" : "").append("\" x=\"").append(b.x())
                .append("\" y=\"").append(b.y()).append("\" width=\"").append(w)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"4\"/>");
        List<String> nameLines = wrap(n.unit().name(locale), chars, 2);
        int ty = b.y() + 15;
        for (String l : nameLines) {
            s.append(text(b.x() + 6, ty, "n", l));
            ty += 14;
        }
        PositionSummary head = n.head();
        if (head != null) {
            String title = head.title(locale);
            int comma = title.indexOf(", ");
            s.append(text(b.x() + 6, ty, "t", truncate(comma > 0 ? title.substring(0, comma) : title, chars + 8)));
            ty += 13;
            PersonSummary p = head.incumbent();
            var oic = acting.actingFor(head.code(), d);
            if (oic.isPresent()) {
                // 5.2.c: the officer-in-charge replaces the absent holder for the period
                s.append(text(b.x() + 6, ty, "p", truncate(messages.getMessage("org.chart.acting",
                        new Object[] {oic.get().actingOfficer().fullName()}, locale), 40)));
            } else if (p != null) s.append(text(b.x() + 6, ty, "p", truncate(p.fullName(), 40)));
            else s.append(text(b.x() + 6, ty, "v", msg("org.chart.vacant", locale)));
        }
        if (shared != null) {
            RelationQueries.ExternalEntity e = externals.get(shared);
            String with = msg("org.chart.shared", locale) + " " + (e == null ? shared : shortName(e, locale));
            s.append(text(b.x() + w - 6, b.y() + BOX_H - 5, "s", truncate(with, 30)).replace("<text ", "<text text-anchor=\"end\" "));
        }
        s.append("</g>");
        return s.toString();
    }

    private void drawExternals(StringBuilder body, Map<String, RelationQueries.ExternalEntity> externals, int rootX,
                               int rootY, int width, Locale locale) {
        int y = MARGIN;
        Function<String, String> name = code -> externals.containsKey(code) ? externals.get(code).name(locale) : code;
        // Secretary-General above the department: reporting line
        body.append(extBox(rootX, y, name.apply("EXT-SG")));
        body.append(line(rootX + BOX_W / 2, y + 40, rootX + BOX_W / 2, rootY, "line"));
        // DPKO to the left, DPA to the right: instruction lines (2.4.a, 2.4.b)
        int leftX = Math.max(MARGIN, rootX - BOX_W - 60);
        int rightX = Math.min(width - BOX_W - MARGIN, rootX + BOX_W + 60);
        int extY = rootY + 8;
        body.append(extBox(leftX, extY, name.apply("EXT-DPKO")));
        body.append(extBox(rightX, extY, name.apply("EXT-DPA")));
        body.append("<path class=\"instr\" marker-end=\"url(#arrow)\" d=\"M").append(leftX + BOX_W).append(',').append(extY + 20)
                .append(" L").append(rootX).append(',').append(rootY + 28).append("\"/>");
        body.append("<path class=\"instr\" marker-end=\"url(#arrow)\" d=\"M").append(rightX).append(',').append(extY + 20)
                .append(" L").append(rootX + BOX_W).append(',').append(rootY + 28).append("\"/>");
        body.append(text(leftX, extY + 54, "s", msg("org.chart.instructions.pko", locale)));
        body.append(text(rightX, extY + 54, "s", msg("org.chart.instructions.spm", locale)));
        // DPKO chief of staff reports to both USGs (2.4.d): dotted dual line
        int cosY = y;
        body.append(extBox(leftX, cosY, name.apply("EXT-DPKO-COS")));
        body.append(line(leftX + BOX_W, cosY + 30, rootX, rootY + 10, "dual"));
        body.append(text(leftX + BOX_W + 6, cosY + 52, "s", msg("org.chart.dual", locale)));
    }

    private static String extBox(int x, int y, String label) {
        StringBuilder s = new StringBuilder();
        s.append("<rect class=\"ext\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_W)
                .append("\" height=\"40\" rx=\"4\"/>");
        int ty = y + 16;
        for (String l : wrap(label, 40, 2)) {
            s.append(text(x + 6, ty, "t", l));
            ty += 13;
        }
        return s.toString();
    }

    private String legend(int x, int y, Locale locale) {
        StringBuilder s = new StringBuilder();
        s.append(line(x, y, x + 40, y, "line")).append(text(x + 46, y + 4, "lg", msg("org.chart.legend.line", locale)));
        s.append(line(x + 250, y, x + 290, y, "instr")).append(text(x + 296, y + 4, "lg", msg("org.chart.legend.instruction", locale)));
        s.append(line(x + 500, y, x + 540, y, "dual")).append(text(x + 546, y + 4, "lg", msg("org.chart.legend.dual", locale)));
        s.append("<rect class=\"box shared\" x=\"").append(x).append("\" y=\"").append(y + 16).append("\" width=\"40\" height=\"18\"/>")
                .append(text(x + 46, y + 29, "lg", msg("org.chart.legend.shared", locale)));
        return s.toString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String shortName(RelationQueries.ExternalEntity e, Locale locale) {
        return switch (e.code()) {
            case "EXT-DPKO" -> "fr".equals(locale.getLanguage()) ? "DOMP" : "DPKO";
            case "EXT-DPA" -> "fr".equals(locale.getLanguage()) ? "DAP" : "DPA";
            default -> e.name(locale);
        };
    }

    private static String line(int x1, int y1, int x2, int y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\"/>";
    }

    private static String text(int x, int y, String cls, String value) {
        return "<text class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\">" + esc(value) + "</text>";
    }

    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current = new StringBuilder();
            }
            if (current.length() > 0) current.append(' ');
            current.append(word);
        }
        if (current.length() > 0) lines.add(current.toString());
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, truncate(cut.get(maxLines - 1) + " …", width));
            return cut;
        }
        return lines;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
