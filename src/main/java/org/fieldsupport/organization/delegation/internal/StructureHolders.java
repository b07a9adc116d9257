package org.fieldsupport.organization.delegation.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.delegation.domain.Holders;
import org.fieldsupport.organization.delegation.domain.Party;
import org.springframework.stereotype.Component;

/**
 * Who a person stands for on a date, from the organisation structure: the person under every
 * identifier they have (as given, platform username, index number) and each position they hold that
 * day (incumbency, including positions held ex officio).
 */
@Component
class StructureHolders implements Holders {

    private final OrganizationStructure structure;

    StructureHolders(OrganizationStructure structure) {
        this.structure = structure;
    }

    @Override
    public Set<Party> partiesOf(String person, LocalDate date) {
        Set<Party> parties = new LinkedHashSet<>();
        if (person == null || person.isBlank()) {
            return parties;
        }
        parties.add(Party.person(person));
        structure.person(person.strip()).ifPresent(p -> addIdentifiers(p, parties));
        for (PositionSummary position : structure.positionsHeldBy(person.strip(), date)) {
            parties.add(Party.position(position.code()));
        }
        return parties;
    }

    private static void addIdentifiers(PersonSummary p, Set<Party> parties) {
        if (p.username() != null && !p.username().isBlank()) {
            parties.add(Party.person(p.username()));
        }
        if (p.indexNumber() != null && !p.indexNumber().isBlank()) {
            parties.add(Party.person(p.indexNumber()));
        }
    }
}
