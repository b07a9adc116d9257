package org.fieldsupport.organization.delegation.web;

import java.time.LocalDate;
import java.util.Locale;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How the screens name parties and authority types ({@code @delegationLabels} in templates). */
@Component("delegationLabels")
public class DelegationLabels {

    private final OrganizationStructure structure;
    private final MessageSource messages;

    DelegationLabels(OrganizationStructure structure, MessageSource messages) {
        this.structure = structure;
        this.messages = messages;
    }

    /** "Chief, MOU and Claims Management Section (DFS-MCMS-HEAD)" or "Kwame Asante (claims.certifier)". */
    public String party(String kind, String key, Locale locale) {
        if (key == null) {
            return "";
        }
        try {
            if ("POSITION".equals(kind)) {
                return structure.position(key, LocalDate.now())
                        .map(p -> p.title(locale) + " (" + key + ")").orElse(key);
            }
            return structure.person(key).map(PersonSummary::fullName).map(n -> n + " (" + key + ")").orElse(key);
        } catch (RuntimeException e) {
            return key;
        }
    }

    /** The incumbent of a position today, or empty. */
    public String incumbent(String kind, String key) {
        if (!"POSITION".equals(kind) || key == null) {
            return "";
        }
        return structure.position(key, LocalDate.now()).map(PositionSummary::incumbent)
                .map(PersonSummary::fullName).orElse("");
    }

    public String authority(String code, Locale locale) {
        return code == null ? "" : messages.getMessage("org.authority." + code, null, code, locale);
    }
}
