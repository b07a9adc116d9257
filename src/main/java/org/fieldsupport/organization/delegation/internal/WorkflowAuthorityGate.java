package org.fieldsupport.organization.delegation.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.platform.workflow.AuthorityGate;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.springframework.stereotype.Component;

/**
 * The delegation register answering the platform workflow kit's authority checks (the platform cannot call the
 * organisation: it defines {@link AuthorityGate}, the organisation implements it).
 */
@Component
class WorkflowAuthorityGate implements AuthorityGate {

    private final DelegationsOfAuthority delegations;

    WorkflowAuthorityGate(DelegationsOfAuthority delegations) {
        this.delegations = delegations;
    }

    @Override
    public Verdict check(String username, String authorityType, AuthorityRequirement.Subject subject) {
        return verdict(delegations.check(question(username, authorityType, subject)));
    }

    @Override
    public Verdict checkAndRecordUse(String username, String authorityType, AuthorityRequirement.Subject subject,
                                     String purpose, String reference) {
        return verdict(delegations.checkAndRecordUse(question(username, authorityType, subject), purpose, reference));
    }

    private static AuthorityCheck question(String username, String authorityType, AuthorityRequirement.Subject s) {
        return new AuthorityCheck(username, authorityType, s.mission(), s.amount(), s.currency(), s.grade(), null);
    }

    private static Verdict verdict(AuthorityDecision decision) {
        if (decision instanceof AuthorityDecision.Refused refused) {
            return Verdict.refused(refused.messageKey(), refused.args());
        }
        List<DelegationLink> chain = decision.chain();
        Long used = chain.isEmpty() ? null : chain.get(chain.size() - 1).id();
        return Verdict.allowed(used, chain.stream().map(l -> String.valueOf(l.id())).collect(Collectors.joining(">")));
    }
}
