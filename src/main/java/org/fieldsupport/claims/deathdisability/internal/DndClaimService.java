package org.fieldsupport.claims.deathdisability.internal;

import static org.fieldsupport.claims.deathdisability.domain.DndClaim.Status.CERTIFIED;
import static org.fieldsupport.claims.deathdisability.domain.DndClaim.Status.INFORMATION_REQUESTED;
import static org.fieldsupport.claims.deathdisability.domain.DndClaim.Status.PAID;
import static org.fieldsupport.claims.deathdisability.domain.DndClaim.Status.RECEIVED;
import static org.fieldsupport.claims.deathdisability.domain.DndClaim.Status.REJECTED;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.report.internal.ClaimsService;
import org.fieldsupport.claims.rules.domain.Compensation;
import org.fieldsupport.claims.rules.domain.DeathAndDisability;
import org.fieldsupport.claims.rules.domain.IncompleteInputException;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.MoneyInput;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AuthorityRequirement.Subject;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Death-and-disability claims: intake, the processing workflow, reading with Member State scoping. The amount
 * is computed by the current rule set at certification (standard amount in force on the incident date) and
 * stored; it does not change when the rate table changes later.
 */
@Service
public class DndClaimService {

    static final String ENTITY = "claims.dnd-claim";

    /**
     * The processing workflow on the platform kit: who may move a claim (claims staff of its mission), from where
     * to where, under which delegation. The amount rules of a payment stay in {@link DndClaim#pay}.
     */
    static final Workflow<DndClaim, DndClaim.Status> FLOW = Workflow.define(ENTITY, DndClaim.class, DndClaim.Status.class)
            .id(DndClaim::id).state(DndClaim::status).version(DndClaim::version).reference(DndClaim::reference)
            .scope(c -> Scope.mission(c.missionCode()))
            .storedIn("claims_dnd_claim", "id", "status", "version")
            .stateLabels("claims.dnd.status.")
            .refusedKey("claims.dnd.refused.transition")
            .transition("request-information", RECEIVED, INFORMATION_REQUESTED, ClaimsPermissions.DND_MANAGE)
            .transition("resume", INFORMATION_REQUESTED, RECEIVED, ClaimsPermissions.DND_MANAGE)
            .transition("certify", RECEIVED, CERTIFIED, ClaimsPermissions.DND_MANAGE, t -> t
                    .authority(ClaimsService.CLAIM_CERTIFICATION,
                            (c, in) -> Subject.of(in.decimal("amount"), "USD", c.missionCode())))
            // treasury records the payment, never the claims officer who certified (segregation of duties)
            .transition("pay", CERTIFIED, PAID, ClaimsPermissions.PAYMENTS_RECORD)
            .transition("reject", Workflow.anyOf(RECEIVED, INFORMATION_REQUESTED), REJECTED,
                    ClaimsPermissions.DND_MANAGE, t -> t.requires("reason"))
            .build();

    /** Days a certified claim has to be paid (the work item's due date). */
    static final int PAYMENT_DAYS = 30;
    /** Days a Member State has to answer a request for information. */
    static final int INFORMATION_DAYS = 30;

    private final DndClaimStore store;
    private final ContingentData rates;
    private final RuleSets ruleSets;
    private final ClaimsAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems workItems;
    private final SearchIndex search;
    private final ReferenceNumbers referenceNumbers;
    private final ReferenceData reference;
    private final Missions missions;

    DndClaimService(DndClaimStore store, ContingentData rates, RuleSets ruleSets, ClaimsAccess access,
                    ApplicationEventPublisher events, Workflows workflows, WorkItems workItems, SearchIndex search,
                    ReferenceNumbers referenceNumbers, ReferenceData reference, Missions missions) {
        this.workflows = workflows;
        this.workItems = workItems;
        this.search = search;
        this.reference = reference;
        this.missions = missions;
        this.referenceNumbers = referenceNumbers;
        this.store = store;
        this.rates = rates;
        this.ruleSets = ruleSets;
        this.access = access;
        this.events = events;
    }

