package org.fieldsupport.platform.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.workflow.AuthorityGate;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.IllegalTransitionException;
import org.fieldsupport.platform.workflow.RecordTransitioned;
import org.fieldsupport.platform.workflow.StaleTransitionException;
import org.fieldsupport.platform.workflow.StateStore;
import org.fieldsupport.platform.workflow.Transition;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The kit's workflow executor: checks, compare-and-set, transition log, audit record, event. */
@Service
class WorkflowEngine implements Workflows {

    static final int NOTE_MAX = 2000;

    private final AccessPolicy policy;
    private final ObjectProvider<AuthorityGate> gates;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    WorkflowEngine(AccessPolicy policy, ObjectProvider<AuthorityGate> gates, JdbcClient jdbc,
                   ApplicationEventPublisher events, MessageSource messages) {
        this.policy = policy;
        this.gates = gates;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    @Override
    @Transactional
    public <R, S extends Enum<S>> Transitioned<S> perform(Workflow<R, S> workflow, R record, String action,
                                                           TransitionInput input) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        return execute(user, true, workflow, record, action, input);
    }

    @Override
    @Transactional
    public <R, S extends Enum<S>> Transitioned<S> performAs(String username, Workflow<R, S> workflow, R record,
                                                             String action, TransitionInput input) {
        return execute(username, false, workflow, record, action, input);
    }

    private <R, S extends Enum<S>> Transitioned<S> execute(String user, boolean checkPermission,
                                                           Workflow<R, S> workflow, R record, String action,
                                                           TransitionInput input) {
        TransitionInput in = input == null ? TransitionInput.none() : input;
        List<Transition<R, S>> named = workflow.named(action);
        if (named.isEmpty()) {
            throw new BusinessRuleException("platform.workflow.unknown-action", action);
        }
        S current = workflow.stateOf(record);
        long version = workflow.versionOf(record);
        Scope scope = workflow.scopeOf(record);
        Transition<R, S> transition = named.stream().filter(t -> t.from(current)).findFirst().orElse(null);
        // 403 only for a user who could never take this action on this record (no permission of any transition of
        // that name in the record's scope); one who may take it from another state is told why not now (422)
        boolean mayHere = !checkPermission || (transition != null && policy.may(user, transition.permission(), scope));
        if (!mayHere && named.stream().map(Transition::permission).distinct()
                .noneMatch(permission -> policy.may(user, permission, scope))) {
            throw new AccessDeniedException(user + " may not " + action + " " + workflow.recordType() + " in " + scope);
        }
        if (in.expectedVersion() != null && in.expectedVersion() != version) {
            throw new StaleTransitionException(current.name(), version, workflow.stateLabel(current));
        }
        if (transition == null || !mayHere) {
            S target = (transition == null ? named.get(0) : transition).to();
            throw new IllegalTransitionException(workflow.refusedKey(), current.name(), workflow.stateLabel(current),
                    workflow.stateLabel(target), workflow.actionLabel(action));
        }
        FieldErrors errors = new FieldErrors();
        for (String field : transition.requiredFields()) {
            if (in.text(field) == null) {
                errors.add(field, "Required", "platform.workflow.input.required");
            }
        }
        String note = in.noteText();
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(in.text(TransitionInput.REASON) != null ? TransitionInput.REASON : TransitionInput.NOTE,
                    "Size", "platform.workflow.input.size", NOTE_MAX);
        }
        errors.throwIfAny();

        AuthorityGate.Verdict verdict = null;
        String reference = workflow.referenceOf(record);
        if (transition.authority() != null) {
            AuthorityRequirement<R> req = transition.authority();
            AuthorityRequirement.Subject subject = req.subject().apply(record, in);
            AuthorityGate gate = gates.getIfAvailable();
            if (gate == null) {
                throw new BusinessRuleException("platform.workflow.no-authority-register");
            }
            verdict = gate.checkAndRecordUse(user, req.authorityType(), subject,
                    workflow.recordType() + " " + action, reference);
            if (!verdict.allowed()) {
                throw new BusinessRuleException(verdict.messageKey(), verdict.args().toArray());
            }
        }

