package org.fieldsupport.platform.security.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats the security screens' instants (UTC, minute precision), as {@code @securityDates} in templates. */
@Component("securityDates")
public class SecurityDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    public boolean expired(Instant expiresAt) {
        return expiresAt != null && !expiresAt.isAfter(Instant.now());
    }
}
