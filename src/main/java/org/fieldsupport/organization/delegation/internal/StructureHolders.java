package org.fieldsupport.organization.delegation.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fieldsupport.organization.delegation.domain.Holders;
import org.fieldsupport.organization.delegation.domain.Party;
import org.springframework.stereotype.Component;

/**
 * Who a person stands for on a date. Today: the person under the identifier given. When the
 * organisation structure (persons, positions, incumbencies) is on main, this adds the person's other
 * identifier (username ↔ index number) and the positions they hold on that date.
 */
@Component
class StructureHolders implements Holders {

    @Override
    public Set<Party> partiesOf(String person, LocalDate date) {
        Set<Party> parties = new LinkedHashSet<>();
        if (person != null && !person.isBlank()) {
            parties.add(Party.person(person));
        }
        return parties;
    }
}