        Object id = workflow.idOf(record);
        S to = transition.to();
        if (!compareAndSet(workflow, id, current, to, version)) {
            Optional<StateStore.Current<S>> now = currentOf(workflow, id);
            throw new StaleTransitionException(now.map(c -> c.state().name()).orElse(null),
                    now.map(StateStore.Current::version).orElse(null),
                    now.<Object>map(c -> workflow.stateLabel(c.state())).orElse(null));
        }
        long newVersion = version + 1;
        Instant at = Instant.now();
        Long delegationId = verdict == null ? null : verdict.delegationId();
        String chain = verdict == null ? null : verdict.chain();
        jdbc.sql("""
                        INSERT INTO workflow_transition (record_type, record_id, action, from_state, to_state, actor,
                            occurred_at, note, delegation_id, delegation_chain, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workflow.recordType(), String.valueOf(id), action, current.name(), to.name(), user,
                        java.sql.Timestamp.from(at), note, delegationId, chain, newVersion)
                .update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", current.name());
        before.put("version", version);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to.name());
        after.put("version", newVersion);
        after.put("action", action);
        after.put("note", note);
        after.put("delegationId", delegationId);
        events.publishEvent(DataChanged.updated(workflow.recordType(), id, before, after));
        events.publishEvent(new RecordTransitioned(workflow.recordType(), String.valueOf(id), reference, action,
                current.name(), to.name(), user, at, note, scope.toString(), delegationId));
        return new Transitioned<>(action, current, to, user, at, newVersion, note, delegationId, chain);
    }

    private <R, S extends Enum<S>> boolean compareAndSet(Workflow<R, S> workflow, Object id, S from, S to,
                                                         long version) {
        if (workflow.store().isPresent()) {
            return workflow.store().get().compareAndSet(id, from, to, version);
        }
        Workflow.Table t = workflow.table().orElseThrow();
        return jdbc.sql("UPDATE " + t.name() + " SET " + t.stateColumn() + " = ?, " + t.versionColumn() + " = "
                        + t.versionColumn() + " + 1 WHERE " + t.idColumn() + " = ? AND " + t.stateColumn()
                        + " = ? AND " + t.versionColumn() + " = ?")
                .params(to.name(), id, from.name(), version)
                .update() == 1;
    }

    private <R, S extends Enum<S>> Optional<StateStore.Current<S>> currentOf(Workflow<R, S> workflow, Object id) {
        if (workflow.store().isPresent()) {
            return workflow.store().get().current(id);
        }
        Workflow.Table t = workflow.table().orElseThrow();
        return jdbc.sql("SELECT " + t.stateColumn() + ", " + t.versionColumn() + " FROM " + t.name() + " WHERE "
                        + t.idColumn() + " = ?")
                .param(id)
                .query((rs, n) -> new StateStore.Current<>(Enum.valueOf(workflow.states(), rs.getString(1)),
                        rs.getLong(2)))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public <R, S extends Enum<S>> List<AvailableAction> actions(Workflow<R, S> workflow, R record) {
        Optional<String> username = CurrentUser.username();
        if (username.isEmpty()) {
            return List.of();
        }
        String user = username.get();
        S current = workflow.stateOf(record);
        Scope scope = workflow.scopeOf(record);
        List<AvailableAction> result = new ArrayList<>();
        for (Transition<R, S> t : workflow.from(current)) {
            if (!policy.may(user, t.permission(), scope)) {
                continue;
            }
            String refusal = null;
            if (t.authority() != null) {
                AuthorityRequirement.Subject subject = t.authority().subject().apply(record, TransitionInput.none());
                AuthorityGate gate = gates.getIfAvailable();
                if (gate == null) {
                    refusal = message("platform.workflow.no-authority-register", List.of());
                } else {
                    AuthorityGate.Verdict v = gate.check(user, t.authority().authorityType(), subject);
                    if (!v.allowed()) {
                        refusal = message(v.messageKey(), v.args());
                    }
                }
            }
            result.add(new AvailableAction(t.action(), t.to().name(), t.labelKey(), refusal == null, refusal,
                    t.requiredFields()));
        }
        return result;
    }

    private String message(String key, List<Object> args) {
        return messages.getMessage(key, args.toArray(), key, LocaleContextHolder.getLocale());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TransitionRecord> history(String recordType, Object recordId) {
        return jdbc.sql("""
                        SELECT action, from_state, to_state, actor, occurred_at, note, delegation_id, delegation_chain,
                               version
                        FROM workflow_transition WHERE record_type = ? AND record_id = ? ORDER BY id""")
                .params(recordType, String.valueOf(recordId))
                .query((rs, n) -> new TransitionRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        (Long) rs.getObject(7, Long.class), rs.getString(8), rs.getLong(9)))
                .list();
    }
}
