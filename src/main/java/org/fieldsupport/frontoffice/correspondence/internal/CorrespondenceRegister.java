package org.fieldsupport.frontoffice.correspondence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.frontoffice.correspondence.domain.Classification;
import org.fieldsupport.frontoffice.correspondence.domain.CorrespondenceStatus;
import org.fieldsupport.frontoffice.correspondence.domain.Lifecycle;
import org.fieldsupport.frontoffice.correspondence.domain.Lifecycle.Move;
import org.fieldsupport.frontoffice.correspondence.domain.RoutingPolicy;
import org.fieldsupport.frontoffice.correspondence.domain.Visibility;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess.UnitReach;
import org.fieldsupport.frontoffice.office.internal.References;
import org.fieldsupport.frontoffice.tasking.internal.TaskBoard;
import org.fieldsupport.organization.Attributions;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.Responsibility;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.attachment.AttachmentPolicy;
import org.fieldsupport.platform.attachment.Attachments;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correspondence register (4.3.c): registers incoming mail and documents for approval, routes them by
 * {@link RoutingPolicy ROUTING-v1}, moves them through drafting, checking and signature, and answers every read
 * under the {@link Visibility classification rule}. An item the user may not see is "not found" (404), never
 * "forbidden", so its existence does not leak.
 */
@Service
public class CorrespondenceRegister {

    static final String ENTITY = "frontoffice.correspondence";
    private static final String SELECT = "SELECT c.id, c.reference, c.kind, c.subject, c.sender, p.code AS partner_code,"
            + " c.received_on, c.due_date, c.classification, c.attribution_id, c.mission_code, c.assigned_unit,"
            + " c.proposed_unit, c.proposed_attribution, c.rule_set, c.status, c.reply_text, c.reply_drafted_by,"
            + " c.checked_by, c.signed_by, c.signed_on, c.outgoing_reference, c.file_name, t.id AS task_id, c.version"
            + " FROM fo_correspondence c"
            + " LEFT JOIN fo_partner p ON p.id = c.partner_id"
            + " LEFT JOIN fo_task t ON t.correspondence_id = c.id";

    private final JdbcClient jdbc;
    private final FrontOfficeAccess access;
    private final References references;
    private final TaskBoard tasks;
    private final Responsibility responsibility;
    private final Attributions attributions;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final ObjectProvider<UserDirectory> users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Workflows workflows;
    private final WorkItems workItems;
    private final Attachments attachments;

    /** What the register accepts as the item's file: scanned PDF, e-mail (.eml) or Outlook message (.msg). */
    static final AttachmentPolicy FILE_POLICY = new AttachmentPolicy(
            Set.of("application/pdf", "message/rfc822", "application/vnd.ms-outlook"), 20L * 1024 * 1024, null);

    /**
     * The item's moves on the platform's workflow kit, built from {@link Lifecycle}: the permission is checked in
     * the scope of the unit holding the item (the department before it is assigned), the kit moves the state with a
     * compare-and-set on {@code status} and {@code version}, logs, audits and closes the item's open work items.
     */
    static final Workflow<Row, CorrespondenceStatus> FLOW = flow();

    private static Workflow<Row, CorrespondenceStatus> flow() {
        var b = Workflow.define(ENTITY, Row.class, CorrespondenceStatus.class)
                .id(Row::id).state(r -> CorrespondenceStatus.valueOf(r.status())).version(Row::version)
                .reference(Row::reference)
                .scope(r -> r.assignedUnit() == null ? Scope.department() : Scope.unit(r.assignedUnit()))
                .storedIn("fo_correspondence", "id", "status", "version")
                .stateLabels("frontoffice.status.")
                .refusedKey("frontoffice.correspondence.moveRefused");
        Map<Move, String> permissions = Map.of(Move.CONFIRM_ROUTING, FrontOfficeAccess.CORRESPONDENCE_REGISTER,
                Move.DRAFT_REPLY, FrontOfficeAccess.CORRESPONDENCE_DRAFT, Move.CHECK, FrontOfficeAccess.CORRESPONDENCE_CHECK,
                Move.RETURN, FrontOfficeAccess.CORRESPONDENCE_CHECK, Move.SIGN, FrontOfficeAccess.CORRESPONDENCE_SIGN,
                Move.CLOSE, FrontOfficeAccess.CORRESPONDENCE_REGISTER);
        for (Move m : Move.values()) {
            b.transition(Lifecycle.action(m), java.util.EnumSet.copyOf(Lifecycle.from(m)), Lifecycle.to(m),
                    permissions.get(m), t -> t.label("frontoffice.action." + Lifecycle.action(m)));
        }
        return b.build();
    }

