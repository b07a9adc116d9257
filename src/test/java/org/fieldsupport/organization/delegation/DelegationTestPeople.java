package org.fieldsupport.organization.delegation;

import java.util.UUID;
import org.fieldsupport.organization.structure.internal.StructureEditing;

/** Makes a fresh person of the organisation (unique username) for a test. */
public final class DelegationTestPeople {

    private DelegationTestPeople() { }

    public static String newPerson(StructureEditing editing, String prefix) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String username = prefix + "." + suffix;
        editing.createPerson(new StructureEditing.PersonForm("T" + suffix, "Test " + prefix + " " + suffix,
                null, username));
        return username;
    }
}
