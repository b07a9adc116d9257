package org.fieldsupport.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money formatted for the user's language. In templates:
 * {@code ${@formats.money(amount, 'USD')}}, {@code ${@formats.date(localDate)}},
 * {@code ${@formats.number(n)}}; in Java the same methods, or the overloads taking a {@link Locale}.
 * A {@code null} value formats as the empty string.
 */
@Component("formats")
public class Formats {

    private final ZoneId zone;

    public Formats(@Value("${fsp.time-zone:UTC}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    private static Locale current() {
        return SupportedLanguages.match(LocaleContextHolder.getLocale()).orElse(SupportedLanguages.DEFAULT);
    }

    public String money(Number amount, String currencyCode) {
        return money(amount, currencyCode, current());
    }

    /** E.g. 1234.5 USD → "$1,234.50" (en), "1 234,50 $US" (fr); the currency's minor units decide the decimals. */
    public String money(Number amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT));
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString()));
    }

    public String number(Number value) {
        return number(value, current());
    }

    public String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(value instanceof BigDecimal decimal ? decimal : value);
    }

    /** A number with exactly {@code decimals} decimals. */
    public String decimal(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(current());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value instanceof BigDecimal decimal ? decimal : value);
    }

    public String date(TemporalAccessor date) {
        return date(date, current());
    }

    /** E.g. 2026-11-27 → "Nov 27, 2026" (en), "27 nov. 2026" (fr). */
    public String date(TemporalAccessor date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(toZoned(date));
    }

    public String dateTime(TemporalAccessor dateTime) {
        return dateTime(dateTime, current());
    }

    public String dateTime(TemporalAccessor dateTime, Locale locale) {
        if (dateTime == null) {
            return "";
        }
        if (dateTime instanceof LocalDate localDate) {
            return date(localDate, locale);
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(toZoned(dateTime));
    }

    private TemporalAccessor toZoned(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return value;
    }
}
