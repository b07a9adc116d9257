package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.UnitSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One effective-dated record of an organisational unit. */
@Table
public class OrgUnit {

    @Id Long id;
    String code;
    UnitKind kind;
    String nameFr;
    String nameEn;
    String parentCode;
    String paragraphs;
    String source;
    LocalDate validFrom;
    LocalDate validTo;
    @Version Long version;
    String createdBy;
    OffsetDateTime createdAt;
    String modifiedBy;
    OffsetDateTime modifiedAt;

    OrgUnit() { }

    static OrgUnit create(String code, UnitKind kind, String nameFr, String nameEn, String parentCode, String paragraphs,
                       LocalDate validFrom, LocalDate validTo, String source, String by) {
        OrgUnit u = new OrgUnit();
        u.code = code;
        u.kind = kind;
        u.nameFr = nameFr;
        u.nameEn = nameEn;
        u.parentCode = parentCode;
        u.paragraphs = paragraphs;
        u.validFrom = validFrom;
        u.validTo = validTo;
        u.source = source;
        u.createdBy = by;
        u.createdAt = OffsetDateTime.now();
        u.modifiedBy = by;
        u.modifiedAt = u.createdAt;
        return u;
    }

    void touch(String by) {
        modifiedBy = by;
        modifiedAt = OffsetDateTime.now();
    }

    UnitSummary summary() {
        return new UnitSummary(code, kind, nameFr, nameEn, parentCode, paragraphs, validFrom, validTo);
    }

    public Long version() { return version; }
}
