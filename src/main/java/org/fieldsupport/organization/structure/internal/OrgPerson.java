package org.fieldsupport.organization.structure.internal;

import java.time.OffsetDateTime;
import org.fieldsupport.organization.PersonSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
public class OrgPerson {

    @Id Long id;
    String indexNumber;
    String fullName;
    String email;
    String username;
    @Version Long version;
    String createdBy;
    OffsetDateTime createdAt;
    String modifiedBy;
    OffsetDateTime modifiedAt;

    OrgPerson() { }

    static OrgPerson create(String indexNumber, String fullName, String email, String username, String by) {
        OrgPerson p = new OrgPerson();
        p.indexNumber = indexNumber;
        p.fullName = fullName;
        p.email = email;
        p.username = username;
        p.createdBy = by;
        p.createdAt = OffsetDateTime.now();
        p.modifiedBy = by;
        p.modifiedAt = p.createdAt;
        return p;
    }

    PersonSummary summary() {
        return new PersonSummary(id, indexNumber, fullName, email, username);
    }
}
