package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One effective-dated record of a position (who holds it is recorded apart, as incumbencies). */
@Table
public class OrgPosition {

    @Id Long id;
    String code;
    String unitCode;
    String missionCode;
    String titleFr;
    String titleEn;
    String gradeCode;
    boolean isHead;
    String exOfficioOf;
    String paragraph;
    LocalDate validFrom;
    LocalDate validTo;
    @Version Long version;
    String createdBy;
    OffsetDateTime createdAt;
    String modifiedBy;
    OffsetDateTime modifiedAt;

    OrgPosition() { }

    static OrgPosition create(String code, String unitCode, String missionCode, String titleFr, String titleEn,
                           String gradeCode, boolean head, LocalDate validFrom, LocalDate validTo, String by) {
        OrgPosition p = new OrgPosition();
        p.code = code;
        p.unitCode = unitCode;
        p.missionCode = missionCode;
        p.titleFr = titleFr;
        p.titleEn = titleEn;
        p.gradeCode = gradeCode;
        p.isHead = head;
        p.validFrom = validFrom;
        p.validTo = validTo;
        p.createdBy = by;
        p.createdAt = OffsetDateTime.now();
        p.modifiedBy = by;
        p.modifiedAt = p.createdAt;
        return p;
    }

    void touch(String by) {
        modifiedBy = by;
        modifiedAt = OffsetDateTime.now();
    }

    /** What the audit trail records. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("unitCode", unitCode);
        m.put("missionCode", missionCode);
        m.put("titleFr", titleFr);
        m.put("titleEn", titleEn);
        m.put("gradeCode", gradeCode);
        m.put("head", isHead);
        m.put("validFrom", validFrom);
        m.put("validTo", validTo);
        return m;
    }

    public Long version() { return version; }
}
