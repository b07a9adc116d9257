package org.fieldsupport.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.workflow.KitRecords.Doc;
import org.fieldsupport.platform.workflow.KitRecords.State;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The workflow kit on a test record type: permission in the record's scope, required fields, delegation of
 * authority (the demo claims certifier holds CLAIM_CERTIFICATION up to 1,000,000 USD for MINUSCA and UNMISS),
 * stale moves, the transition log, the audit record and the event; the screens' next actions.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkflowKitTests {

    static final String CERTIFIER = "claims.certifier";

    @Autowired
    Workflows workflows;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void table() {
        KitRecords.createTable(jdbc);
    }

    @Test
    @WithMockUser(CERTIFIER)
    void a_transition_moves_the_record_logs_audits_and_publishes_one_event() {
        Doc doc = KitRecords.insert(jdbc, "MINUSCA", new BigDecimal("25000.00"));

        Transitioned<State> done = workflows.perform(KitRecords.FLOW, doc, "submit", TransitionInput.none());

        assertThat(done.from()).isEqualTo(State.DRAFT);
        assertThat(done.to()).isEqualTo(State.SUBMITTED);
        assertThat(done.version()).isEqualTo(1);
        assertThat(done.actor()).isEqualTo(CERTIFIER);
        Doc now = KitRecords.load(jdbc, doc.id());
        assertThat(now.state()).isEqualTo(State.SUBMITTED);
        assertThat(now.version()).isEqualTo(1);
        assertThat(workflows.history(KitRecords.TYPE, doc.id())).singleElement()
                .satisfies(h -> {
                    assertThat(h.action()).isEqualTo("submit");
                    assertThat(h.from()).isEqualTo("DRAFT");
                    assertThat(h.to()).isEqualTo("SUBMITTED");
                    assertThat(h.actor()).isEqualTo(CERTIFIER);
                });
        assertThat(jdbc.sql("SELECT after_json FROM audit_record WHERE entity_type = ? AND entity_id = ?")
                .params(KitRecords.TYPE, String.valueOf(doc.id())).query(String.class).list())
                .singleElement().asString().contains("SUBMITTED", "submit");
        List<RecordTransitioned> mine = events.stream(RecordTransitioned.class)
                .filter(e -> e.recordId().equals(String.valueOf(doc.id())) && e.recordType().equals(KitRecords.TYPE))
                .toList();
        assertThat(mine).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo("DRAFT");
            assertThat(e.to()).isEqualTo("SUBMITTED");
            assertThat(e.scope()).isEqualTo("MISSION:MINUSCA");
            assertThat(e.reference()).isEqualTo(doc.reference());
        });
    }

    @Test
    @WithMockUser(CERTIFIER)
    void approval_under_a_covering_delegation_records_the_delegation_used() {
        Doc doc = submitted("MINUSCA", "250000.00");

        Transitioned<State> done = workflows.perform(KitRecords.FLOW, doc, "approve", TransitionInput.none());

        assertThat(done.delegationId()).isNotNull();
        assertThat(done.delegationChain()).endsWith(String.valueOf(done.delegationId()));
        assertThat(workflows.history(KitRecords.TYPE, doc.id())).last()
                .satisfies(h -> assertThat(h.delegationId()).isEqualTo(done.delegationId()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = TRUE")
                .param(doc.reference()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(CERTIFIER)
    void approval_above_the_delegation_is_refused_with_the_register_reason_and_changes_nothing() {
        Doc doc = submitted("MINUSCA", "5000000.00");

        assertThatThrownBy(() -> workflows.perform(KitRecords.FLOW, doc, "approve", TransitionInput.none()))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).asString()
                .startsWith("org.delegation.refused");
        assertThat(KitRecords.load(jdbc, doc.id()).state()).isEqualTo(State.SUBMITTED);
        assertThat(workflows.history(KitRecords.TYPE, doc.id())).hasSize(1);
        // the refusal stays on the register's log
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = FALSE")
                .param(doc.reference()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(CERTIFIER)
    void the_screens_get_the_next_actions_with_the_refusal_reason_when_the_delegation_is_missing() {
        Doc small = submitted("MINUSCA", "1000.00");
        Doc large = submitted("MINUSCA", "5000000.00");

        assertThat(workflows.actions(KitRecords.FLOW, small)).extracting(AvailableAction::action,
                AvailableAction::allowed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("approve", true),
                org.assertj.core.groups.Tuple.tuple("reject", true));
        AvailableAction approve = workflows.actions(KitRecords.FLOW, large).get(0);
        assertThat(approve.action()).isEqualTo("approve");
        assertThat(approve.allowed()).isFalse();
        assertThat(approve.refusal()).isNotBlank().doesNotStartWith("org.delegation");
        assertThat(approve.labelKey()).isEqualTo("kit.test-record.action.approve");
        assertThat(workflows.actions(KitRecords.FLOW, small).get(1).requiredFields()).containsExactly("reason");
    }

    @Test
    @WithMockUser("mission.coe.minusca")
    void a_user_without_the_permission_in_the_scope_is_refused_and_sees_no_action() {
        Doc doc = KitRecords.insert(jdbc, "MINUSCA", BigDecimal.TEN);

        assertThat(workflows.actions(KitRecords.FLOW, doc)).isEmpty();
        assertThatThrownBy(() -> workflows.perform(KitRecords.FLOW, doc, "submit", TransitionInput.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(KitRecords.load(jdbc, doc.id()).state()).isEqualTo(State.DRAFT);
        assertThat(workflows.history(KitRecords.TYPE, doc.id())).isEmpty();
    }

    @Test
    @WithMockUser(CERTIFIER)
    void a_stale_transition_is_refused_with_the_current_state() {
        Doc seenByOne = KitRecords.insert(jdbc, "MINUSCA", BigDecimal.TEN);
        Doc seenByTwo = KitRecords.load(jdbc, seenByOne.id());
        workflows.perform(KitRecords.FLOW, seenByOne, "submit", TransitionInput.none());

        // the second officer acts on the record as loaded before the first one's move: compare-and-set fails
        assertThatThrownBy(() -> workflows.perform(KitRecords.FLOW, seenByTwo, "reject",
                TransitionInput.of("reason", "duplicate")))
                .isInstanceOfSatisfying(StaleTransitionException.class, e -> {
                    assertThat(e.currentState()).isEqualTo("SUBMITTED");
                    assertThat(e.currentVersion()).isEqualTo(1);
                });
        // a fresh load with the version the user saw (a form's hidden field, If-Match) is stale too
        Doc fresh = KitRecords.load(jdbc, seenByOne.id());
        assertThatThrownBy(() -> workflows.perform(KitRecords.FLOW, fresh, "reject",
                TransitionInput.of("reason", "duplicate").expectingVersion(0L)))
                .isInstanceOf(StaleTransitionException.class);
        assertThat(KitRecords.load(jdbc, seenByOne.id()).state()).isEqualTo(State.SUBMITTED);
        assertThat(workflows.history(KitRecords.TYPE, seenByOne.id())).hasSize(1);
    }

    @Test
    @WithMockUser(CERTIFIER)
    void an_action_that_does_not_leave_the_state_or_misses_a_required_field_is_refused() {
        Doc doc = KitRecords.insert(jdbc, "MINUSCA", BigDecimal.TEN);

        assertThatThrownBy(() -> workflows.perform(KitRecords.FLOW, doc, "approve", TransitionInput.none()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo("DRAFT"));
        assertThatThrownBy(() -> workflows.perform(KitRecords.FLOW, doc, "reject", TransitionInput.of("reason", "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));
        assertThatThrownBy(() -> workflows.perform(KitRecords.FLOW, doc, "archive", TransitionInput.none()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(KitRecords.load(jdbc, doc.id()).version()).isZero();

        Transitioned<State> rejected = workflows.perform(KitRecords.FLOW, doc, "reject",
                TransitionInput.of("reason", " not needed "));
        assertThat(rejected.note()).isEqualTo("not needed");
        assertThat(rejected.to()).isEqualTo(State.REJECTED);
    }

    @Test
    void a_declaration_refuses_two_transitions_with_one_name_leaving_one_state() {
        assertThatThrownBy(() -> Workflow.define("x", Doc.class, State.class)
                .transition("go", State.DRAFT, State.SUBMITTED, "p")
                .transition("go", State.DRAFT, State.REJECTED, "p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Workflow.define("x", Doc.class, State.class).id(Doc::id).state(Doc::state)
                .version(Doc::version).scope(d -> null).storedIn("bad name; drop", "id", "state", "version"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Doc submitted(String mission, String amount) {
        Doc doc = KitRecords.insert(jdbc, mission, new BigDecimal(amount));
        workflows.perform(KitRecords.FLOW, doc, "submit", TransitionInput.none());
        return KitRecords.load(jdbc, doc.id());
    }

}