    /** A claim as received (from the Member State's note verbale). */
    public record NewClaim(String memberState, String missionCode, String memberName, String memberNumber,
                           LocalDate incidentDate, String kind, Integer impairmentPercent,
                           String boardOfInquiryReference, LocalDate receivedOn) { }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Field errors of an intake (the same checks for the API and the screen). */
    public static FieldErrors check(NewClaim c) {
        FieldErrors errors = new FieldErrors();
        if (c.memberState() == null || !c.memberState().matches("[A-Z]{3}")) {
            errors.add("memberState", "Iso3", "claims.dnd.input.memberState");
        }
        required(errors, "missionCode", c.missionCode());
        required(errors, "memberName", c.memberName());
        required(errors, "memberNumber", c.memberNumber());
        maxLength(errors, "missionCode", c.missionCode(), 20);
        maxLength(errors, "memberName", c.memberName(), 200);
        maxLength(errors, "memberNumber", c.memberNumber(), 60);
        maxLength(errors, "boardOfInquiryReference", c.boardOfInquiryReference(), 100);
        if (c.incidentDate() == null) {
            errors.add("incidentDate", "Required", "claims.input.required");
        } else if (c.incidentDate().isAfter(today())) {
            errors.add("incidentDate", "PastOrPresent", "claims.dnd.input.future");
        }
        DeathAndDisability.Kind kind = null;
        if (c.kind() == null || c.kind().isBlank()) {
            errors.add("kind", "Required", "claims.input.required");
        } else {
            try {
                kind = DeathAndDisability.Kind.valueOf(c.kind());
            } catch (IllegalArgumentException e) {
                errors.add("kind", "OneOf", "claims.dnd.input.kind");
            }
        }
        if (kind == DeathAndDisability.Kind.DEATH && c.impairmentPercent() != null) {
            errors.add("impairmentPercent", "Null", "claims.dnd.input.impairment.death");
        } else if (kind == DeathAndDisability.Kind.DISABILITY && (c.impairmentPercent() == null
                || c.impairmentPercent() < 1 || c.impairmentPercent() > 100)) {
            errors.add("impairmentPercent", "Range", "claims.input.impairment.range");
        }
        if (c.receivedOn() != null && c.receivedOn().isAfter(today())) {
            errors.add("receivedOn", "PastOrPresent", "claims.dnd.input.future");
        } else if (c.receivedOn() != null && c.incidentDate() != null && c.receivedOn().isBefore(c.incidentDate())) {
            errors.add("receivedOn", "AfterIncident", "claims.dnd.input.receivedBeforeIncident");
        }
        return errors;
    }

