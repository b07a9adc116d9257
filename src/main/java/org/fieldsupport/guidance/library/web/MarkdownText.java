package org.fieldsupport.guidance.library.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the small Markdown subset policy texts use (headings {@code #}, {@code ##}; bullet lists {@code - };
 * paragraphs; {@code **bold**}) as HTML, escaping everything else.
 */
@Component
public class MarkdownText {

    public String html(String markdown) {
        if (markdown == null) return "";
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        StringBuilder para = new StringBuilder();
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            boolean bullet = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || line.startsWith("#") || bullet) {
                flush(out, para);
            }
            if (!bullet && inList) {
                out.append("</ul>");
                inList = false;
            }
            if (line.isEmpty()) continue;
            if (line.startsWith("## ")) out.append("<h4>").append(inline(line.substring(3))).append("</h4>");
            else if (line.startsWith("# ")) out.append("<h3>").append(inline(line.substring(2))).append("</h3>");
            else if (bullet) {
                if (!inList) {
                    out.append("<ul>");
                    inList = true;
                }
                out.append("<li>").append(inline(line.substring(2))).append("</li>");
            } else {
                if (para.length() > 0) para.append(' ');
                para.append(line);
            }
        }
        flush(out, para);
        if (inList) out.append("</ul>");
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        if (para.length() > 0) {
            out.append("<p>").append(inline(para.toString())).append("</p>");
            para.setLength(0);
        }
    }

    private static String inline(String text) {
        return HtmlUtils.htmlEscape(text).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }
}
