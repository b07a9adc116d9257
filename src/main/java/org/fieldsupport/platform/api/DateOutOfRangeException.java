package org.fieldsupport.platform.api;

import java.time.LocalDate;

/**
 * A date parameter outside the years the platform records (issue 9 item 10: {@code asOf=0000-01-01} used to answer a
 * misleading 404). Thrown while a request parameter is converted; answered as a 400 problem naming the parameter.
 */
public class DateOutOfRangeException extends IllegalArgumentException {

    private final transient LocalDate value;
    private final transient LocalDate min;
    private final transient LocalDate max;

    public DateOutOfRangeException(LocalDate value, LocalDate min, LocalDate max) {
        super("date " + value + " is outside " + min + ".." + max);
        this.value = value;
        this.min = min;
        this.max = max;
    }

    public LocalDate value() { return value; }

    public LocalDate min() { return min; }

    public LocalDate max() { return max; }
}
