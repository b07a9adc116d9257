package org.fieldsupport.lsd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The division's rule parameters as effective-dated rows ({@code lsd_rule_parameter}): a value applies from its date
 * until a later row; rows are added for today or later only, so a record decided earlier keeps the value it was
 * decided with (the modules also store it on the record: the request's cut-off, the case's local limit, the report's
 * late flag, the fuel issue's anomaly flag). Rules read {@link #valueOn} at the record's date (no permission check:
 * the caller checks its user). Reading the list needs the parameter's module read permission; adding a value needs
 * {@link #MANAGE} at department scope; every added value is audited ({@link DataChanged}).
 */
@Service
public class RuleParameters {

    /** Edit the division's rule parameters (the LSD director; administrators hold every permission). */
    public static final String MANAGE = "lsd.parameters.manage";
    static final String ENTITY = "lsd.rule-parameter";

    private final JdbcClient jdbc;
    private final ObjectProvider<RuleParameter.Provider> providers;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;

    RuleParameters(JdbcClient jdbc, ObjectProvider<RuleParameter.Provider> providers, MissionAccess access,
                   ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.access = access;
        this.events = events;
    }

    /** One value from a date, and who set it. */
    public record Value(String name, LocalDate effectiveFrom, BigDecimal value, String changedBy, Instant changedAt) { }

    /** The value in force on {@code on}: the latest row not after it, else the rule set's default. */
    @Transactional(readOnly = true)
    public BigDecimal valueOn(RuleParameter p, LocalDate on) {
        return jdbc.sql("SELECT param_value FROM lsd_rule_parameter WHERE name = ? AND effective_from <= ? "
                        + "ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY")
                .params(p.name(), on).query(BigDecimal.class).optional().orElse(p.defaultValue())
                .setScale(p.scale(), java.math.RoundingMode.HALF_EVEN);
    }

    /** Every declared parameter, by module and name. */
    public List<RuleParameter> all() {
        return providers.orderedStream().flatMap(x -> x.ruleParameters().stream())
                .sorted(Comparator.comparing(RuleParameter::module).thenComparing(RuleParameter::name)).toList();
    }

    /** The parameters the user may read (a holder of {@link #MANAGE} reads all); 403 when none. */
    public List<RuleParameter> readable() {
        boolean manager = mayManage();
        List<RuleParameter> out = all().stream().filter(p -> manager || access.visibleOrNone(p.readPermission())).toList();
        if (out.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("no rule parameter readable");
        }
        return out;
    }

    /** One readable parameter; 404 when unknown or not readable. */
    public RuleParameter readable(String name) {
        return readable().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("rule parameter", name));
    }

    public boolean mayManage() {
        return access.may(MANAGE, null);
    }

    /** The parameter's rows, newest first. */
    @Transactional(readOnly = true)
    public List<Value> values(RuleParameter p) {
        return jdbc.sql("SELECT * FROM lsd_rule_parameter WHERE name = ? ORDER BY effective_from DESC")
                .param(p.name()).query(RuleParameters::map).list().stream()
                .map(v -> new Value(v.name(), v.effectiveFrom(), v.value().setScale(p.scale(), java.math.RoundingMode.HALF_EVEN),
                        v.changedBy(), v.changedAt())).toList();
    }

    /**
     * Sets {@code name} to {@code valueText} from {@code effectiveFromText} (today or later, UTC). The same date again
     * replaces a scheduled (future) value; a value already in force is refused ({@code parameter-in-force}, 422): add
     * one from a later date. Bad input: 400 naming {@code effectiveFrom} or {@code value}.
     */
    @Transactional
    public Value set(String name, String effectiveFromText, String valueText) {
        String user = access.require(MANAGE, null);
        RuleParameter p = all().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("rule parameter", name));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        FieldErrors errors = new FieldErrors();
        LocalDate from = null;
        if (effectiveFromText == null || effectiveFromText.isBlank()) {
            errors.add("effectiveFrom", "Required", "lsd.input.required");
        } else {
            try {
                from = LocalDate.parse(effectiveFromText.strip());
                if (from.isBefore(today)) {
                    errors.add("effectiveFrom", "FutureOrPresent", "lsd.parameter.input.past", today.toString());
                } else if (from.isAfter(today.plusYears(5))) {
                    errors.add("effectiveFrom", "Range", "lsd.parameter.input.far");
                }
            } catch (DateTimeParseException e) {
                errors.add("effectiveFrom", "Type", "lsd.parameter.input.date");
            }
        }
        BigDecimal value = null;
        if (valueText == null || valueText.isBlank()) {
            errors.add("value", "Required", "lsd.input.required");
        } else {
            try {
                value = new BigDecimal(valueText.strip().replace(",", "."));
                if (value.stripTrailingZeros().scale() > p.scale()) {
                    errors.add("value", "Digits", p.scale() == 0 ? "lsd.parameter.input.whole"
                            : "lsd.parameter.input.decimals", p.scale());
                } else if (value.compareTo(p.minimum()) < 0 || value.compareTo(p.maximum()) > 0) {
                    errors.add("value", "Range", "lsd.parameter.input.range", p.minimum().toPlainString(),
                            p.maximum().toPlainString());
                }
            } catch (NumberFormatException e) {
                errors.add("value", "Type", "lsd.parameter.input.number");
            }
        }
        errors.throwIfAny();
        value = value.setScale(p.scale(), java.math.RoundingMode.UNNECESSARY);
        Optional<Value> same = find(p.name(), from);
        if (same.isPresent() && !from.isAfter(today)) {
            throw RuleRefusal.of("lsd", "parameter-in-force", "lsd.parameter.refused.inForce", from.toString());
        }
        Instant now = Instant.now();
        if (same.isPresent()) {
            jdbc.sql("UPDATE lsd_rule_parameter SET param_value = ?, changed_by = ?, changed_at = ? WHERE name = ? "
                    + "AND effective_from = ?").params(value, user, now.atOffset(ZoneOffset.UTC), p.name(), from).update();
        } else {
            jdbc.sql("INSERT INTO lsd_rule_parameter (name, effective_from, param_value, changed_by, changed_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(p.name(), from, value, user, now.atOffset(ZoneOffset.UTC)).update();
        }
        Value stored = find(p.name(), from).orElseThrow();
        String id = p.name() + "@" + from;
        events.publishEvent(same.isPresent() ? DataChanged.updated(ENTITY, id, same.get(), stored)
                : DataChanged.created(ENTITY, id, stored));
        return stored;
    }

    private Optional<Value> find(String name, LocalDate from) {
        return jdbc.sql("SELECT * FROM lsd_rule_parameter WHERE name = ? AND effective_from = ?")
                .params(name, from).query(RuleParameters::map).optional();
    }

    private static Value map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Value(rs.getString("name"), rs.getObject("effective_from", LocalDate.class),
                rs.getBigDecimal("param_value"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
