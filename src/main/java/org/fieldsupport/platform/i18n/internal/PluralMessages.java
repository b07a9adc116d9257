package org.fieldsupport.platform.i18n.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The plural argument of ICU message formats (issue 12.7), for the platform's two languages, so a count reads
 * "1 open item" / "3 open items" and « 1 ouverte » / « 0 ouverte » / « 3 ouvertes »:
 * <pre>{0, plural, =0 {No item} one {# item} other {# items}}</pre>
 * Selectors: {@code =N} (exact value, tried first), then the language's category — English {@code one} for 1,
 * French {@code one} for 0 and 1 (CLDR), {@code other} otherwise. {@code #} in the chosen branch is the number in the
 * reader's format. Everything outside plural blocks is left to {@link java.text.MessageFormat} as before.
 * (ICU4J would do the same for every language at 14 MB; two languages need these few lines.)
 */
final class PluralMessages {

    private PluralMessages() { }

    static boolean hasPlural(String pattern) {
        return pattern != null && pattern.contains("plural");
    }

    /** Replaces each {@code {n, plural, ...}} block by its chosen branch; other arguments stay for MessageFormat. */
    static String selectPlurals(String pattern, Object[] args, Locale locale) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int end = matching(pattern, i);
                String block = end < 0 ? null : pattern.substring(i + 1, end);
                String chosen = block == null ? null : choose(block, args, locale);
                if (chosen != null) {
                    out.append(selectPlurals(chosen, args, locale));
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The branch of a block "0, plural, one {…} other {…}", or null when the block is not a plural. */
    private static String choose(String block, Object[] args, Locale locale) {
        String[] head = block.split(",", 3);
        if (head.length < 3 || !"plural".equals(head[1].trim())) {
            return null;
        }
        int index;
        try {
            index = Integer.parseInt(head[0].trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (args == null || index < 0 || index >= args.length) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(String.valueOf(args[index]).trim());   // a count passed as text still counts
        } catch (NumberFormatException e) {
            value = null;                                            // not a number: the "other" branch, # as given
        }
        String category = value == null ? "other" : category(value, locale);
        String body = head[2];
        String exact = null;
        String byCategory = null;
        String other = null;
        int i = 0;
        while (i < body.length()) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
            int open = body.indexOf('{', i);
            if (open < 0) break;
            String selector = body.substring(i, open).trim();
            int close = matching(body, open);
            if (close < 0) return null;
            String text = body.substring(open + 1, close);
            if (selector.startsWith("=") && value != null) {
                try {
                    if (new BigDecimal(selector.substring(1).trim()).compareTo(value) == 0) exact = text;
                } catch (NumberFormatException ignored) {
                    // not a number: ignore the branch
                }
            } else if (selector.equals(category)) {
                byCategory = text;
            } else if (selector.equals("other")) {
                other = text;
            }
            i = close + 1;
        }
        String chosen = exact != null ? exact : byCategory != null ? byCategory : other;
        if (chosen == null) return null;
        String number = value == null ? (args[index] == null ? "" : args[index].toString()) : NumberFormat.getNumberInstance(locale).format(value);
        return replaceHash(chosen, number);
    }

    static String category(BigDecimal value, Locale locale) {
        boolean integer = value.stripTrailingZeros().scale() <= 0;
        if ("fr".equals(locale.getLanguage())) {
            // CLDR: French "one" is i = 0 or 1 (0 ouverte, 1 ouverte, 1,5 ouverte)
            return value.abs().compareTo(BigDecimal.valueOf(2)) < 0 ? "one" : "other";
        }
        return integer && value.compareTo(BigDecimal.ONE) == 0 ? "one" : "other";
    }

    /** {@code #} outside nested blocks becomes the number. */
    private static String replaceHash(String text, String number) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') depth++;
            if (c == '}') depth--;
            out.append(c == '#' && depth == 0 ? number : String.valueOf(c));
        }
        return out.toString();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') depth++;
            else if (s.charAt(i) == '}' && --depth == 0) return i;
        }
        return -1;
    }
}
