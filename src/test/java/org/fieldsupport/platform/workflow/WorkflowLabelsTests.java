package org.fieldsupport.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * Issue 12 (what the third session left): the workflow kit names states and actions in the reader's language. Every
 * flow declared in the code has a key per state ({@code Workflow.Builder#stateLabels}) and per action in English and
 * French, and no refusal the kit can produce — for every flow, every state, every action that does not leave it — nor
 * the stale-move answer shows a state's constant ("TECHNICALLY_REVIEWED").
 */
@IntegrationTest
class WorkflowLabelsTests {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** The flows declared in the application's code when this was written: a new one joins by being declared. */
    static final List<String> KNOWN = List.of("budget.budget", "claims.dnd-claim", "claims.verification-report",
            "frontoffice.correspondence", "geospatial.map-request", "guidance.policy-version", "ict.change",
            "ict.standard-exception", "logistics.sds-allocation", "organization.policy-text", "personnel.post-request",
            "personnel.recruitment.opening", "personnel.staff", "property.write-off", "supply.ration-order");

    /** The division's modules answer an action that does not leave the state with their own key (lsd.Flows). */
    static final List<String> DIVISION_REFUSALS = List.of("logistics.refused.transition", "supply.refused.transition",
            "property.refused.transition");

    @Autowired
    MessageSource messages;

    static List<Workflow<?, ?>> applicationFlows() {
        return Workflow.declared().stream().filter(w -> !w.recordType().equals(KitRecords.TYPE)).toList();
    }

    @Test
    void every_declared_flow_names_its_states_and_actions_in_english_and_french() {
        assertThat(applicationFlows()).extracting(Workflow::recordType).containsAll(KNOWN);
        List<String> missing = new ArrayList<>();
        for (Workflow<?, ?> flow : applicationFlows()) {
            keys(flow, missing);
        }
        assertThat(missing).as("state and action keys missing (flow, key, language)").isEmpty();
    }

    private <R, S extends Enum<S>> void keys(Workflow<R, S> flow, List<String> missing) {
        Set<String> keys = new LinkedHashSet<>();
        for (S state : flow.states().getEnumConstants()) {
            keys.add(flow.stateKey(state));
        }
        flow.transitions().forEach(t -> keys.add(t.labelKey()));
        for (String key : keys) {
            for (Locale language : LANGUAGES) {
                try {
                    String text = messages.getMessage(key, null, language);
                    if (text.isBlank() || text.equals(key)) {
                        missing.add(flow.recordType() + " " + key + " " + language);
                    }
                } catch (NoSuchMessageException e) {
                    missing.add(flow.recordType() + " " + key + " " + language);
                }
            }
        }
    }

    @Test
    void no_refusal_of_any_flow_shows_a_raw_state_name_in_english_or_french() {
        List<String> raw = new ArrayList<>();
        int checked = 0;
        for (Workflow<?, ?> flow : applicationFlows()) {
            checked += refusals(flow, raw);
        }
        assertThat(checked).as("refusals rendered").isGreaterThan(100);
        assertThat(raw).as("refusals naming a state by its constant (flow, state, action, language: text)").isEmpty();
    }

    private <R, S extends Enum<S>> int refusals(Workflow<R, S> flow, List<String> raw) {
        int checked = 0;
        Set<String> actions = new LinkedHashSet<>();
        flow.transitions().forEach(t -> actions.add(t.action()));
        for (S state : flow.states().getEnumConstants()) {
            for (String action : actions) {
                if (flow.from(state).stream().anyMatch(t -> t.action().equals(action))) {
                    continue;
                }
                S target = flow.named(action).get(0).to();
                for (Locale language : LANGUAGES) {
                    List<String> texts = new ArrayList<>();
                    texts.add(messages.getMessage(flow.refusedKey(), new Object[] {flow.stateLabel(state),
                            flow.stateLabel(target), flow.actionLabel(action)}, language));
                    for (String key : DIVISION_REFUSALS) {
                        texts.add(messages.getMessage(key, new Object[] {"REF-1", flow.stateLabel(state),
                                flow.actionLabel(action)}, language));
                    }
                    StaleTransitionException stale = new StaleTransitionException(state.name(), 3L, flow.stateLabel(state));
                    texts.add(messages.getMessage(stale.messageKey(), stale.args(), language));
                    for (String text : texts) {
                        checked++;
                        if (showsAConstant(flow, text) || text.contains("{")) {
                            raw.add(flow.recordType() + " " + state + " " + action + " " + language + ": " + text);
                        }
                    }
                }
            }
        }
        return checked;
    }

    private static <S extends Enum<S>> boolean showsAConstant(Workflow<?, S> flow, String text) {
        for (S s : flow.states().getEnumConstants()) {
            if (Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(s.name()) + "(?![\\p{L}_])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void a_state_without_its_key_reads_as_words_never_as_the_constant() {
        assertThat(messages.getMessage(KitRecords.FLOW.stateLabel(KitRecords.State.SUBMITTED), Locale.ENGLISH))
                .isEqualTo("submitted");
        assertThat(messages.getMessage(KitRecords.FLOW.actionLabel("reject"), Locale.FRENCH)).isEqualTo("reject");
    }
}
