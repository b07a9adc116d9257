package org.fieldsupport.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How other modules tie their procedures to the policy library (procurement procedures, conduct policies, audit
 * guidance...): link a procedure to a policy by the policy's code, then show the policy in force next to the
 * procedure. Links are audited. A link names the procedure by module and a reference the module chooses, e.g.
 * {@code link("DOS-2020.10", "oversight", "boi-convening", "Convening a board of inquiry")}.
 *
 * <pre>{@code
 * policyLinks.linksFor("oversight", "boi-convening")
 *     .forEach(p -> model.addAttribute("policy", p)); // code, titles, version in force, review date
 * }</pre>
 */
public interface PolicyLinks {

    /**
     * Links a procedure to a policy. Idempotent (linking twice keeps one link).
     *
     * @throws org.fieldsupport.platform.api.NotFoundException when no policy has that code
     */
    void link(String policyCode, String module, String procedureRef, String label);

    /** Removes the link if there is one. */
    void unlink(String policyCode, String module, String procedureRef);

    /** The policies linked to a procedure, each with the version in force (if any). */
    List<PolicyReference> linksFor(String module, String procedureRef);

    /** A policy by code, with its version in force (if any). */
    Optional<PolicyReference> policy(String policyCode);

    /**
     * A policy as other modules see it. {@code versionInForce} is null while no version is approved;
     * {@code supersededBy} is the code of the policy that replaced it, or null.
     */
    record PolicyReference(String code, String kind, String titleEn, String titleFr, String ownerUnit,
                           Integer versionInForce, LocalDate effectiveOn, LocalDate reviewOn, String supersededBy) {

        public String title(java.util.Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }
}
