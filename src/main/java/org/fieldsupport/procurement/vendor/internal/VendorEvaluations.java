package org.fieldsupport.procurement.vendor.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.procurement.contract.internal.Contracts;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vendor performance evaluations, one per delivered call-off (quality, timeliness, compliance, each 1–5). */
@Service("procurementVendorEvaluations")
public class VendorEvaluations {

    private final JdbcClient jdbc;
    private final Contracts contracts;
    private final ProcurementAccess access;
    private final ApplicationEventPublisher events;

    VendorEvaluations(JdbcClient jdbc, Contracts contracts, ProcurementAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.access = access;
        this.events = events;
    }

    public record VendorScore(String vendor, long evaluations, BigDecimal quality, BigDecimal timeliness,
                              BigDecimal compliance) { }

    @Transactional
    public Contracts.CallOff evaluate(String callOffRef, Integer quality, Integer timeliness, Integer compliance,
                                      String comments) {
        Contracts.CallOff c = contracts.callOff(callOffRef);
        FieldErrors errors = new FieldErrors();
        score(quality, "quality", errors);
        score(timeliness, "timeliness", errors);
        score(compliance, "compliance", errors);
        if (comments != null && comments.length() > 2000) {
            errors.add("comments", "Size", "procurement.field.tooLong", 2000);
        }
        errors.throwIfAny();
        String user = access.require(ProcurementPermissions.EVALUATE, c.missionCode());
        if (!"DELIVERED".equals(c.status())) {
            throw RuleRefusal.of("procurement", "not-delivered", "procurement.refusal.not-delivered", callOffRef);
        }
        if (c.evaluation() != null) {
            throw RuleRefusal.of("procurement", "already-evaluated", "procurement.refusal.already-evaluated", callOffRef);
        }
        record(c.id(), quality, timeliness, compliance, comments, user);
        return contracts.callOff(callOffRef);
    }

    /** Records an evaluation without checks (demo data). */
    @Transactional
    public void record(long callOffId, int quality, int timeliness, int compliance, String comments, String user) {
        jdbc.sql("INSERT INTO proc_vendor_evaluation (call_off_id, quality, timeliness, compliance, comments, evaluated_by, "
                        + "evaluated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(callOffId, quality, timeliness, compliance, comments, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        events.publishEvent(DataChanged.created("procurement.vendor-evaluation", callOffId,
                Map.of("quality", quality, "timeliness", timeliness, "compliance", compliance)));
    }

    /** Average scores by vendor. */
    public List<VendorScore> scores() {
        return jdbc.sql("""
                SELECT k.vendor, COUNT(*) AS n, AVG(CAST(e.quality AS NUMERIC(9,4))) AS q,
                       AVG(CAST(e.timeliness AS NUMERIC(9,4))) AS t, AVG(CAST(e.compliance AS NUMERIC(9,4))) AS c
                FROM proc_vendor_evaluation e JOIN proc_call_off o ON o.id = e.call_off_id
                JOIN proc_contract k ON k.id = o.contract_id GROUP BY k.vendor ORDER BY k.vendor""")
                .query((rs, n) -> new VendorScore(rs.getString(1), rs.getLong(2), one(rs.getBigDecimal(3)),
                        one(rs.getBigDecimal(4)), one(rs.getBigDecimal(5)))).list();
    }

    private static BigDecimal one(BigDecimal d) {
        return d == null ? null : d.setScale(1, RoundingMode.HALF_EVEN);
    }

    private static void score(Integer s, String field, FieldErrors errors) {
        if (s == null) {
            errors.add(field, "NotNull", "procurement.field.required");
        } else if (s < 1 || s > 5) {
            errors.add(field, "Range", "procurement.evaluation.score");
        }
    }
}
