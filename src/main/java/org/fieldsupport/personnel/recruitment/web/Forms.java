package org.fieldsupport.personnel.recruitment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.fieldsupport.platform.api.InvalidInputException;

/** Parsing of form fields: a malformed value is refused naming the field (shown in the user's language). */
public final class Forms {

    private Forms() { }

    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Date", "recruitment.input.date", text);
        }
    }

    public static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Number", "recruitment.input.number");
        }
    }

    public static Long id(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Number", "recruitment.input.number");
        }
    }

    public static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Number", "recruitment.input.number");
        }
    }

    public static Boolean bool(String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf(text.strip());
    }
}
