package org.fieldsupport.platform.security.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldsupport.platform.security.Scope;

/** A user holds a role within a scope, optionally only between two dates (inclusive). */
public record RoleAssignment(Long id, long userId, String username, String roleName, Scope scope,
                             LocalDate validFrom, LocalDate validTo, String createdBy, Instant createdAt) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", username);
        view.put("role", roleName);
        view.put("scope", scope.toString());
        view.put("validFrom", validFrom == null ? null : validFrom.toString());
        view.put("validTo", validTo == null ? null : validTo.toString());
        return view;
    }
}
