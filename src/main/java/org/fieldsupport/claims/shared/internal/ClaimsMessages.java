package org.fieldsupport.claims.shared.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.claims.rules.domain.Explanation;
import org.fieldsupport.claims.rules.domain.Flag;
import org.fieldsupport.claims.rules.domain.LineKind;
import org.fieldsupport.claims.rules.domain.Rating;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the claims domain's explanations and problems in the user's language. Arguments are formatted
 * here, not by {@link java.text.MessageFormat}: decimals keep the digits the rule set produced
 * ("5000.00", "0.035"; in French "5000,00", "0,035"), integers carry no grouping separator, dates are ISO in
 * English and dd/MM/yyyy in French, enums are translated.
 */
@Component
public class ClaimsMessages {

    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FR_MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;

    public ClaimsMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Explanation explanation, Locale locale) {
        return messages.getMessage(explanation.messageKey(), formatAll(explanation.args(), locale), locale);
    }

    public String message(String key, List<Object> args, Locale locale) {
        return messages.getMessage(key, formatAll(args, locale), locale);
    }

    /** The arguments as display strings, ready for a message pattern. */
    public Object[] formatAll(List<Object> args, Locale locale) {
        return args.stream().map(a -> format(a, locale)).toArray();
    }

    public String format(Object arg, Locale locale) {
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        if (arg == null) {
            return "";
        }
        if (arg instanceof BigDecimal decimal) {
            String plain = decimal.toPlainString();
            return french ? plain.replace('.', ',') : plain;
        }
        if (arg instanceof LocalDate date) {
            return french ? FR_DATE.format(date) : date.toString();
        }
        if (arg instanceof YearMonth month) {
            return french ? FR_MONTH.format(month) : month.toString();
        }
        if (arg instanceof Rating rating) {
            return messages.getMessage("claims.rating." + rating.name(), null, rating.name(), locale);
        }
        if (arg instanceof Flag flag) {
            return messages.getMessage("claims.flag." + flag.name(), null, flag.name(), locale);
        }
        if (arg instanceof LineKind kind) {
            return messages.getMessage("claims.kind." + kind.name(), null, kind.name(), locale);
        }
        return String.valueOf(arg);
    }

    /** Money for display in tables: two decimals, grouped for readability ("1,234,567.89" / "1 234 567,89"). */
    public String money(BigDecimal amount, Locale locale) {
        java.text.DecimalFormat format = (java.text.DecimalFormat) java.text.NumberFormat.getNumberInstance(
                locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRANCE : Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return format.format(amount);
    }
}
