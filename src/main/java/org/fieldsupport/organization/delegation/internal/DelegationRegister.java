package org.fieldsupport.organization.delegation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.delegation.domain.AuthorityQuery;
import org.fieldsupport.organization.delegation.domain.Decision;
import org.fieldsupport.organization.delegation.domain.Delegation;
import org.fieldsupport.organization.delegation.domain.DelegationPolicy;
import org.fieldsupport.organization.delegation.domain.DelegationSource;
import org.fieldsupport.organization.delegation.domain.DelegationTerms;
import org.fieldsupport.organization.delegation.domain.Holders;
import org.fieldsupport.organization.delegation.domain.Limits;
import org.fieldsupport.organization.delegation.domain.MissionScope;
import org.fieldsupport.organization.delegation.domain.Party;
import org.fieldsupport.organization.delegation.domain.Refusal;
import org.fieldsupport.organization.delegation.domain.RefusalReason;
import org.fieldsupport.organization.delegation.domain.Validity;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delegation-of-authority register: records delegations and their changes (each audited), and
 * answers authority checks for every module through {@link DelegationsOfAuthority}.
 */
@Service
public class DelegationRegister implements DelegationsOfAuthority {

    static final String ENTITY = "organization.delegation";

    private final DelegationRows rows;
    private final JdbcClient jdbc;
    private final Holders holders;
    private final GradeRankings grades;
    private final AuthorityTypes authorityTypes;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final OrganizationStructure structure;
    private final Missions missions;
    private final ObjectProvider<UserDirectory> users;
    private final ObjectProvider<org.fieldsupport.platform.reference.ReferenceData> referenceData;

