package org.fieldsupport.organization.delegation.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.organization.ActingOfficers;
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
    private final ActingOfficers acting;

    StructureHolders(OrganizationStructure structure, ActingOfficers acting) {
        this.structure = structure;
        this.acting = acting;
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
        parties.addAll(actingParties(person, date).keySet());
        return parties;
    }

    /**
     * 5.2.c: during an acting arrangement the officer-in-charge stands for the position and for its absent
     * holder, so the holder's delegations (given to the position or to them personally) pass the check.
     */
    @Override
    public Map<Party, String> actingParties(String person, LocalDate date) {
        if (person == null || person.isBlank()) return Map.of();
        Map<Party, String> parties = new LinkedHashMap<>();
        for (ActingOfficers.ActingArrangement a : acting.actingAs(person.strip(), date)) {
            String forWhom = a.positionCode() + (a.holder() == null ? "" : " (" + a.holder().fullName() + ")");
            parties.putIfAbsent(Party.position(a.positionCode()), forWhom);
            if (a.holder() != null) {
                Set<Party> holderIds = new LinkedHashSet<>();
                addIdentifiers(a.holder(), holderIds);
                holderIds.forEach(p -> parties.putIfAbsent(p, forWhom));
            }
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