    /** The Member State and the mission against reference data (issue 9 item 5): no claim for ZZZ or NOPE. */
    private void checkReferences(NewClaim c, FieldErrors errors) {
        if (c.memberState() != null && c.memberState().matches("[A-Z]{3}")) {
            var country = reference.country(c.memberState());
            if (country.isEmpty() || !country.get().unMemberState()) {
                errors.add("memberState", "UnknownMemberState", "claims.mou.input.memberState.unknown",
                        c.memberState());
            }
        }
        if (c.missionCode() != null && !c.missionCode().isBlank() && c.missionCode().strip().length() <= 20
                && missions.find(c.missionCode().strip()).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "claims.mou.input.mission.unknown", c.missionCode().strip());
        }
    }

    private static void maxLength(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, "Size", "claims.input.tooLong", max);
        }
    }

    private static void required(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Required", "claims.input.required");
        }
    }

    @Transactional
    public DndClaim receive(NewClaim c) {
        FieldErrors errors = check(c);
        checkReferences(c, errors);
        errors.throwIfAny();
        String user = access.require(ClaimsPermissions.DND_MANAGE, Scope.mission(c.missionCode().strip()));
        return receiveAs(user, c);
    }

    /** Stores without a permission check (demo data). */
    @Transactional
    DndClaim receiveAs(String user, NewClaim c) {
        LocalDate received = c.receivedOn() == null ? today() : c.receivedOn();
        DndClaim claim = DndClaim.received(newReference(c.memberState(), received), c.memberState(),
                c.missionCode().strip(), c.memberName().strip(), c.memberNumber().strip(), c.incidentDate(),
                DeathAndDisability.Kind.valueOf(c.kind()), c.impairmentPercent(),
                blankToNull(c.boardOfInquiryReference()), received, user, Instant.now());
        long id = store.insert(claim, user);
        DndClaim stored = store.find(id).orElseThrow();
        events.publishEvent(DataChanged.created(ENTITY, id, snapshot(stored)));
        search.put(DndClaimSearch.entry(stored));
        openWork(stored);
        return stored;
    }

    @Transactional(readOnly = true)
    public DndClaim claim(long id) {
        DndClaim claim = load(id);
        access.requireDndRead(claim.missionCode(), claim.memberState());
        return claim;
    }

    /** May the signed-in user act on the claim (staff with the D&D permission for its mission)? Screens show buttons by it. */
    public boolean mayManage(DndClaim claim) {
        return access.may(ClaimsPermissions.DND_MANAGE, Scope.mission(claim.missionCode()));
    }

    @Transactional(readOnly = true)
    public PageResponse<DndClaim> list(String memberState, String missionCode, DndClaim.Status status,
                                       PageQuery page) {
        DndClaimStore.Filter filter = new DndClaimStore.Filter(blankToNull(memberState), blankToNull(missionCode),
                status, access.dndVisible().orElse(null));
        return PageResponse.of(store.list(filter, page), page, store.count(filter));
    }

    /** Open claims and those open longer than the target, as the reader may see them. */
    @Transactional(readOnly = true)
    public long[] openAndOverdue() {
        return store.openAndOverdue(today(), access.dndVisible().orElse(null));
    }

    /** A Member State's claims still open and those closed (paid or rejected), as the reader may see them. */
    @Transactional(readOnly = true)
    public long[] openAndClosed(String memberState) {
        ClaimsAccess.Visible visible = access.dndVisible().orElse(null);
        long open = 0;
        long closed = 0;
        for (DndClaim.Status status : DndClaim.Status.values()) {
            long n = store.count(new DndClaimStore.Filter(memberState, null, status, visible));
            if (status.closed()) {
                closed += n;
            } else {
                open += n;
            }
        }
        return new long[] {open, closed};
    }

    @Transactional
    public DndClaim requestInformation(long id, String note) {
        return change(id, "request-information", TransitionInput.of("note", note),
                (claim, user) -> claim.requestInformation(user, Instant.now(), note));
    }

    @Transactional
    public DndClaim resume(long id, String note) {
        return change(id, "resume", TransitionInput.of("note", note),
                (claim, user) -> claim.resume(user, Instant.now(), note));
    }

    /**
     * Certifies the amount of the rule set, only under the certifier's live delegation of authority for claim
     * certification ({@value ClaimsService#CLAIM_CERTIFICATION}, the type COE certification uses) covering the
     * amount and the claim's mission (the workflow kit asks the delegation register, which logs the use or the
     * refusal). A refusal is a 422 with the policy's reason and changes nothing. A claim not in RECEIVED is refused
     * with the state reason before any amount is computed or delegation used.
     */
    @Transactional
    public DndClaim certify(long id) {
        DndClaim current = load(id);
        TransitionInput input = TransitionInput.none();
        if (current.status() == DndClaim.Status.RECEIVED) {
            try {
                input = input.with("amount", ruleSets.current()
                        .compensate(current.asCase(rates.deathAndDisabilityStandardAmounts())).amount());
            } catch (IncompleteInputException e) {
                InputProblem first = e.problems().get(0);
                throw new BusinessRuleException(first.messageKey(), first.args().toArray());
            }
        }
        BigDecimal amount = input.decimal("amount");
        return change(id, "certify", input, (claim, user) -> claim.certify(amount, user, Instant.now()));
    }

    /**
     * Records the payment of a certified claim: {@code amount} must be the certified amount (never more than
     * what is outstanding), {@code paidOn} (null = today) not before the certification nor in the future.
     */
    @Transactional
    public DndClaim pay(long id, BigDecimal amount, LocalDate paidOn, String reference) {
        FieldErrors errors = new FieldErrors();
        MoneyInput.check(errors, "amount", amount, MoneyInput.Sign.POSITIVE);
        if (reference != null && reference.length() > 1000) {
            errors.add("reference", "Size", "claims.input.tooLong", 1000);
        }
        errors.throwIfAny();
        DndClaim current = load(id);
        String payer = access.require(ClaimsPermissions.PAYMENTS_RECORD, Scope.mission(current.missionCode()));
        if (payer.equals(current.certifiedBy())) {   // segregation of duties, after the permission (403 first)
            throw new BusinessRuleException(ClaimsService.SEGREGATION_OF_DUTIES, current.reference());
        }
        return change(id, "pay", TransitionInput.of("note", reference), (claim, user) -> claim.pay(amount,
                paidOn == null ? today() : paidOn, today(), user, Instant.now(), reference));
    }

    @Transactional
    public DndClaim reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            FieldErrors errors = new FieldErrors().add("reason", "Required", "claims.input.required");
            errors.throwIfAny();
        }
        return change(id, "reject", TransitionInput.of("reason", reason),
                (claim, user) -> claim.reject(reason, today(), user, Instant.now()));
    }

    /** The actions the current user may take on the claim now (buttons; a missing delegation gives the reason). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(DndClaim claim) {
        return workflows.actions(FLOW, claim);
    }

    /**
     * Moves the claim through the workflow kit (permission in the claim's mission, state, delegation, compare-and-set
     * on status and version, transition log, event; the claim's open work items are closed), then applies the
     * domain's move (its rules, e.g. the payment's amount, refuse with the claim's reasons and roll everything
     * back), stores the claim's own fields and history, audits the claim and opens the next step's work item.
     */
    DndClaim change(long id, String action, TransitionInput input, BiConsumer<DndClaim, String> domainMove) {
        DndClaim claim = load(id);
        Map<String, Object> before = snapshot(claim);
        int known = claim.history().size();
        Transitioned<DndClaim.Status> done = workflows.perform(FLOW, claim, action, input);
        try {
            domainMove.accept(claim, done.actor());
        } catch (DndClaim.IllegalTransition e) {
            // the domain names states by their constants; the reader gets them in words
            Object[] args = "claims.dnd.refused.transition".equals(e.messageKey())
                    ? java.util.Arrays.stream(e.args()).map(a -> FLOW.stateLabel(String.valueOf(a))).toArray()
                    : e.args();
            throw new BusinessRuleException(e.messageKey(), args);
        }
        store.updateFields(claim, known, done.actor());
        DndClaim stored = store.find(id).orElseThrow();
        events.publishEvent(DataChanged.updated(ENTITY, id, before, snapshot(stored)));
        search.put(DndClaimSearch.entry(stored));
        openWork(stored);
        return stored;
    }

    /** The next step's work item: certify a received claim, pay a certified one, answer a request for information. */
    void openWork(DndClaim c) {
        String link = "/claims/dnd/" + c.id();
        NewWorkItem item = switch (c.status()) {
            case RECEIVED -> NewWorkItem.of(ENTITY, c.id(), c.reference(), link,
                    Assignee.role("CLAIMS_OFFICER", Scope.mission(c.missionCode())),
                    c.receivedOn().plusDays(DndClaim.TARGET_DAYS), "claims.work.dnd.certify", c.reference(),
                    c.memberState());
            case CERTIFIED -> NewWorkItem.of(ENTITY, c.id(), c.reference(), link,
                    Assignee.role("TREASURY_OFFICER", Scope.mission(c.missionCode())), today().plusDays(PAYMENT_DAYS),
                    "claims.work.dnd.pay", c.reference(), c.memberState());
            case INFORMATION_REQUESTED -> NewWorkItem.of(ENTITY, c.id(), c.reference(),
                    "/claims/portal/dnd/" + c.id(),
                    Assignee.role("MEMBER_STATE_VIEWER", Scope.memberState(c.memberState())),
                    today().plusDays(INFORMATION_DAYS), "claims.work.dnd.inform", c.reference());
            default -> null;
        };
        if (item != null) {
            workItems.open(item);
        }
    }

    private DndClaim load(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("death-and-disability claim", id));
    }

    /**
     * DND-ISO3-YEAR-NNNN from a counter per Member State and year, incremented in this transaction (concurrent
     * intakes wait for each other instead of colliding); numbers taken by older rows are skipped.
     */
    private String newReference(String memberState, LocalDate received) {
        String prefix = "DND-" + memberState + "-" + received.getYear() + "-";
        String reference;
        do {
            reference = prefix + String.format("%04d", referenceNumbers.next("claims.dnd", memberState + "-"
                    + received.getYear()));
        } while (store.exists(reference));
        return reference;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Map<String, Object> snapshot(DndClaim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("memberState", c.memberState());
        m.put("missionCode", c.missionCode());
        m.put("kind", c.kind().name());
        m.put("impairmentPercent", c.impairmentPercent());
        m.put("status", c.status().name());
        m.put("rejectReason", c.rejectReason());
        m.put("amount", c.amount() == null ? null : c.amount().toPlainString());
        m.put("closedOn", c.closedOn() == null ? null : c.closedOn().toString());
        return m;
    }
}
