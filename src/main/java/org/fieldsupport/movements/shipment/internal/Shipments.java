package org.fieldsupport.movements.shipment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.movements.internal.MovementsPermissions;
import org.fieldsupport.movements.shipment.domain.ShipmentRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.attachment.Attachments;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments to a mission with their transport document (bill of lading by sea, air waybill by air, consignment note by
 * road: {@link ShipmentRules}) and their customs clearance. The customs documents (declaration, exemption certificate,
 * packing list) are attachments of the platform's kit on the shipment ({@code movements.shipment}, see
 * {@link ShipmentFiles}); a shipment is cleared only with its customs reference and at least one document attached
 * ({@code customs-document-missing} otherwise), then delivered — both moves through the workflow kit
 * ({@link #FLOW}), each opening the next work item for the mission's movement control officers.
 */
@Service
public class Shipments {

    public static final String ENTITY = "movements.shipment";

    public enum Status { IN_TRANSIT, CLEARED, DELIVERED }

    public static final Workflow<Shipment, Status> FLOW = Workflow.define(ENTITY, Shipment.class, Status.class)
            .id(Shipment::id).state(s -> Status.valueOf(s.status())).version(Shipment::version)
            .reference(Shipment::reference).scope(s -> Scope.mission(s.missionCode()))
            .storedIn("mov_shipment", "id", "status", "version")
            .stateLabels("movements.shipment.status.")
            .transition("clear", Status.IN_TRANSIT, Status.CLEARED, MovementsPermissions.MANAGE,
                    t -> t.requires("customsReference").label("movements.shipment.clear"))
            .transition("deliver", Status.CLEARED, Status.DELIVERED, MovementsPermissions.MANAGE,
                    t -> t.label("movements.shipment.deliver"))
            .build();

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems work;
    private final Attachments attachments;

    Shipments(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
              WorkItems work, Attachments attachments) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
        this.attachments = attachments;
    }

    public record NewShipment(String missionCode, String mode, String documentNumber, String carrier, String origin,
                              String destination, LocalDate shippedOn, Integer pieces, BigDecimal weightKg,
                              String description) { }

    /** {@code version}: the shipment's version the user saw (optional; 409 when it moved since). */
    public record Clearance(String customsReference, Long version) { }

    public record Shipment(long id, String reference, String missionCode, String mode, String documentType,
                           String documentNumber, String carrier, String origin, String destination,
                           LocalDate shippedOn, int pieces, BigDecimal weightKg, String description,
                           String customsReference, String status, int documents, long version) { }

    @Transactional
    public Shipment record(NewShipment s) {
        access.requireSomewhere(MovementsPermissions.MANAGE);
        if (s == null) {
            throw InvalidInputException.of("missionCode", "Required", "lsd.input.required");
        }
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", s.missionCode());
        Checks.oneOf(errors, "mode", s.mode(), ShipmentRules.DOCUMENT_FOR_MODE.keySet());
        String documentType = s.mode() == null ? null : ShipmentRules.DOCUMENT_FOR_MODE.get(s.mode());
        String number = ShipmentRules.normalise(documentType, s.documentNumber());
        if (s.documentNumber() == null || s.documentNumber().isBlank()) {
            errors.add("documentNumber", "Required", "lsd.input.required");
        } else if (documentType != null && number == null) {
            errors.add("documentNumber", "Format", "movements.input.document." + documentType);
        }
        Checks.required(errors, "carrier", s.carrier());
        Checks.required(errors, "origin", s.origin());
        Checks.required(errors, "destination", s.destination());
        Checks.required(errors, "shippedOn", s.shippedOn());
        if (s.shippedOn() != null && s.shippedOn().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            errors.add("shippedOn", "PastOrPresent", "lsd.input.past");
        }
        Checks.positive(errors, "pieces", s.pieces());
        if (s.weightKg() == null || s.weightKg().signum() <= 0) {
            errors.add("weightKg", "Positive", "lsd.input.positive");
        }
        Checks.required(errors, "description", s.description());
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.MANAGE, mission);
        return recordAs(user, mission, s, documentType, number);
    }

    @Transactional
    public Shipment recordAs(String user, String mission, NewShipment s) {
        String type = ShipmentRules.DOCUMENT_FOR_MODE.get(s.mode());
        return recordAs(user, mission, s, type, ShipmentRules.normalise(type, s.documentNumber()));
    }

    private Shipment recordAs(String user, String mission, NewShipment s, String documentType, String number) {
        if (jdbc.sql("SELECT COUNT(*) FROM mov_shipment WHERE document_type = ? AND document_number = ?")
                .params(documentType, number).query(Long.class).single() > 0) {
            throw InvalidInputException.of("documentNumber", "Unique", "movements.input.document.taken");
        }
        String reference = "SHP-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mov_shipment (reference, mission_code, mode, document_type, document_number, carrier, origin,
                    destination, shipped_on, pieces, weight_kg, description, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IN_TRANSIT', ?, ?)""")
                .params(reference, mission, s.mode(), documentType, number, s.carrier().strip(), s.origin().strip(),
                        s.destination().strip(), s.shippedOn(), s.pieces(), s.weightKg().setScale(1, RoundingMode.HALF_EVEN),
                        s.description().strip(), user, OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(ENTITY, id, s));
        work.open(NewWorkItem.of(ENTITY, id, reference, "/movements/shipments/" + id,
                Assignee.role(MovementsPermissions.ROLE_MOVCON, Scope.mission(mission)), s.shippedOn().plusDays(30),
                "movements.work.clear", reference, number));
        return shipment(id);
    }

    /** Customs clearance: the customs reference and at least one customs document attached (422 otherwise). */
    @Transactional
    public Shipment clear(long id, Clearance c) {
        Shipment s = shipment(id);
        String customs = c == null || c.customsReference() == null ? null : c.customsReference().strip();
        if (customs != null && (customs.isEmpty() || customs.length() > 40)) {
            access.require(MovementsPermissions.MANAGE, s.missionCode());
            throw InvalidInputException.of("customsReference", "Size", "movements.input.customsReference");
        }
        if (s.documents() == 0 && "IN_TRANSIT".equals(s.status())) {
            access.require(MovementsPermissions.MANAGE, s.missionCode());
            throw new RuleRefusal("customs-document-missing", "movements.refused.customsDocument", s.reference());
        }
        Flows.perform(workflows, FLOW, s, "clear", TransitionInput.of("customsReference", customs)
                .with("note", customs).expectingVersion(c == null ? null : c.version()), "movements.refused.transition");
        jdbc.sql("UPDATE mov_shipment SET customs_reference = ? WHERE id = ?").params(customs, id).update();
        work.open(NewWorkItem.of(ENTITY, id, s.reference(), "/movements/shipments/" + id,
                Assignee.role(MovementsPermissions.ROLE_MOVCON, Scope.mission(s.missionCode())),
                LocalDate.now(ZoneOffset.UTC).plusDays(7), "movements.work.deliver", s.reference(), s.destination()));
        return shipment(id);
    }

    @Transactional
    public Shipment deliver(long id, Long version) {
        Shipment s = shipment(id);
        Flows.perform(workflows, FLOW, s, "deliver", TransitionInput.none().expectingVersion(version),
                "movements.refused.transition");
        return shipment(id);
    }

    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Shipment s) {
        return workflows.actions(FLOW, s);
    }

    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long id) {
        shipment(id);
        return workflows.history(ENTITY, id);
    }

    @Transactional(readOnly = true)
    public Shipment shipment(long id) {
        Shipment s = jdbc.sql("SELECT * FROM mov_shipment WHERE id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("shipment", id));
        if (!access.may(MovementsPermissions.READ, s.missionCode())) {
            throw new NotFoundException("shipment", id);
        }
        return s;
    }

    @Transactional(readOnly = true)
    public List<Shipment> list(String mission) {
        List<Object> params = new ArrayList<>();
        String where = access.listFilter("mission_code", MovementsPermissions.READ, mission, params);
        return jdbc.sql("SELECT * FROM mov_shipment WHERE " + where + " ORDER BY shipped_on DESC, id DESC LIMIT 200")
                .params(params).query(this::map).list();
    }

    /** The mission of a shipment (attachments' access), when it exists. */
    java.util.Optional<String> missionOf(long id) {
        return jdbc.sql("SELECT mission_code FROM mov_shipment WHERE id = ?").param(id).query(String.class).optional();
    }

    private Shipment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new Shipment(id, rs.getString("reference"), rs.getString("mission_code"), rs.getString("mode"),
                rs.getString("document_type"), rs.getString("document_number"), rs.getString("carrier"),
                rs.getString("origin"), rs.getString("destination"), rs.getObject("shipped_on", LocalDate.class),
                rs.getInt("pieces"), rs.getBigDecimal("weight_kg"), rs.getString("description"),
                rs.getString("customs_reference"), rs.getString("status"),
                attachments.list(ENTITY, String.valueOf(id)).size(), rs.getLong("version"));
    }
}
