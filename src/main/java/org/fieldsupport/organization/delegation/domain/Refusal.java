package org.fieldsupport.organization.delegation.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A refusal: the reason and the arguments of its message (values, never localized text). */
public record Refusal(RefusalReason reason, List<Object> args) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Refusal of(RefusalReason reason, Object... args) {
        return new Refusal(reason, Arrays.asList(args));
    }

    public String messageKey() { return reason.messageKey(); }
}
