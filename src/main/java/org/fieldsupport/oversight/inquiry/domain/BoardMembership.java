package org.fieldsupport.oversight.inquiry.domain;

import java.util.List;
import java.util.Optional;

/** A board has one chair, at least two members and one secretary. */
public final class BoardMembership {

    public enum Role { CHAIR, MEMBER, SECRETARY }

    public record Member(Role role, String name) { }

    private BoardMembership() { }

    /** @return the refusal's message key, empty when the membership is complete */
    public static Optional<String> refusal(List<Member> members) {
        long chairs = members.stream().filter(m -> m.role() == Role.CHAIR).count();
        long ordinary = members.stream().filter(m -> m.role() == Role.MEMBER).count();
        long secretaries = members.stream().filter(m -> m.role() == Role.SECRETARY).count();
        if (chairs != 1) return Optional.of("oversight.board.refused.chair");
        if (ordinary < 2) return Optional.of("oversight.board.refused.members");
        if (secretaries != 1) return Optional.of("oversight.board.refused.secretary");
        return Optional.empty();
    }
}
