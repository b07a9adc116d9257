package org.fieldsupport.claims.inspection.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.claims.inspection.domain.InspectionType;
import org.fieldsupport.claims.inspection.internal.InspectionStore.AttachmentInfo;
import org.fieldsupport.claims.inspection.internal.InspectionStore.Finding;
import org.fieldsupport.claims.inspection.internal.InspectionStore.Head;
import org.fieldsupport.claims.inspection.internal.InspectionStore.Inspection;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.claims.shared.internal.CoeClock;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.attachment.Attachment;
import org.fieldsupport.platform.attachment.AttachmentPolicy;
import org.fieldsupport.platform.attachment.Attachments;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of a contingent: recorded as a DRAFT (type, date, per MOU line the quantity found and serviceable,
 * per contributor-provided self-sustainment category the rating), edited while a draft, then signed by the
 * inspector (the signed-in user holding {@code claims.verification.submit} for the mission) and the contingent
 * commander (name, rank, date; not a system user). Signed inspections are never edited nor discarded; a draft
 * may be discarded with its findings and attachments. An inspection reports on the lines and categories of the MOU
 * version in force on its date. Attachments (PDF, JPEG, PNG up to {@code fsp.claims.attachments.max-bytes}) are
 * kept by the platform kit ({@code platform.attachment}: type decided by content, SHA-256, downloads audited).
 */
@Service
public class InspectionService {

    private final InspectionStore store;
    private final ClaimsAccess access;
    private final CoeClock clock;
    private final ApplicationEventPublisher events;
    private final long maxAttachmentBytes;
    private final Attachments attachments;

    InspectionService(InspectionStore store, ClaimsAccess access, CoeClock clock, ApplicationEventPublisher events,
                      @Value("${fsp.claims.attachments.max-bytes:10485760}") long maxAttachmentBytes,
                      Attachments attachments) {
        this.attachments = attachments;
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.events = events;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** A line's finding as entered (either value may be missing: reported as a field error). */
    public record LineInput(String line, Integer found, Integer serviceable) { }

    public record RatingInput(String category, String rating) { }

    public record InspectionInput(String type, LocalDate inspectedOn, String remarks, List<LineInput> equipment,
                                  List<RatingInput> ratings, Long version) { }

    public record SignatureInput(String commanderName, String commanderRank, LocalDate commanderSignedOn, Long version) { }

    /** The contingent, readable by its mission's claims staff and its own Member State's portal users. */
    public Head contingentForRead(long contingentId) {
        Head head = store.head(contingentId).orElseThrow(() -> new NotFoundException("contingent", contingentId));
        access.requireRead(head.missionCode(), head.memberState());
        return head;
    }

    public Head contingentForWrite(long contingentId) {
        Head head = store.head(contingentId).orElseThrow(() -> new NotFoundException("contingent", contingentId));
        access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(head.missionCode()));
        return head;
    }

    public boolean mayRecord(Head head) {
        return access.may(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(head.missionCode()));
    }

    public List<Inspection> list(long contingentId) {
        contingentForRead(contingentId);
        return store.list(contingentId);
    }

    public Inspection inspection(long contingentId, long inspectionId) {
        contingentForRead(contingentId);
        return load(contingentId, inspectionId);
    }

    private Inspection load(long contingentId, long inspectionId) {
        return store.find(inspectionId).filter(i -> i.contingentId() == contingentId)
                .orElseThrow(() -> new NotFoundException("inspection", inspectionId));
    }

    /** The MOU lines an inspection of that date reports on (the version in force on its date). */
    public List<InspectionStore.MouLine> mouLines(long contingentId, LocalDate on) {
        return store.mouLines(contingentId, on);
    }

    /** The contributor-provided self-sustainment categories an inspection of that date rates. */
    public List<String> ratedCategories(long contingentId, LocalDate on) {
        return store.ratedCategories(contingentId, on);
    }

    /** The MOU version whose lines and categories an inspection of that date reports on (empty: none took effect). */
    public java.util.Optional<InspectionStore.MouVersion> mouVersion(long contingentId, LocalDate on) {
        return store.versionInForce(contingentId, on);
    }

    /** Validates without saving (a screen reports every field in error at once, its own parse errors included). */
    public void check(long contingentId, InspectionInput input) {
        validate(contingentForWrite(contingentId), input);
    }

