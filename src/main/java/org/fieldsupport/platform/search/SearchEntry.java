package org.fieldsupport.platform.search;

import java.util.List;
import java.util.Objects;
import org.fieldsupport.platform.security.Scope;

/**
 * One record as search finds it: its reference, title and text (any language), its screen, and who may find it:
 * users holding one of the {@code access} permissions in (a scope equal to, or the department covering) its scope,
 * and the named {@code users} whatever they hold (entry-level access: the addressees of a strictly confidential
 * item, who are its only readers — give such an entry no {@code access} and its addressees as {@code users}).
 * An entry with no access and no users is found by nobody.
 */
public record SearchEntry(String recordType, String recordId, String reference, String title, String text,
                          String link, List<Access> access, List<String> users) {

    /** An entry found through permissions and scopes only. */
    public SearchEntry(String recordType, String recordId, String reference, String title, String text, String link,
                       List<Access> access) {
        this(recordType, recordId, reference, title, text, link, access, List.of());
    }

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
        users = users == null ? List.of() : users.stream().filter(u -> u != null && !u.isBlank()).distinct().toList();
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("link must be an application path: " + link);
        }
    }

    public static Access access(String permission, Scope scope) {
        return new Access(permission, scope);
    }
}
