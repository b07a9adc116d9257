package org.fieldsupport.platform.api.internal;

import java.time.LocalDate;
import java.util.Set;
import org.fieldsupport.platform.api.DateOutOfRangeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date request parameter and path variable ({@code asOf}, {@code from}, ...) of every controller is an ISO date
 * within the years the platform records ({@code fsp.api.dates.min-year}..{@code max-year}, default 1900..2199).
 * Registered after Spring's own date formatters, so it wins for {@code LocalDate} with or without
 * {@code @DateTimeFormat(iso = DATE)} (the only format the controllers use). Outside the range:
 * {@link DateOutOfRangeException}, a 400 problem naming the parameter (before: {@code asOf=0000-01-01} found no
 * record and answered 404 "not found", which misled the caller).
 */
@Configuration(proxyBeanMethods = false)
class PlausibleDates implements WebMvcConfigurer {

    private final LocalDate min;
    private final LocalDate max;

    PlausibleDates(@Value("${fsp.api.dates.min-year:1900}") int minYear,
                   @Value("${fsp.api.dates.max-year:2199}") int maxYear) {
        this.min = LocalDate.of(minYear, 1, 1);
        this.max = LocalDate.of(maxYear, 12, 31);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new GenericConverter() {
            @Override
            public Set<ConvertiblePair> getConvertibleTypes() {
                return Set.of(new ConvertiblePair(String.class, LocalDate.class));
            }

            @Override
            public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                return parse((String) source);
            }
        });
    }

    LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = LocalDate.parse(text.strip());
        if (date.isBefore(min) || date.isAfter(max)) {
            throw new DateOutOfRangeException(date, min, max);
        }
        return date;
    }
}
