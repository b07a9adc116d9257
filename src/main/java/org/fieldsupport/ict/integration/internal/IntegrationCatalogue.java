package org.fieldsupport.ict.integration.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.workflow.StaleTransitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration catalogue (9.4.c, 9.4.d): interfaces between systems — source, target, protocol, owner unit, data
 * exchanged, frequency, status. Kept by ICTD headquarters; the platform's own interfaces are listed apart, generated
 * ({@link PlatformInterfaces}).
 */
@Service
public class IntegrationCatalogue {

    static final Set<String> PROTOCOLS = Set.of("REST", "SOAP", "SFTP", "DATABASE", "MESSAGING", "EMAIL", "MANUAL");
    static final Set<String> FREQUENCIES = Set.of("REAL_TIME", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "ON_DEMAND");
    static final Set<String> STATUSES = Set.of("PLANNED", "LIVE", "DEPRECATED", "RETIRED");

    public record Interface(long id, String code, String sourceSystem, String targetSystem, String protocol,
                            String ownerUnit, String dataExchanged, String frequency, String status, String notes,
                            long version) { }

    public record InterfaceInput(String code, String sourceSystem, String targetSystem, String protocol, String ownerUnit,
                                 String dataExchanged, String frequency, String status, String notes, Long version) { }

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final OrganizationStructure structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntegrationCatalogue(JdbcClient jdbc, IctAccess access, OrganizationStructure structure, ApplicationEventPublisher events,
                         ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.structure = structure;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    static final String SELECT = "SELECT id, code, source_system, target_system, protocol, owner_unit, data_exchanged,"
            + " frequency, status, notes, version FROM ict_interface";

    @Transactional(readOnly = true)
    public List<Interface> list(String system, String status) {
        access.requireAnywhere(IctAccess.INTEGRATION_READ);
        String sys = system == null || system.isBlank() ? null : system.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql(SELECT + " ORDER BY code").query(Interface.class).list().stream()
                .filter(i -> sys == null || i.sourceSystem().toLowerCase(Locale.ROOT).contains(sys)
                        || i.targetSystem().toLowerCase(Locale.ROOT).contains(sys))
                .filter(i -> status == null || status.isBlank() || i.status().equalsIgnoreCase(status.strip()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Interface one(String code) {
        access.requireAnywhere(IctAccess.INTEGRATION_READ);
        return jdbc.sql(SELECT + " WHERE code = ?").param(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .query(Interface.class).optional().orElseThrow(() -> new NotFoundException("interface", code));
    }

    @Transactional
    public Interface create(InterfaceInput in) {
        access.requireDepartment(IctAccess.INTEGRATION_MANAGE);
        String code = in.code() == null ? "" : in.code().strip().toUpperCase(Locale.ROOT);
        IctFieldErrors errors = validate(in);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) errors.add("code", "Pattern", "ict.error.code");
        else if (jdbc.sql("SELECT COUNT(*) FROM ict_interface WHERE code = ?").param(code).query(Long.class).single() > 0) {
            errors.add("code", "Unique", "ict.error.duplicate", code);
        }
        errors.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO ict_interface (code, source_system, target_system, protocol, owner_unit, data_exchanged, frequency,"
                        + " status, notes, version, created_by, created_at, modified_by, modified_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")
                .params(code, in.sourceSystem().strip(), in.targetSystem().strip(), up(in.protocol()), in.ownerUnit().strip(),
                        in.dataExchanged().strip(), up(in.frequency()), status(in), in.notes(), access.user(), now,
                        access.user(), now)
                .update();
        Interface i = one(code);
        events.publishEvent(DataChanged.created("ict.interface", i.id(), i));
        return i;
    }

    @Transactional
    public Interface update(String code, InterfaceInput in) {
        access.requireDepartment(IctAccess.INTEGRATION_MANAGE);
        Interface before = one(code);
        IctFieldErrors errors = validate(in);
        errors.throwIfAny();
        long expected = in.version() == null ? before.version() : in.version();
        int n = jdbc.sql("UPDATE ict_interface SET source_system = ?, target_system = ?, protocol = ?, owner_unit = ?,"
                        + " data_exchanged = ?, frequency = ?, status = ?, notes = ?, version = version + 1, modified_by = ?,"
                        + " modified_at = ? WHERE id = ? AND version = ?")
                .params(in.sourceSystem().strip(), in.targetSystem().strip(), up(in.protocol()), in.ownerUnit().strip(),
                        in.dataExchanged().strip(), up(in.frequency()), status(in), in.notes(), access.user(),
                        OffsetDateTime.now(clock), before.id(), expected)
                .update();
        if (n == 0) throw new StaleTransitionException(before.status(), before.version());
        Interface after = one(code);
        events.publishEvent(DataChanged.updated("ict.interface", before.id(), before, after));
        return after;
    }

    private static String up(String s) { return s == null ? "" : s.strip().toUpperCase(Locale.ROOT); }

    private static String status(InterfaceInput in) { return in.status() == null ? "LIVE" : up(in.status()); }

    private IctFieldErrors validate(InterfaceInput in) {
        IctFieldErrors errors = new IctFieldErrors();
        if (in.sourceSystem() == null || in.sourceSystem().isBlank()) errors.add("sourceSystem", "NotBlank", "ict.error.required");
        if (in.targetSystem() == null || in.targetSystem().isBlank()) errors.add("targetSystem", "NotBlank", "ict.error.required");
        if (!PROTOCOLS.contains(up(in.protocol()))) errors.add("protocol", "OneOf", "ict.error.oneOf", String.join(", ", PROTOCOLS.stream().sorted().toList()));
        if (!FREQUENCIES.contains(up(in.frequency()))) errors.add("frequency", "OneOf", "ict.error.oneOf", String.join(", ", FREQUENCIES.stream().sorted().toList()));
        if (!STATUSES.contains(status(in))) errors.add("status", "OneOf", "ict.error.oneOf", String.join(", ", STATUSES.stream().sorted().toList()));
        if (in.dataExchanged() == null || in.dataExchanged().isBlank()) errors.add("dataExchanged", "NotBlank", "ict.error.required");
        if (in.ownerUnit() == null || structure.unit(in.ownerUnit().strip(), null).isEmpty()) {
            errors.add("ownerUnit", "UnknownUnit", "ict.error.unknownUnit", String.valueOf(in.ownerUnit()));
        }
        return errors;
    }
}