    DelegationRegister(DelegationRows rows, JdbcClient jdbc, Holders holders, GradeRankings grades,
                       AuthorityTypes authorityTypes, ApplicationEventPublisher events, MessageSource messages,
                       PlatformTransactionManager transactions, ObjectProvider<Clock> clock,
                       OrganizationStructure structure, Missions missions, ObjectProvider<UserDirectory> users,
                       ObjectProvider<org.fieldsupport.platform.reference.ReferenceData> referenceData) {
        this.referenceData = referenceData;
        this.structure = structure;
        this.missions = missions;
        this.users = users;
        this.rows = rows;
        this.jdbc = jdbc;
        this.holders = holders;
        this.grades = grades;
        this.authorityTypes = authorityTypes;
        this.events = events;
        this.messages = messages;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() { return LocalDate.now(clock); }

    /** Grade codes for pick lists, most senior first. */
    public List<String> gradeCodes() { return grades.gradeCodes(); }

    // ------------------------------------------------------------------ checks

    /** The decision with the domain detail (for screens): the query, the parties considered, the candidates. */
    public record Evaluation(AuthorityQuery query, Set<Party> parties, List<Delegation> candidates,
                             Decision<List<Delegation>> decision, java.util.Map<Party, String> acting) {

        /** Whom the person acted for when the delegation they used came to them as an officer-in-charge (5.2.c). */
        public String actingFor() {
            if (!(decision instanceof Decision.Allowed<List<Delegation>> allowed) || allowed.value().isEmpty()) return null;
            Delegation used = allowed.value().get(allowed.value().size() - 1);
            return acting.get(used.delegatee());
        }
    }

    @Transactional(readOnly = true)
    public Evaluation evaluate(AuthorityCheck check) {
        if (check.person() == null || check.person().isBlank() || check.authority() == null
                || check.authority().isBlank()) {
            throw new BusinessRuleException(RefusalReason.INVALID_DELEGATION.messageKey(), "person/authority");
        }
        LocalDate date = check.date() == null ? today() : check.date();
        AuthorityQuery query = new AuthorityQuery(check.authority(), check.mission(), check.amount(), check.currency(),
                check.grade(), date);
        Set<Party> parties = holders.partiesOf(check.person(), date);
        java.util.Map<Party, String> acting = holders.actingParties(check.person(), date);
        RegisterSource source = new RegisterSource();
        List<Delegation> candidates = source.heldBy(parties, query.authority());
        Decision<List<Delegation>> decision = new DelegationPolicy(grades).decide(query, parties, source);
        return new Evaluation(query, parties, candidates, decision, acting);
    }

    @Override
    public AuthorityDecision check(AuthorityCheck check) {
        return toApi(evaluate(check).decision());
    }

    @Override
    public AuthorityDecision checkAndRecordUse(AuthorityCheck check, String purpose, String reference) {
        Evaluation evaluation = evaluate(check);
        ownTransaction.executeWithoutResult(status -> recordUse(check.person(), evaluation, purpose, reference));
        return toApi(evaluation.decision());
    }

    /**
     * The use log is itself an append-only record, written in its own transaction; it deliberately does not
     * publish {@code DataChanged}: the audit trail serialises writers on one chain-head row, which the
     * caller's transaction may already hold (it audited its own change), so auditing here, in a second
     * transaction, would wait for the caller forever.
     */
    private void recordUse(String person, Evaluation e, String purpose, String reference) {
        AuthorityQuery q = e.query();
        boolean allowed = e.decision().isAllowed();
        Refusal refusal = e.decision().refusalOrNull();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO org_delegation_use (person, authority, mission, amount, currency, grade, on_date, allowed,"
                        + " reason, purpose, reference, used_by, used_at, acting_for) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(person.strip(), q.authority(), q.mission(), q.amount(), q.currency(), q.grade(), q.date(),
                        allowed, refusal == null ? null : refusal.reason().name(), truncate(purpose, 200),
                        truncate(reference, 200), CurrentUser.usernameOrSystem(), OffsetDateTime.now(clock),
                        truncate(e.actingFor(), 300))
                .update(keys, "id");
        long useId = keys.getKeyAs(Number.class).longValue();
        List<Delegation> linked = allowed ? ((Decision.Allowed<List<Delegation>>) e.decision()).value() : e.candidates();
        int depth = 0;
        for (Delegation d : linked) {
            jdbc.sql("INSERT INTO org_delegation_use_link (use_id, delegation_id, depth) VALUES (?,?,?)")
                    .params(useId, d.id(), depth++).update();
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    public AuthorityDecision toApi(Decision<List<Delegation>> decision) {
        if (decision instanceof Decision.Allowed<List<Delegation>> allowed) {
            return new AuthorityDecision.Allowed(allowed.value().stream().map(DelegationMapping::toLink).toList());
        }
        Refusal r = decision.refusalOrNull();
        return new AuthorityDecision.Refused(r.reason().name(), r.messageKey(), r.args(), message(r, Locale.ENGLISH));
    }

    public String message(Refusal r, Locale locale) {
        try {
            return messages.getMessage(r.messageKey(), r.args().toArray(), r.reason().name(), locale);
        } catch (IllegalArgumentException unformattable) {
            return r.reason().name() + " " + r.args();
        }
    }

    // ------------------------------------------------------------------ register

    @Transactional(readOnly = true)
    public Optional<Delegation> find(long id) {
        return rows.findById(id).map(DelegationMapping::toDomain);
    }

    public Delegation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Delegation", id));
    }

    /** The chain from the root delegation down to this one. */
    @Transactional(readOnly = true)
    public List<Delegation> chain(long id) {
        Delegation d = get(id);
        return DelegationPolicy.chainOf(d, new RegisterSource()).orElse(List.of(d));
    }

    @Transactional
    public Delegation create(NewDelegation cmd) {
        String authority = cmd.authority() == null ? null : cmd.authority().strip().toUpperCase(Locale.ROOT);
        if (!authorityTypes.exists(authority)) {
            throw refusal(Refusal.of(RefusalReason.UNKNOWN_AUTHORITY, authority));
        }
        org.fieldsupport.platform.reference.ReferenceData reference = referenceData.getIfAvailable();
        if (cmd.limitCurrency() != null && !cmd.limitCurrency().isBlank() && reference != null
                && reference.currency(cmd.limitCurrency().strip().toUpperCase(Locale.ROOT)).isEmpty()) {
            throw refusal(Refusal.of(RefusalReason.UNKNOWN_CURRENCY, cmd.limitCurrency()));
        }
        Delegation parent = null;
        if (cmd.parentId() != null) {
            parent = find(cmd.parentId()).orElseThrow(() ->
                    refusal(Refusal.of(RefusalReason.UNKNOWN_PARENT, cmd.parentId())));
        }
        Party delegator;
        if (cmd.delegator() == null || cmd.delegator().isBlank()) {
            if (parent == null) {
                throw refusal(Refusal.of(RefusalReason.INVALID_DELEGATION, "delegator"));
            }
            delegator = parent.delegatee();
        } else {
            delegator = party(cmd.delegatorKind(), cmd.delegator(), "delegatorKind");
        }
        Party delegatee = party(cmd.delegateeKind(), cmd.delegatee(), "delegateeKind");
        if (cmd.validFrom() == null) {
            throw refusal(Refusal.of(RefusalReason.INVALID_DELEGATION, "validFrom"));
        }
        if (cmd.validTo() != null && cmd.validTo().isBefore(cmd.validFrom())) {
            throw refusal(Refusal.of(RefusalReason.INVALID_DELEGATION, "validTo"));
        }
        MissionScope scope;
        if (cmd.allMissions()) {
            scope = MissionScope.all();
        } else if (cmd.missions() == null || cmd.missions().stream().allMatch(m -> m == null || m.isBlank())) {
            throw refusal(Refusal.of(RefusalReason.INVALID_DELEGATION, "missions"));
        } else {
            scope = MissionScope.of(cmd.missions());
        }
        requireKnown(delegator, cmd.validFrom());
        requireKnown(delegatee, cmd.validFrom());
        for (String mission : scope.missions()) {
            if (missions.find(mission).isEmpty()) {
                throw refusal(Refusal.of(RefusalReason.UNKNOWN_MISSION, mission));
            }
        }
        DelegationTerms terms = new DelegationTerms(authority, delegator, delegatee,
                new Limits(cmd.limitAmount(), cmd.limitCurrency(), cmd.gradeLimit()), scope,
                new Validity(cmd.validFrom(), cmd.validTo()), cmd.maySubDelegate());
        Decision<Delegation> decision = parent == null ? Delegation.grant(terms)
                : Delegation.subDelegate(parent, terms, grades);
        if (decision instanceof Decision.Refused<Delegation> refused) {
            throw refusal(refused.refusal());
        }
        Delegation accepted = ((Decision.Allowed<Delegation>) decision).value();
        if (accepted.limits().hasGradeLimit() && grades.rankOf(accepted.limits().grade()).isEmpty()) {
            throw refusal(Refusal.of(RefusalReason.UNKNOWN_GRADE, accepted.limits().grade()));
        }
        DelegationRow row = DelegationMapping.apply(accepted, new DelegationRow());
        String user = CurrentUser.usernameOrSystem();
        OffsetDateTime now = OffsetDateTime.now(clock);
        row.createdBy = user;
        row.createdAt = now;
        row.modifiedBy = user;
        row.modifiedAt = now;
        DelegationRow saved = rows.save(row);
        Delegation stored = DelegationMapping.toDomain(saved);
        events.publishEvent(DataChanged.created(ENTITY, saved.id, DelegationMapping.toLink(stored)));
        return stored;
    }

    /**
     * Positions must exist in the structure on the first day of validity; persons must be known to the
     * structure (username, index number) or be platform users.
     */
    private void requireKnown(Party party, LocalDate on) {
        if (party.isPosition()) {
            if (structure.position(party.key(), on).isEmpty()) {
                throw refusal(Refusal.of(RefusalReason.UNKNOWN_POSITION, party.key(), on));
            }
            return;
        }
        if (structure.person(party.key()).isPresent()) {
            return;
        }
        UserDirectory directory = users.getIfAvailable();
        if (directory != null && directory.find(party.key()).isPresent()) {
            return;
        }
        throw refusal(Refusal.of(RefusalReason.UNKNOWN_PERSON, party.key()));
    }

    private static Party party(String kind, String key, String field) {
        if (key == null || key.isBlank()) {
            throw refusal(Refusal.of(RefusalReason.INVALID_DELEGATION, field.replace("Kind", "")));
        }
        try {
            return new Party(Party.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT)), key);
        } catch (IllegalArgumentException e) {
            throw refusal(Refusal.of(RefusalReason.INVALID_DELEGATION, field));
        }
    }