    CorrespondenceRegister(JdbcClient jdbc, FrontOfficeAccess access, References references, TaskBoard tasks,
                           Responsibility responsibility, Attributions attributions, Missions missions,
                           OrganizationStructure structure, ObjectProvider<UserDirectory> users,
                           ApplicationEventPublisher events, ObjectProvider<Clock> clock, Workflows workflows,
                           WorkItems workItems, Attachments attachments) {
        this.attachments = attachments;
        this.workflows = workflows;
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.access = access;
        this.references = references;
        this.tasks = tasks;
        this.responsibility = responsibility;
        this.attributions = attributions;
        this.missions = missions;
        this.structure = structure;
        this.users = users;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() { return LocalDate.now(clock); }

    // ------------------------------------------------------------------ registration (ROUTING-v1)

    @Transactional
    public CorrespondenceItem register(NewCorrespondence cmd) {
        access.requireDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_REGISTER);
        FieldErrors errors = new FieldErrors();
        String kind = cmd.kind() == null || cmd.kind().isBlank() ? "INCOMING" : cmd.kind().strip().toUpperCase(Locale.ROOT);
        if (!Set.of("INCOMING", "FOR_APPROVAL").contains(kind)) {
            errors.add("kind", "OneOf", "frontoffice.error.kind");
        }
        if (cmd.subject() == null || cmd.subject().isBlank()) {
            errors.add("subject", "NotBlank", "frontoffice.error.required");
        } else if (cmd.subject().length() > 500) {
            errors.add("subject", "Size", "frontoffice.error.tooLong", 500);
        }
        if (cmd.from() == null || cmd.from().isBlank()) {
            errors.add("from", "NotBlank", "frontoffice.error.required");
        } else if (cmd.from().length() > 300) {
            errors.add("from", "Size", "frontoffice.error.tooLong", 300);
        }
        if (cmd.receivedOn() == null) {
            errors.add("receivedOn", "NotNull", "frontoffice.error.required");
        } else if (cmd.receivedOn().isAfter(today())) {
            errors.add("receivedOn", "PastOrPresent", "frontoffice.error.future");
        }
        if (cmd.dueDate() == null) {
            errors.add("dueDate", "NotNull", "frontoffice.error.required");
        } else if (cmd.receivedOn() != null && cmd.dueDate().isBefore(cmd.receivedOn())) {
            errors.add("dueDate", "AfterReceived", "frontoffice.error.dueBeforeReceived");
        }
        Classification classification = Classification.UNCLASSIFIED;
        if (cmd.classification() != null && !cmd.classification().isBlank()) {
            try {
                classification = Classification.valueOf(cmd.classification().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("classification", "OneOf", "frontoffice.error.classification");
            }
        }
        Set<String> addressees = new LinkedHashSet<>();
        if (cmd.addressees() != null) {
            for (String a : cmd.addressees()) {
                if (a == null || a.isBlank()) continue;
                String u = a.strip().toLowerCase(Locale.ROOT);
                UserDirectory directory = users.getIfAvailable();
                if (directory != null && directory.find(u).isEmpty()) {
                    errors.add("addressees", "UnknownUser", "frontoffice.error.unknownUser", u);
                }
                addressees.add(u);
            }
        }
        if (classification == Classification.STRICTLY_CONFIDENTIAL && addressees.isEmpty()) {
            errors.add("addressees", "NotEmpty", "frontoffice.error.addresseesRequired");
        }
        String mission = blankToNull(cmd.missionCode());
        if (mission != null) {
            mission = mission.toUpperCase(Locale.ROOT);
            if (missions.find(mission).isEmpty()) {
                errors.add("missionCode", "UnknownMission", "frontoffice.error.unknownMission", mission);
            }
        }
        String attribution = blankToNull(cmd.attributionId());
        if (attribution != null && attributions.find(attribution).isEmpty()) {
            errors.add("attributionId", "UnknownAttribution", "frontoffice.error.unknownAttribution", attribution);
        }
        Long partnerId = null;
        if (blankToNull(cmd.partnerCode()) != null) {
            partnerId = jdbc.sql("SELECT id FROM fo_partner WHERE code = ?").param(cmd.partnerCode().strip())
                    .query(Long.class).optional().orElse(null);
            if (partnerId == null) {
                errors.add("partnerCode", "UnknownPartner", "frontoffice.error.unknownPartner", cmd.partnerCode());
            }
        }
        errors.throwIfAny();

        RoutingPolicy.Outcome outcome = RoutingPolicy.route(attribution, cmd.subject(), mission, lookup());
        String status;
        String assigned = null;
        String proposedUnit = null;
        String proposedAttribution = null;
        if (outcome instanceof RoutingPolicy.Assigned a) {
            status = CorrespondenceStatus.ASSIGNED.name();
            assigned = a.unitCode();
        } else if (outcome instanceof RoutingPolicy.ToConfirm t) {
            status = CorrespondenceStatus.TO_CONFIRM.name();
            proposedUnit = t.proposal().unitCode();
            proposedAttribution = t.proposal().attributionId();
        } else {
            RoutingPolicy.Unroutable u = (RoutingPolicy.Unroutable) outcome;
            if (u.reason() == RoutingPolicy.Reason.NO_HOLDER) {
                throw new BusinessRuleException("frontoffice.routing.noHolder", u.detail());
            }
            // nothing matched the text: the clerk picks the unit
            status = CorrespondenceStatus.TO_CONFIRM.name();
        }
        String reference = references.next("DFS-IN", cmd.receivedOn());
        String user = access.user();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO fo_correspondence (reference, kind, subject, sender, partner_id, received_on, due_date,
                  classification, attribution_id, mission_code, assigned_unit, proposed_unit, proposed_attribution,
                  rule_set, status, subject_search, version, created_by, created_at, modified_by, modified_at)
                VALUES (:reference, :kind, :subject, :sender, :partner, :received, :due, :classification, :attribution,
                  :mission, :assigned, :proposedUnit, :proposedAttribution, :ruleSet, :status, :search, 0, :user, :now,
                  :user, :now)""")
                .param("reference", reference).param("kind", kind).param("subject", cmd.subject().strip())
                .param("sender", cmd.from().strip()).param("partner", partnerId).param("received", cmd.receivedOn())
                .param("due", cmd.dueDate()).param("classification", classification.name())
                .param("attribution", attribution).param("mission", mission).param("assigned", assigned)
                .param("proposedUnit", proposedUnit).param("proposedAttribution", proposedAttribution)
                .param("ruleSet", RoutingPolicy.RULE_SET).param("status", status)
                .param("search", searchText(reference, cmd.subject(), cmd.from()))
                .param("user", user).param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (String a : addressees) {
            jdbc.sql("INSERT INTO fo_correspondence_addressee (correspondence_id, username) VALUES (?, ?)")
                    .params(id, a).update();
        }
        if (assigned != null) {
            tasks.queueTask(id, reference, queueTitle(reference, cmd.subject(), classification), assigned, mission,
                    cmd.dueDate());
        }
        Row row = row(id);
        openWorkItem(row);
        events.publishEvent(DataChanged.created(ENTITY, id, auditView(row)));
        return toItem(row, List.copyOf(addressees));
    }

    private RoutingPolicy.Lookup lookup() {
        return new RoutingPolicy.Lookup() {
            @Override
            public Optional<String> unitFor(String attributionId, String missionCode) {
                return responsibility.forAttribution(attributionId, missionCode, null)
                        .flatMap(a -> Optional.ofNullable(a.unit())).map(u -> u.code());
            }

            @Override
            public List<RoutingPolicy.Candidate> candidatesFor(String text, String missionCode) {
                return responsibility.forText(text, missionCode, null).stream()
                        .map(a -> new RoutingPolicy.Candidate(a.attribution().id(),
                                a.unit() == null ? null : a.unit().code()))
                        .toList();
            }
        };
    }

    static String queueTitle(String reference, String subject, Classification classification) {
        return switch (classification) {
            case UNCLASSIFIED -> "Reply: " + subject.strip();
            case CONFIDENTIAL -> "Reply to " + reference + " (confidential)";
            case STRICTLY_CONFIDENTIAL -> "Reply to " + reference + " (strictly confidential)";
        };
    }

    private static String searchText(String reference, String subject, String from) {
        String s = (reference + " " + subject + " " + from).toLowerCase(Locale.ROOT);
        return s.length() > 1200 ? s.substring(0, 1200) : s;
    }

    // ------------------------------------------------------------------ moves

    /** The registry clerk confirms the proposed unit, or routes the item to another one. */
    @Transactional
    public CorrespondenceItem confirmRouting(long id, String unitCode) {
        Row before = visibleRow(id);
        access.requireDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_REGISTER);
        String unit = blankToNull(unitCode) == null ? before.proposedUnit() : unitCode.strip();
        if (unit == null) {
            throw new org.fieldsupport.platform.api.InvalidInputException(List.of(new FieldErrors.FieldError(
                    "unitCode", "NotBlank", "frontoffice.error.required", null)));
        }
        if (structure.unit(unit, today()).isEmpty()) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("unitCode", "UnknownUnit",
                    "frontoffice.error.unknownUnit", unit);
        }
        perform(before, Move.CONFIRM_ROUTING);
        jdbc.sql("UPDATE fo_correspondence SET assigned_unit = ?, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(unit, access.user(), OffsetDateTime.now(clock), id).update();
        if (before.taskId() == null) {
            tasks.queueTask(id, before.reference(), queueTitle(before.reference(), before.subject(),
                    Classification.valueOf(before.classification())), unit, before.missionCode(), before.dueDate());
        } else {
            tasks.reassign(before.taskId(), unit);
        }
        return audited(before);
    }

    @Transactional
    public CorrespondenceItem draftReply(long id, String text) {
        Row before = visibleRow(id);
        if (text == null || text.isBlank()) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("text", "NotBlank", "frontoffice.error.required");
        }
        perform(before, Move.DRAFT_REPLY);
        jdbc.sql("UPDATE fo_correspondence SET reply_text = ?, reply_drafted_by = ?, modified_by = ?, modified_at = ?"
                        + " WHERE id = ?")
                .params(text.strip(), access.user(), access.user(), OffsetDateTime.now(clock), id).update();
        return audited(before);
    }

    @Transactional
    public CorrespondenceItem check(long id) {
        Row before = visibleRow(id);
        perform(before, Move.CHECK);
        jdbc.sql("UPDATE fo_correspondence SET checked_by = ?, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(access.user(), access.user(), OffsetDateTime.now(clock), id).update();
        return audited(before);
    }

    @Transactional
    public CorrespondenceItem returnToUnit(long id) {
        Row before = visibleRow(id);
        perform(before, Move.RETURN);
        jdbc.sql("UPDATE fo_correspondence SET checked_by = NULL, modified_by = ?, modified_at = ? WHERE id = ?")
                .params(access.user(), OffsetDateTime.now(clock), id).update();
        return audited(before);
    }

    @Transactional
    public CorrespondenceItem sign(long id) {
        Row before = visibleRow(id);
        perform(before, Move.SIGN);
        String outgoing = references.next("DFS-OUT", today());
        jdbc.sql("UPDATE fo_correspondence SET signed_by = ?, signed_on = ?, outgoing_reference = ?, modified_by = ?,"
                        + " modified_at = ? WHERE id = ?")
                .params(access.user(), today(), outgoing, access.user(), OffsetDateTime.now(clock), id).update();
        if (before.taskId() != null) {
            tasks.closeQueueTask(before.taskId(), true);
        }
        return audited(before);
    }

    @Transactional
    public CorrespondenceItem close(long id) {
        Row before = visibleRow(id);
        perform(before, Move.CLOSE);
        if (before.taskId() != null) {
            tasks.closeQueueTask(before.taskId(), false);
        }
        return audited(before);
    }

    /** The move on the workflow kit (403 / 409 / 422 as the kit answers), then the next work item. */
    private void perform(Row before, Move move) {
        workflows.perform(FLOW, before, Lifecycle.action(move), TransitionInput.none());
        Row after = row(before.id());
        openWorkItem(after);
    }

    /**
     * The work item the item's new state asks for (the kit closed the previous one): the holding unit drafts the
     * reply by the due date, the front office checks it, the principal signs it, the registry confirms a proposed
     * routing. A classified item's work items name its reference only; a strictly confidential item's go to its
     * addressees, the only people who may open it.
     */
    private void openWorkItem(Row r) {
        CorrespondenceStatus status = CorrespondenceStatus.valueOf(r.status());
        String titleKey;
        Assignee assignee;
        switch (status) {
            case TO_CONFIRM -> { titleKey = "frontoffice.work.confirm"; assignee = Assignee.role("REGISTRY_CLERK", Scope.department()); }
            case ASSIGNED -> { titleKey = "frontoffice.work.reply"; assignee = r.assignedUnit() == null ? null : Assignee.unit(r.assignedUnit()); }
            case REPLY_DRAFTED -> { titleKey = "frontoffice.work.check"; assignee = Assignee.role("FRONT_OFFICE_OFFICER", Scope.department()); }
            case CHECKED -> { titleKey = "frontoffice.work.sign"; assignee = Assignee.role("FRONT_OFFICE_PRINCIPAL", Scope.department()); }
            default -> { return; }
        }
        String link = "/frontoffice/correspondence/" + r.id();
        if (Classification.STRICTLY_CONFIDENTIAL.name().equals(r.classification())) {
            for (String addressee : addressees(r.id())) {
                workItems.open(NewWorkItem.of(ENTITY, r.id(), r.reference(), link, Assignee.user(addressee), r.dueDate(),
                        titleKey, r.reference()));
            }
        } else if (assignee != null) {
            workItems.open(NewWorkItem.of(ENTITY, r.id(), r.reference(), link, assignee, r.dueDate(), titleKey,
                    r.reference()));
        }
    }

    @Transactional
    public void attachFile(long id, String name, String type, byte[] content) {
        Row before = visibleRow(id);
        access.requireDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_REGISTER);
        if (content == null || content.length == 0) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("file", "NotEmpty", "frontoffice.error.required");
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".pdf") || lower.endsWith(".eml") || lower.endsWith(".msg"))) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("file", "FileType", "frontoffice.error.fileType");
        }
        // the file goes to the platform's attachments kit (type decided from the bytes, SHA-256, audited uploads and
        // downloads); the register keeps only the name to show, and files stored in file_content before stay readable
        attachments.attach(ENTITY, String.valueOf(id), name, type, content, FILE_POLICY);
        jdbc.sql("UPDATE fo_correspondence SET file_name = ?, file_type = NULL, file_content = NULL, version = version + 1,"
                        + " modified_by = ?, modified_at = ? WHERE id = ?")
                .params(name, access.user(), OffsetDateTime.now(clock), id).update();
        audited(before);
    }

    public record StoredFile(String name, String type, byte[] content) { }

    @Transactional
    public StoredFile file(long id) {
        visibleRow(id);
        var kept = attachments.list(ENTITY, String.valueOf(id));
        if (!kept.isEmpty()) {
            var download = attachments.download(ENTITY, String.valueOf(id), kept.get(kept.size() - 1).id());
            return new StoredFile(download.attachment().fileName(), download.attachment().contentType(), download.content());
        }
        // an item whose file was attached before the kit was used: the register's own column
        return jdbc.sql("SELECT file_name, file_type, file_content FROM fo_correspondence WHERE id = ? AND file_name IS NOT NULL")
                .param(id).query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new NotFoundException("file", id));
    }

    /** Whether the signed-in user may see the item (the kit's attachment endpoints ask, {@code CorrespondenceFiles}). */
    @Transactional(readOnly = true)
    public boolean visible(long id) {
        try {
            visibleRow(id);
            return true;
        } catch (NotFoundException hidden) {
            return false;
        }
    }

    /** Whether the signed-in user may add a file to the item (sees it and registers correspondence department-wide). */
    @Transactional(readOnly = true)
    public boolean mayAttach(long id) {
        return visible(id) && access.mayDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_REGISTER);
    }

    private CorrespondenceItem audited(Row before) {
        Row after = row(before.id());
        events.publishEvent(DataChanged.updated(ENTITY, before.id(), auditView(before), auditView(after)));
        return toItem(after, addressees(before.id()));
    }

    /** What the audit trail keeps: never the subject, sender or reply of a strictly confidential item. */
    static Map<String, Object> auditView(Row r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("reference", r.reference());
        m.put("classification", r.classification());
        m.put("status", r.status());
        m.put("assignedUnit", r.assignedUnit());
        m.put("dueDate", r.dueDate());
        m.put("outgoingReference", r.outgoingReference());
        if (!Classification.STRICTLY_CONFIDENTIAL.name().equals(r.classification())) {
            m.put("subject", r.subject());
            m.put("from", r.sender());
            m.put("attributionId", r.attributionId());
            m.put("missionCode", r.missionCode());
        }
        return m;
    }

    // ------------------------------------------------------------------ reads

    record Row(long id, String reference, String kind, String subject, String sender, String partnerCode,
               LocalDate receivedOn, LocalDate dueDate, String classification, String attributionId,
               String missionCode, String assignedUnit, String proposedUnit, String proposedAttribution,
               String ruleSet, String status, String replyText, String replyDraftedBy, String checkedBy,
               String signedBy, LocalDate signedOn, String outgoingReference, String fileName, Long taskId,
               Long version) { }

    private Row row(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("correspondence", id));
    }

    private boolean isAddressee(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM fo_correspondence_addressee WHERE correspondence_id = ? AND username = ?")
                .params(id, access.user()).query(Long.class).single() > 0;
    }

    private List<String> addressees(long id) {
        return jdbc.sql("SELECT username FROM fo_correspondence_addressee WHERE correspondence_id = ? ORDER BY username")
                .param(id).query(String.class).list();
    }

    /** The row when the signed-in user may see it; 404 otherwise (whether it exists or not). */
    private Row visibleRow(long id) {
        Row row = jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("correspondence", id));
        String user = access.user();
        UnitReach read = access.reach(FrontOfficeAccess.CORRESPONDENCE_READ);
        UnitReach confidential = access.reach(FrontOfficeAccess.CORRESPONDENCE_CONFIDENTIAL);
        if (!Visibility.canSee(Classification.valueOf(row.classification()), row.assignedUnit(),
                Set.copyOf(addressees(id)), user, read::covers, confidential::covers)) {
            throw new NotFoundException("correspondence", id);
        }
        return row;
    }

    @Transactional(readOnly = true)
    public CorrespondenceItem get(long id) {
        Row row = visibleRow(id);
        return toItem(row, addressees(id));
    }

    @Transactional(readOnly = true)
    public Optional<CorrespondenceItem> byReference(String reference) {
        Long id = jdbc.sql("SELECT id FROM fo_correspondence WHERE reference = ?").param(reference)
                .query(Long.class).optional().orElse(null);
        if (id == null) return Optional.empty();
        try {
            return Optional.of(get(id));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    /** Filters of the register's list. */
    public record Filter(String q, String status, String unit, String classification, boolean overdueOnly) { }

    /**
     * A page and the number of matching items, counted exactly up to {@link #COUNT_CAP} items past the page's start
     * ({@code totalCapped} when there are more): counting all 500,000 items of the register on every page was the
     * slowest part of the list (docs/performance/frontoffice.md).
     */
    public record Page(List<CorrespondenceItem> items, long total, boolean totalCapped) {
        public Page(List<CorrespondenceItem> items, long total) { this(items, total, false); }
    }

    /** How far past the page's start the list counts matching items. */
    public static final int COUNT_CAP = 10_000;

    @Transactional(readOnly = true)
    public Page list(Filter filter, long offset, int size, String orderBy) {
        StringBuilder where = new StringBuilder(" WHERE ");
        Map<String, Object> params = new java.util.HashMap<>();
        where.append(visibilityClause(params));
        if (filter != null) {
            if (blankToNull(filter.q()) != null) {
                where.append(" AND c.subject_search LIKE :q");
                params.put("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (blankToNull(filter.status()) != null) {
                where.append(" AND c.status = :status");
                params.put("status", filter.status().strip().toUpperCase(Locale.ROOT));
            }
            if (blankToNull(filter.unit()) != null) {
                where.append(" AND c.assigned_unit = :unit");
                params.put("unit", filter.unit().strip());
            }
            if (blankToNull(filter.classification()) != null) {
                where.append(" AND c.classification = :classification");
                params.put("classification", filter.classification().strip().toUpperCase(Locale.ROOT));
            }
            if (filter.overdueOnly()) {
                where.append(" AND c.due_date < :today AND c.status NOT IN ('SIGNED', 'CLOSED')");
                params.put("today", today());
            }
        }
        long cap = offset + size + COUNT_CAP;
        long total = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM fo_correspondence c" + where + " LIMIT :cap) counted")
                .params(params).param("cap", cap + 1).query(Long.class).single();
        boolean capped = total > cap;
        List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY " + (orderBy == null ? "c.received_on DESC, c.id DESC" : orderBy)
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", offset).query(Row.class).list();
        Map<Long, List<String>> addressees = addresseesOf(rows.stream().map(Row::id).toList());
        List<CorrespondenceItem> items = new ArrayList<>();
        for (Row r : rows) {
            items.add(toItem(r, addressees.getOrDefault(r.id(), List.of())));
        }
        return new Page(items, capped ? cap : total, capped);
    }

    /** Open and overdue items about a mission that the user may see (the mission page's panel). */
    @Transactional(readOnly = true)
    public long[] openForMission(String mission) {
        Map<String, Object> params = new java.util.HashMap<>();
        String clause = visibilityClause(params) + " AND c.mission_code = :mission AND c.status NOT IN ('SIGNED', 'CLOSED')";
        params.put("mission", mission);
        long open = jdbc.sql("SELECT COUNT(*) FROM fo_correspondence c WHERE " + clause).params(params).query(Long.class).single();
        params.put("today", today());
        long overdue = jdbc.sql("SELECT COUNT(*) FROM fo_correspondence c WHERE " + clause + " AND c.due_date < :today")
                .params(params).query(Long.class).single();
        return new long[] {open, overdue};
    }

    /** Counts by status of what the user may see (dashboard card). */
    @Transactional(readOnly = true)
    public Map<String, Long> countsByStatus() {
        Map<String, Object> params = new java.util.HashMap<>();
        String clause = visibilityClause(params);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (CorrespondenceStatus s : CorrespondenceStatus.values()) counts.put(s.name(), 0L);
        jdbc.sql("SELECT c.status, COUNT(*) FROM fo_correspondence c WHERE " + clause + " GROUP BY c.status")
                .params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        params.put("today", today());
        counts.put("OVERDUE", jdbc.sql("SELECT COUNT(*) FROM fo_correspondence c WHERE " + clause
                + " AND c.due_date < :today AND c.status NOT IN ('SIGNED', 'CLOSED')").params(params)
                .query(Long.class).single());
        return counts;
    }

    /** The classification rule in SQL (same as {@link Visibility#canSee}). */
    private String visibilityClause(Map<String, Object> params) {
        params.put("viewer", access.user());
        UnitReach read = access.reach(FrontOfficeAccess.CORRESPONDENCE_READ);
        UnitReach confidential = access.reach(FrontOfficeAccess.CORRESPONDENCE_CONFIDENTIAL);
        if (read.all() && confidential.all()) {
            return "(c.classification <> 'STRICTLY_CONFIDENTIAL' OR c.id IN (SELECT a.correspondence_id"
                    + " FROM fo_correspondence_addressee a WHERE a.username = :viewer))";
        }
        return "(EXISTS (SELECT 1 FROM fo_correspondence_addressee a WHERE a.correspondence_id = c.id"
                + " AND a.username = :viewer)"
                + " OR (c.classification = 'CONFIDENTIAL' AND " + unitClause(confidential, "confUnits", params) + ")"
                + " OR (c.classification = 'UNCLASSIFIED' AND " + unitClause(read, "readUnits", params) + "))";
    }

    private static String unitClause(UnitReach reach, String name, Map<String, Object> params) {
        if (reach.all()) return "1 = 1";
        if (reach.units().isEmpty()) return "1 = 0";
        params.put(name, List.copyOf(reach.units()));
        return "c.assigned_unit IN (:" + name + ")";
    }

    private Map<Long, List<String>> addresseesOf(List<Long> ids) {
        Map<Long, List<String>> map = new java.util.HashMap<>();
        if (ids.isEmpty()) return map;
        jdbc.sql("SELECT correspondence_id, username FROM fo_correspondence_addressee WHERE correspondence_id IN (:ids)"
                        + " ORDER BY username")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return map;
    }

    private CorrespondenceItem toItem(Row r, List<String> addressees) {
        return new CorrespondenceItem(r.id(), r.reference(), r.kind(), r.subject(), r.sender(), r.partnerCode(),
                r.receivedOn(), r.dueDate(), r.classification(), r.attributionId(), r.missionCode(), r.assignedUnit(),
                r.proposedUnit(), r.proposedAttribution(), r.ruleSet(), r.status(),
                Lifecycle.overdue(CorrespondenceStatus.valueOf(r.status()), r.dueDate(), today()), r.replyText(),
                r.replyDraftedBy(), r.checkedBy(), r.signedBy(), r.signedOn(), r.outgoingReference(), r.fileName(),
                addressees, r.taskId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
