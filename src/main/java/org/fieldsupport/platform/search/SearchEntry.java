package org.fieldsupport.platform.search;

import java.util.List;
import java.util.Objects;
import org.fieldsupport.platform.security.Scope;

/**
 * One record as search finds it: its reference, title and text (any language), its screen, and who may find it:
 * users holding one of the {@code access} permissions in (a scope equal to, or the department covering) its scope.
 * An entry with no access is found by nobody.
 */
public record SearchEntry(String recordType, String recordId, String reference, String title, String text,
                          String link, List<Access> access) {

    public record Access(String permission, Scope scope) {
        public Access {
            Objects.requireNonNull(permission, "permission");
            Objects.requireNonNull(scope, "scope");
        }
    }

    public SearchEntry {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        access = List.copyOf(access);
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("link must be an application path: " + link);
        }
    }

    public static Access access(String permission, Scope scope) {
        return new Access(permission, scope);
    }
}