    @Transactional
    public Delegation acknowledge(long id) {
        String by = CurrentUser.usernameOrSystem();
        return change(id, d -> d.acknowledge(today(), by));
    }

    @Transactional
    public Delegation suspend(long id, String reason) {
        return change(id, d -> d.suspend(reason, today()));
    }

    @Transactional
    public Delegation reinstate(long id) {
        return change(id, d -> d.reinstate(today()));
    }

    @Transactional
    public Delegation revoke(long id, String reason) {
        return change(id, d -> d.revoke(reason, today()));
    }

    /** Is the signed-in user the delegatee (directly, or through a position held today)? */
    @Transactional(readOnly = true)
    public boolean isDelegateeOfCurrentUser(Delegation d) {
        return CurrentUser.username().map(u -> holders.partiesOf(u, today()).contains(d.delegatee())).orElse(false);
    }

    private Delegation change(long id, Function<Delegation, Decision<Delegation>> transition) {
        DelegationRow row = rows.findById(id).orElseThrow(() -> new NotFoundException("Delegation", id));
        Delegation before = DelegationMapping.toDomain(row);
        Decision<Delegation> decision = transition.apply(before);
        if (decision instanceof Decision.Refused<Delegation> refused) {
            throw refusal(refused.refusal());
        }
        Delegation after = ((Decision.Allowed<Delegation>) decision).value();
        DelegationMapping.apply(after, row);
        row.modifiedBy = CurrentUser.usernameOrSystem();
        row.modifiedAt = OffsetDateTime.now(clock);
        DelegationRow saved = rows.save(row);
        Delegation stored = DelegationMapping.toDomain(saved);
        events.publishEvent(DataChanged.updated(ENTITY, id, DelegationMapping.toLink(before),
                DelegationMapping.toLink(stored)));
        return stored;
    }

    static BusinessRuleException refusal(Refusal r) {
        return new BusinessRuleException(r.messageKey(), r.args().toArray());
    }

    /** Reads delegations from the register for the policy. */
    private final class RegisterSource implements DelegationSource {

        @Override
        public List<Delegation> heldBy(Collection<Party> parties, String authority) {
            List<Delegation> found = new ArrayList<>();
            for (Party.Kind kind : Party.Kind.values()) {
                List<String> keys = parties.stream().filter(p -> p.kind() == kind).map(Party::key).toList();
                if (!keys.isEmpty()) {
                    rows.findHeld(authority, kind.name(), keys).stream().map(DelegationMapping::toDomain)
                            .forEach(found::add);
                }
            }
            return found;
        }

        @Override
        public Optional<Delegation> byId(long id) {
            return rows.findById(id).map(DelegationMapping::toDomain);
        }
    }
}