    @Transactional
    public Inspection record(long contingentId, InspectionInput input) {
        Head head = contingentForWrite(contingentId);
        Valid valid = validate(head, input);
        String user = access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(head.missionCode()));
        OffsetDateTime now = clock.now();
        long id = store.insertDraft(contingentId, valid.type(), input.inspectedOn(), valid.remarks(), user, now);
        store.replaceFindings(id, valid.findings(), valid.ratings());
        Inspection saved = load(contingentId, id);
        events.publishEvent(DataChanged.created("claims.inspection", id, snapshot(saved)));
        return saved;
    }

    @Transactional
    public Inspection update(long contingentId, long inspectionId, InspectionInput input) {
        Head head = contingentForWrite(contingentId);
        Inspection before = load(contingentId, inspectionId);
        requireDraft(before);
        Valid valid = validate(head, input);
        String user = access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(head.missionCode()));
        long expected = input.version() == null ? before.version() : input.version();
        if (!store.updateDraft(inspectionId, expected, valid.type(), input.inspectedOn(), valid.remarks(), user,
                clock.now())) {
            throw new OptimisticLockingFailureException("inspection " + inspectionId + " changed meanwhile");
        }
        store.replaceFindings(inspectionId, valid.findings(), valid.ratings());
        Inspection after = load(contingentId, inspectionId);
        events.publishEvent(DataChanged.updated("claims.inspection", inspectionId, snapshot(before), snapshot(after)));
        return after;
    }

    @Transactional
    public Inspection sign(long contingentId, long inspectionId, SignatureInput input) {
        Head head = contingentForWrite(contingentId);
        Inspection before = load(contingentId, inspectionId);
        requireDraft(before);
        FieldErrors errors = new FieldErrors();
        String name = text(input.commanderName());
        String rank = text(input.commanderRank());
        if (name == null) {
            errors.add("commanderName", "Required", "claims.input.required");
        } else if (name.length() > 100) {
            errors.add("commanderName", "Size", "claims.inspection.input.tooLong", 100);
        }
        if (rank == null) {
            errors.add("commanderRank", "Required", "claims.input.required");
        } else if (rank.length() > 60) {
            errors.add("commanderRank", "Size", "claims.inspection.input.tooLong", 60);
        }
        LocalDate today = clock.today();
        if (input.commanderSignedOn() == null) {
            errors.add("commanderSignedOn", "Required", "claims.input.required");
        } else if (input.commanderSignedOn().isBefore(before.inspectedOn())) {
            errors.add("commanderSignedOn", "NotBeforeInspection", "claims.inspection.input.signedBeforeInspection",
                    before.inspectedOn());
        } else if (input.commanderSignedOn().isAfter(today)) {
            errors.add("commanderSignedOn", "NotInFuture", "claims.inspection.input.future");
        }
        errors.throwIfAny();
        if (before.equipment().isEmpty() && before.ratings().isEmpty()) {
            throw new BusinessRuleException("claims.inspection.refused.empty");
        }
        String inspector = access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(head.missionCode()));
        long expected = input.version() == null ? before.version() : input.version();
        if (!store.sign(inspectionId, expected, inspector, clock.now(), name, rank, input.commanderSignedOn())) {
            throw new OptimisticLockingFailureException("inspection " + inspectionId + " changed meanwhile");
        }
        Inspection after = load(contingentId, inspectionId);
        events.publishEvent(DataChanged.updated("claims.inspection", inspectionId, snapshot(before), snapshot(after)));
        return after;
    }

    /**
     * Discards a DRAFT: its findings, ratings and attachments are deleted with it, and the audit trail keeps what
     * it held. A signed inspection is the basis of payment and is never discarded. {@code version} (optional)
     * is the version the user saw.
     */
    @Transactional
    public Head discard(long contingentId, long inspectionId, Long version) {
        Head head = contingentForWrite(contingentId);
        Inspection before = load(contingentId, inspectionId);
        if (!before.draft()) {
            throw new BusinessRuleException("claims.inspection.refused.discardSigned", before.id());
        }
        long expected = version == null ? before.version() : version;
        if (!store.deleteDraft(inspectionId, expected)) {
            throw new OptimisticLockingFailureException("inspection " + inspectionId + " changed meanwhile");
        }
        Map<String, Object> snapshot = snapshot(before);
        snapshot.put("attachments", before.attachments().stream().map(a -> Map.of("fileName", a.fileName(),
                "contentType", a.contentType(), "size", a.size(), "sha256", a.sha256())).toList());
        events.publishEvent(DataChanged.deleted("claims.inspection", inspectionId, snapshot));
        return head;
    }

    /** Attachments are evidence: added to drafts and signed inspections alike, never replaced nor removed. */
    @Transactional
    public AttachmentInfo attach(long contingentId, long inspectionId, String fileName, String declaredType,
                                 byte[] content) {
        Head head = contingentForWrite(contingentId);
        load(contingentId, inspectionId);
        access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(head.missionCode()));
        Attachment saved = attachments.attach(InspectionStore.ATTACHMENT_RECORD, String.valueOf(inspectionId),
                fileName, declaredType, content, new AttachmentPolicy(AttachmentPolicy.DOCUMENTS_AND_PHOTOS,
                        maxAttachmentBytes, "claims.attachment.input"));
        return store.attachment(inspectionId, saved.id()).orElseThrow();
    }

    public record Download(AttachmentInfo info, byte[] content) { }

    public Download download(long contingentId, long inspectionId, long attachmentId) {
        contingentForRead(contingentId);
        load(contingentId, inspectionId);
        AttachmentInfo info = store.attachment(inspectionId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        Attachments.Download file = attachments.download(InspectionStore.ATTACHMENT_RECORD,
                String.valueOf(inspectionId), attachmentId);   // recorded and audited by the kit
        return new Download(info, file.content());
    }

    private static void requireDraft(Inspection inspection) {
        if (!inspection.draft()) {
            throw new BusinessRuleException("claims.inspection.refused.signed", inspection.id());
        }
    }

    private record Valid(InspectionType type, String remarks, List<Finding> findings, Map<String, Rating> ratings) { }

    private Valid validate(Head head, InspectionInput input) {
        FieldErrors errors = new FieldErrors();
        InspectionType type = null;
        if (text(input.type()) == null) {
            errors.add("type", "Required", "claims.input.required");
        } else {
            try {
                type = InspectionType.valueOf(input.type().strip());
            } catch (IllegalArgumentException e) {
                errors.add("type", "OneOf", "claims.input.oneOf", String.join(", ",
                        java.util.Arrays.stream(InspectionType.values()).map(Enum::name).toList()));
            }
        }
        LocalDate today = clock.today();
        if (input.inspectedOn() == null) {
            errors.add("inspectedOn", "Required", "claims.input.required");
        } else if (input.inspectedOn().isBefore(head.deployedOn())) {
            errors.add("inspectedOn", "NotBeforeDeployment", "claims.inspection.input.beforeDeployment",
                    head.deployedOn());
        } else if (input.inspectedOn().isAfter(today)) {
            errors.add("inspectedOn", "NotInFuture", "claims.inspection.input.future");
        }
        String remarks = text(input.remarks());
        if (remarks != null && remarks.length() > 2000) {
            errors.add("remarks", "Size", "claims.inspection.input.tooLong", 2000);
        }
        LocalDate on = input.inspectedOn() == null ? today : input.inspectedOn();
        Set<String> lines = new HashSet<>();
        store.mouLines(head.id(), on).forEach(l -> lines.add(l.line()));
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LineInput l : input.equipment() == null ? List.<LineInput>of() : input.equipment()) {
            String line = text(l.line());
            String field = "equipment[" + (line == null ? "" : line) + "]";
            if (line == null || !lines.contains(line)) {
                errors.add(field + ".line", "InMou", "claims.input.line.unknown", line == null ? "" : line);
                continue;
            }
            if (!seen.add(line)) {
                errors.add(field + ".line", "Unique", "claims.input.duplicate", line);
                continue;
            }
            if (l.found() == null && l.serviceable() == null) {
                continue; // not inspected: the line is not covered by this inspection
            }
            boolean ok = true;
            if (l.found() == null) {
                errors.add(field + ".found", "Required", "claims.input.required");
                ok = false;
            } else if (l.found() < 0) {
                errors.add(field + ".found", "PositiveOrZero", "claims.input.negative");
                ok = false;
            }
            if (l.serviceable() == null) {
                errors.add(field + ".serviceable", "Required", "claims.input.required");
                ok = false;
            } else if (l.serviceable() < 0) {
                errors.add(field + ".serviceable", "PositiveOrZero", "claims.input.negative");
                ok = false;
            } else if (l.found() != null && l.found() >= 0 && l.serviceable() > l.found()) {
                errors.add(field + ".serviceable", "NotAboveFound", "claims.inspection.input.serviceableAboveFound",
                        l.found());
                ok = false;
            }
            if (ok) {
                findings.add(new Finding(line, l.found(), l.serviceable()));
            }
        }
        List<String> categories = store.ratedCategories(head.id(), on);
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (RatingInput r : input.ratings() == null ? List.<RatingInput>of() : input.ratings()) {
            String category = text(r.category());
            String field = "ratings[" + (category == null ? "" : category) + "]";
            if (category == null || !categories.contains(category)) {
                errors.add(field + ".category", "InMou", "claims.inspection.input.category", category == null ? "" : category);
                continue;
            }
            if (ratings.containsKey(category)) {
                errors.add(field + ".category", "Unique", "claims.input.duplicate", category);
                continue;
            }
            if (text(r.rating()) == null) {
                continue; // not rated by this inspection
            }
            try {
                ratings.put(category, Rating.valueOf(r.rating().strip()));
            } catch (IllegalArgumentException e) {
                errors.add(field + ".rating", "OneOf", "claims.input.oneOf", String.join(", ",
                        java.util.Arrays.stream(Rating.values()).map(Enum::name).toList()));
            }
        }
        errors.throwIfAny();
        return new Valid(type, remarks, findings, ratings);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> snapshot(Inspection i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contingent", i.contingentId());
        m.put("type", i.type().name());
        m.put("inspectedOn", i.inspectedOn().toString());
        m.put("status", i.status().name());
        m.put("equipment", i.equipment().stream().map(f -> f.line() + ":" + f.found() + "/" + f.serviceable()).toList());
        m.put("ratings", i.ratings().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
        if (i.commander() != null) {
            m.put("inspector", i.inspector());
            m.put("commander", i.commander() + " (" + i.commanderRank() + ") " + i.commanderSignedOn());
        }
        return m;
    }
}
