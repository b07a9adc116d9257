package org.fieldsupport.claims.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.claims.rules.domain.Rating;

/**
 * Stores an explanation's typed arguments in one column ({@code D:5000.00|I:10|I:9|D:0.035|I:15|I:30}), so a
 * stored line is rendered again in any language, exactly as computed.
 */
public final class ExplanationCodec {

    private ExplanationCodec() { }

    public static String encode(List<Object> args) {
        StringBuilder text = new StringBuilder(16 * args.size());
        for (Object arg : args) {
            if (!text.isEmpty()) {
                text.append('|');
            }
            if (arg instanceof BigDecimal d) {
                text.append("D:").append(d.toPlainString());
            } else if (arg instanceof Integer i) {
                text.append("I:").append(i.intValue());
            } else if (arg instanceof LocalDate t) {
                text.append("T:").append(t);
            } else if (arg instanceof YearMonth m) {
                text.append("M:").append(m);
            } else if (arg instanceof Rating r) {
                text.append("R:").append(r.name());
            } else {
                text.append("S:").append(String.valueOf(arg).replace('|', '/'));
            }
        }
        return text.toString();
    }

    static List<Object> decode(String text) {
        List<Object> args = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return args;
        }
        for (String part : text.split("\\|", -1)) {
            String value = part.substring(2);
            switch (part.charAt(0)) {
                case 'D' -> args.add(new BigDecimal(value));
                case 'I' -> args.add(Integer.valueOf(value));
                case 'T' -> args.add(LocalDate.parse(value));
                case 'M' -> args.add(YearMonth.parse(value));
                case 'R' -> args.add(Rating.valueOf(value));
                default -> args.add(value);
            }
        }
        return args;
    }
}
