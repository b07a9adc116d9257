package org.fieldsupport.organization.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.organization.delegation.internal.DelegationAccess;
import org.fieldsupport.organization.policy.domain.PolicyRules;
import org.fieldsupport.organization.policy.domain.PolicyRules.State;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegation register's policy texts as versioned documents (2.1.b) until a guidance library exists. Each
 * version moves through the platform workflow kit (consult → issue, withdraw); issuing supersedes the version in
 * force; sending for consultation puts "issue after consultation" in the delegation administrators' work inbox.
 */
@Service
@Transactional
public class PolicyTexts {

    public static final String RECORD_TYPE = "organization.policy-text";

    public record PolicyText(long id, String code, int versionNo, String titleEn, String titleFr, String body,
                             List<String> authorityTypes, List<String> consulted, LocalDate consultationUntil,
                             LocalDate effectiveFrom, State state, long version) {
        public String title(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    public static final Workflow<PolicyText, State> FLOW = Workflow.define(RECORD_TYPE, PolicyText.class, State.class)
            .id(PolicyText::id).state(PolicyText::state).version(PolicyText::version)
            .reference(p -> p.code() + " v" + p.versionNo())
            .scope(p -> Scope.department())
            .storedIn("org_policy_text", "id", "state", "version")
            .stateLabels("org.policy.state.")
            .transition("consult", State.DRAFT, State.CONSULTATION, DelegationAccess.MANAGE)
            .transition("issue", State.CONSULTATION, State.ISSUED, DelegationAccess.MANAGE)
            .transition("supersede", State.ISSUED, State.SUPERSEDED, DelegationAccess.MANAGE)
            .transition("withdraw", Workflow.anyOf(State.DRAFT, State.CONSULTATION), State.WITHDRAWN,
                    DelegationAccess.MANAGE, t -> t.requires("reason"))
            .build();

    public record TextForm(String code, String titleEn, String titleFr, String body, List<String> authorityTypes,
                           Long version) { }

    /** What an action needs: consult (consulted, consultationUntil), issue (effectiveFrom), withdraw (reason). */
    public record ActionForm(List<String> consulted, LocalDate consultationUntil, LocalDate effectiveFrom, String reason,
                             Long version) { }

    private final JdbcClient jdbc;
    private final Workflows workflows;
    private final WorkItems workItems;
    private final ApplicationEventPublisher events;

    PolicyTexts(JdbcClient jdbc, Workflows workflows, WorkItems workItems, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.workflows = workflows;
        this.workItems = workItems;
        this.events = events;
    }

    // ------------------------------------------------------------------ reads

    /** The latest version of each text. */
    @Transactional(readOnly = true)
    public List<PolicyText> latest() {
        return jdbc.sql("""
                SELECT t.* FROM org_policy_text t
                 WHERE t.version_no = (SELECT MAX(x.version_no) FROM org_policy_text x WHERE x.code = t.code)
                 ORDER BY t.code""").query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<PolicyText> versions(String code) {
        List<PolicyText> list = jdbc.sql("SELECT * FROM org_policy_text WHERE code = :c ORDER BY version_no DESC")
                .param("c", norm(code)).query((rs, n) -> row(rs)).list();
        if (list.isEmpty()) throw new NotFoundException("policy text", code);
        return list;
    }

    @Transactional(readOnly = true)
    public Optional<PolicyText> inForce(String code) {
        return jdbc.sql("SELECT * FROM org_policy_text WHERE code = :c AND state = 'ISSUED'").param("c", norm(code))
                .query((rs, n) -> row(rs)).optional();
    }

    public PolicyText get(String code, int versionNo) {
        return jdbc.sql("SELECT * FROM org_policy_text WHERE code = :c AND version_no = :n").param("c", norm(code))
                .param("n", versionNo).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFoundException("policy text", code + " v" + versionNo));
    }

    public List<Workflows.TransitionRecord> history(PolicyText t) {
        return workflows.history(RECORD_TYPE, t.id());
    }

    public List<org.fieldsupport.platform.workflow.AvailableAction> actions(PolicyText t) {
        return workflows.actions(FLOW, t).stream().filter(a -> !"supersede".equals(a.action())).toList();
    }

    // ------------------------------------------------------------------ writes

    /** A new text: version 1, a draft. */
    public PolicyText create(TextForm form) {
        FieldErrors errors = new FieldErrors();
        String code = form.code() == null ? "" : norm(form.code());
        if (!code.matches("[A-Z0-9][A-Z0-9/._-]{1,59}")) errors.add("code", "Pattern", "org.agreement.reference.invalid");
        checkText(form, errors);
        errors.throwIfAny();
        List<String> types = authorityTypes(form.authorityTypes());
        if (jdbc.sql("SELECT COUNT(*) FROM org_policy_text WHERE code = :c").param("c", code).query(Long.class).single() > 0) {
            throw new DuplicateKeyException("policy text " + code + " exists");
        }
        PolicyText created = insert(code, 1, form, types);
        events.publishEvent(DataChanged.created(RECORD_TYPE, created.id(), created));
        return created;
    }

    /** A new version of an issued text, as a draft copied from the version in force; one open draft at a time. */
    public PolicyText newVersion(String code) {
        List<PolicyText> all = versions(code);
        if (all.stream().anyMatch(t -> PolicyRules.open(t.state()))) {
            throw new DuplicateKeyException("policy text " + code + " has an open draft");
        }
        PolicyText base = all.get(0);
        PolicyText created = insert(base.code(), base.versionNo() + 1, new TextForm(base.code(), base.titleEn(),
                base.titleFr(), base.body(), base.authorityTypes(), null), base.authorityTypes());
        events.publishEvent(DataChanged.created(RECORD_TYPE, created.id(), created));
        return created;
    }

    /** Edits a draft's titles, text and authority types. */
    public PolicyText edit(String code, int versionNo, TextForm form) {
        PolicyText before = get(code, versionNo);
        if (!PolicyRules.editable(before.state())) throw new BusinessRuleException("org.policy.notDraft", before.code(), versionNo);
        if (form.version() != null && form.version() != before.version()) {
            throw new OptimisticLockingFailureException("policy text " + code + " changed meanwhile");
        }
        FieldErrors errors = new FieldErrors();
        checkText(form, errors);
        errors.throwIfAny();
        List<String> types = authorityTypes(form.authorityTypes());
        int n = jdbc.sql("""
                UPDATE org_policy_text SET title_en = :en, title_fr = :fr, body = :b, authority_types = :at,
                    version = version + 1, modified_by = :by, modified_at = :now WHERE id = :id AND version = :v""")
                .param("en", form.titleEn().strip()).param("fr", form.titleFr().strip()).param("b", form.body().strip())
                .param("at", types.isEmpty() ? null : String.join(",", types)).param("by", CurrentUser.usernameOrSystem())
                .param("now", OffsetDateTime.now()).param("id", before.id()).param("v", before.version()).update();
        if (n == 0) throw new OptimisticLockingFailureException("policy text " + code + " changed meanwhile");
        PolicyText after = get(code, versionNo);
        events.publishEvent(DataChanged.updated(RECORD_TYPE, after.id(), before, after));
        return after;
    }

    /** consult, issue or withdraw, through the workflow kit (403/409/422 answers are the kit's). */
    public PolicyText act(String code, int versionNo, String action, ActionForm form) {
        return act(null, code, versionNo, action, form);
    }

    /** The same as {@code username} without the permission check (demo data); still audited by the kit. */
    public PolicyText actAs(String username, String code, int versionNo, String action, ActionForm form) {
        return act(username, code, versionNo, action, form);
    }

    private Transitioned<State> move(String asUser, PolicyText text, String action, TransitionInput input) {
        return asUser == null ? workflows.perform(FLOW, text, action, input)
                : workflows.performAs(asUser, FLOW, text, action, input);
    }

    private PolicyText act(String asUser, String code, int versionNo, String action, ActionForm form) {
        PolicyText text = get(code, versionNo);
        TransitionInput input = TransitionInput.none().expectingVersion(form.version());
        switch (action) {
            case "consult" -> {
                List<String> consulted = form.consulted() == null ? List.of() : form.consulted().stream()
                        .filter(s -> s != null && !s.isBlank()).map(PolicyTexts::norm).distinct().toList();
                PolicyRules.consult(consulted, form.consultationUntil(), LocalDate.now())
                        .ifPresent(key -> { throw new BusinessRuleException(key); });
                for (String c : consulted) {
                    Long known = jdbc.sql("SELECT COUNT(*) FROM org_external_entity WHERE code = :c").param("c", c)
                            .query(Long.class).single();
                    if (known == 0) throw new BusinessRuleException("org.party.unknown", c);
                }
                move(asUser, text, "consult", input.with("note", String.join(", ", consulted)));
                jdbc.sql("UPDATE org_policy_text SET consulted = :c, consultation_until = :u WHERE id = :id")
                        .param("c", String.join(",", consulted)).param("u", form.consultationUntil())
                        .param("id", text.id()).update();
                workItems.open(NewWorkItem.of(RECORD_TYPE, text.id(), text.code() + " v" + text.versionNo(),
                        "/organization/policies/" + text.code(), Assignee.role("DELEGATION_ADMINISTRATOR", Scope.department()),
                        form.consultationUntil(), "org.policy.work.issue", text.code(), text.versionNo()));
            }
            case "issue" -> {
                Optional<PolicyText> current = inForce(text.code());
                PolicyRules.issue(form.effectiveFrom(), current.map(PolicyText::effectiveFrom).orElse(null))
                        .ifPresent(key -> { throw new BusinessRuleException(key, current.map(PolicyText::effectiveFrom).orElse(null)); });
                move(asUser, text, "issue", input);
                jdbc.sql("UPDATE org_policy_text SET effective_from = :f WHERE id = :id")
                        .param("f", form.effectiveFrom()).param("id", text.id()).update();
                current.ifPresent(old -> move(asUser, old, "supersede",
                        TransitionInput.of("note", text.code() + " v" + text.versionNo())));
            }
            case "withdraw" -> move(asUser, text, "withdraw", input.with("reason", form.reason()));
            default -> throw new NotFoundException("action", action);
        }
        return get(text.code(), text.versionNo());
    }

    // ------------------------------------------------------------------ helpers

    private PolicyText insert(String code, int versionNo, TextForm form, List<String> types) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO org_policy_text (code, version_no, title_en, title_fr, body, authority_types, state, version,
                    created_by, created_at, modified_by, modified_at)
                VALUES (:c, :n, :en, :fr, :b, :at, 'DRAFT', 0, :by, :now, :by, :now)""")
                .param("c", code).param("n", versionNo).param("en", form.titleEn().strip())
                .param("fr", form.titleFr().strip()).param("b", form.body().strip())
                .param("at", types.isEmpty() ? null : String.join(",", types))
                .param("by", CurrentUser.usernameOrSystem()).param("now", now).update();
        return get(code, versionNo);
    }

    private static void checkText(TextForm form, FieldErrors errors) {
        if (form.titleEn() == null || form.titleEn().isBlank()) errors.add("titleEn", "NotBlank", "org.field.missing");
        if (form.titleFr() == null || form.titleFr().isBlank()) errors.add("titleFr", "NotBlank", "org.field.missing");
        if (form.body() == null || form.body().isBlank()) errors.add("body", "NotBlank", "org.field.missing");
        else if (form.body().length() > 20000) errors.add("body", "Size", "org.field.tooLong", 20000);
    }

    private List<String> authorityTypes(List<String> given) {
        List<String> types = given == null ? List.of() : given.stream().filter(s -> s != null && !s.isBlank())
                .map(PolicyTexts::norm).distinct().toList();
        for (String t : types) {
            Long n = jdbc.sql("SELECT COUNT(*) FROM org_authority_type WHERE code = :c").param("c", t).query(Long.class).single();
            if (n == 0) throw new BusinessRuleException("org.policy.authorityType.unknown", t);
        }
        return types;
    }

    private static String norm(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).toList();
    }

    private static PolicyText row(ResultSet rs) throws SQLException {
        java.sql.Date until = rs.getDate("consultation_until");
        java.sql.Date from = rs.getDate("effective_from");
        return new PolicyText(rs.getLong("id"), rs.getString("code"), rs.getInt("version_no"), rs.getString("title_en"),
                rs.getString("title_fr"), rs.getString("body"), split(rs.getString("authority_types")),
                split(rs.getString("consulted")), until == null ? null : until.toLocalDate(),
                from == null ? null : from.toLocalDate(), State.valueOf(rs.getString("state")), rs.getLong("version"));
    }
}
