package org.fieldsupport.platform.api;

import java.util.regex.Pattern;

/**
 * The one defence against spreadsheet formula injection (CSV/XLSX exports, OWASP "CSV injection"): a text cell
 * that starts with {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, so a
 * spreadsheet shows it as text instead of evaluating {@code =HYPERLINK(...)} or {@code =cmd|...}. Plain numbers
 * ({@code -1000.00}, {@code +3}) are left alone. Every export writes its text cells through {@link #safe(String)};
 * imports read them back through {@link #unescape(String)} so an exported file re-imports unchanged.
 */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9][0-9 ,.\u00a0\u202f]*%?");

    private SpreadsheetCells() {
    }

    /** The cell as a spreadsheet will not evaluate it. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return dangerous(text) ? "'" + text : text;
    }

    /** A cell read back from a file: the apostrophe {@link #safe} added is removed. */
    public static String unescape(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && dangerous(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean dangerous(String text) {
        char first = text.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }
}
