package org.fieldsupport.platform.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A record type's states and transitions, declared in code by the module that owns the record; executed by
 * {@link Workflows}. Immutable once built; declare it once (a constant or a field of the module's service).
 * See the package documentation for a complete example.
 *
 * @param <R> the module's record (any class: the workflow only reads it through the functions given)
 * @param <S> the states (an enum)
 */
public final class Workflow<R, S extends Enum<S>> {

    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Every workflow built in this JVM (one entry per record type, the latest declaration), for tests and docs. */
    private static final List<Workflow<?, ?>> DECLARED = new CopyOnWriteArrayList<>();

    private final String recordType;
    private final Class<S> states;
    private final Function<R, ?> id;
    private final Function<R, S> state;
    private final Function<R, Long> version;
    private final Function<R, Scope> scope;
    private final Function<R, String> reference;
    private final StateStore<S> store;
    private final Table table;
    private final String refusedKey;
    private final String stateLabels;
    private final List<Transition<R, S>> transitions;

    private Workflow(Builder<R, S> b) {
        this.recordType = b.recordType;
        this.states = b.states;
        this.id = Objects.requireNonNull(b.id, "id(...) is required");
        this.state = Objects.requireNonNull(b.state, "state(...) is required");
        this.version = Objects.requireNonNull(b.version, "version(...) is required");
        this.scope = Objects.requireNonNull(b.scope, "scope(...) is required");
        this.reference = b.reference == null ? r -> String.valueOf(b.id.apply(r)) : b.reference;
        if ((b.store == null) == (b.table == null)) {
            throw new IllegalStateException("declare exactly one of storedIn(...) or store(...)");
        }
        this.store = b.store;
        this.table = b.table;
        this.refusedKey = b.refusedKey;
        this.stateLabels = b.stateLabels == null ? recordType + ".state." : b.stateLabels;
        this.transitions = List.copyOf(b.transitions);
        if (transitions.isEmpty()) {
            throw new IllegalStateException("a workflow needs transitions");
        }
        DECLARED.removeIf(w -> w.recordType.equals(recordType));
        DECLARED.add(this);
    }

    /** The workflows declared so far (a module's flow is declared when its class is initialised). */
    public static List<Workflow<?, ?>> declared() {
        return List.copyOf(DECLARED);
    }

    /**
     * Starts a declaration.
     *
     * @param recordType the record type as the audit trail, events and work items name it, e.g. {@code claims.dnd-claim}
     */
    public static <R, S extends Enum<S>> Builder<R, S> define(String recordType, Class<R> records, Class<S> states) {
        return new Builder<>(recordType, states);
    }

    /** Several states a transition leaves: {@code .transition("reject", anyOf(RECEIVED, ON_HOLD), REJECTED, ...)}. */
    @SafeVarargs
    public static <S extends Enum<S>> Set<S> anyOf(S first, S... rest) {
        return EnumSet.of(first, rest);
    }

    public String recordType() { return recordType; }

    public Class<S> states() { return states; }

    public List<Transition<R, S>> transitions() { return transitions; }

    public Object idOf(R record) { return id.apply(record); }

    public S stateOf(R record) { return state.apply(record); }

    public long versionOf(R record) {
        Long v = version.apply(record);
        return v == null ? 0 : v;
    }

    public Scope scopeOf(R record) { return scope.apply(record); }

    public String referenceOf(R record) { return reference.apply(record); }

    /** The module's own store, or empty when the kit updates {@link #table()}. */
    public Optional<StateStore<S>> store() { return Optional.ofNullable(store); }

    public Optional<Table> table() { return Optional.ofNullable(table); }

    /**
     * Message key for "this action does not leave the current state"; args, each in the reader's language: the
     * current state, the target state, the action (its button label).
     */
    public String refusedKey() { return refusedKey; }

    /** The message key naming {@code state} in words: {@link Builder#stateLabels} + the constant's name. */
    public String stateKey(S state) {
        return stateLabels + state.name();
    }

    /**
     * {@code state} in the reader's language, as a message argument (the message source resolves it in the
     * message's locale). Without the key, the name in lower case words ("technically reviewed"), never the constant.
     */
    public MessageSourceResolvable stateLabel(S state) {
        return new DefaultMessageSourceResolvable(new String[] {stateKey(state)}, null, words(state.name()));
    }

    /** The same for a state's name as stored (e.g. a transition log's {@code from}); unknown names in words. */
    public MessageSourceResolvable stateLabel(String stateName) {
        for (S s : states.getEnumConstants()) {
            if (s.name().equals(stateName)) {
                return stateLabel(s);
            }
        }
        return new DefaultMessageSourceResolvable(new String[0], null, words(String.valueOf(stateName)));
    }

    /** {@code action} in the reader's language: the label of its (first) declared transition. */
    public MessageSourceResolvable actionLabel(String action) {
        List<Transition<R, S>> all = named(action);
        String[] codes = all.isEmpty() ? new String[0] : new String[] {all.get(0).labelKey()};
        return new DefaultMessageSourceResolvable(codes, null, words(action));
    }

    private static String words(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    /** Transitions named {@code action} (one action may leave several states, possibly to different targets). */
    public List<Transition<R, S>> named(String action) {
        return transitions.stream().filter(t -> t.action().equals(action)).toList();
    }

    /** The transitions that leave {@code current}, in declaration order. */
    public List<Transition<R, S>> from(S current) {
        return transitions.stream().filter(t -> t.from(current)).toList();
    }

    /** The table the kit moves records in: {@code UPDATE table SET state=?, version=version+1 WHERE id=? AND state=? AND version=?}. */
    public record Table(String name, String idColumn, String stateColumn, String versionColumn) {
        public Table {
            for (String n : List.of(name, idColumn, stateColumn, versionColumn)) {
                if (!SQL_NAME.matcher(n).matches()) {
                    throw new IllegalArgumentException("not a plain SQL name: " + n);
                }
            }
        }
    }

    /** The declaration; every method returns the builder. */
    public static final class Builder<R, S extends Enum<S>> {
        private final String recordType;
        private final Class<S> states;
        private Function<R, ?> id;
        private Function<R, S> state;
        private Function<R, Long> version;
        private Function<R, Scope> scope;
        private Function<R, String> reference;
        private StateStore<S> store;
        private Table table;
        private String refusedKey = "platform.workflow.refused.transition";
        private String stateLabels;
        private final List<Transition<R, S>> transitions = new ArrayList<>();

        private Builder(String recordType, Class<S> states) {
            this.recordType = Objects.requireNonNull(recordType, "recordType");
            this.states = Objects.requireNonNull(states, "states");
        }

        /** How to read the record's id, state, version (a number incremented by every change) and scope. */
        public Builder<R, S> id(Function<R, ?> id) { this.id = id; return this; }

        public Builder<R, S> state(Function<R, S> state) { this.state = state; return this; }

        public Builder<R, S> version(Function<R, Long> version) { this.version = version; return this; }

        /** The scope the permission is checked in (e.g. {@code c -> Scope.mission(c.missionCode())}). */
        public Builder<R, S> scope(Function<R, Scope> scope) { this.scope = scope; return this; }

        /** The business reference (audit, delegation log, work items); default: the id. */
        public Builder<R, S> reference(Function<R, String> reference) { this.reference = reference; return this; }

        /** The kit moves the record with a compare-and-set on this table's state and version columns. */
        public Builder<R, S> storedIn(String table, String idColumn, String stateColumn, String versionColumn) {
            this.table = new Table(table, idColumn, stateColumn, versionColumn);
            return this;
        }

        /** The module moves the record itself (compare-and-set), e.g. when the state lives with a history. */
        public Builder<R, S> store(StateStore<S> store) { this.store = store; return this; }

        /**
         * The message key for an action that does not leave the current state (args, in words: current state,
         * target state, action label).
         */
        public Builder<R, S> refusedKey(String key) { this.refusedKey = key; return this; }

        /**
         * The prefix of the keys naming the states in words, e.g. {@code claims.report.status.} (key =
         * prefix + constant name); default {@code <recordType>.state.}. Refusals, stale answers and screens use
         * them so no one reads "TECHNICALLY_REVIEWED"; {@code WorkflowLabelsTests} checks every declared flow has
         * them in English and French.
         */
        public Builder<R, S> stateLabels(String keyPrefix) { this.stateLabels = keyPrefix; return this; }

        /** {@code action} moves from {@code from} to {@code to} for holders of {@code permission}. */
        public Builder<R, S> transition(String action, S from, S to, String permission) {
            return transition(action, EnumSet.of(from), to, permission, t -> { });
        }

        /** The same, with options: {@code t -> t.requires("reason").authority(...)}. */
        public Builder<R, S> transition(String action, S from, S to, String permission,
                                        Consumer<Options<R>> options) {
            return transition(action, EnumSet.of(from), to, permission, options);
        }

        public Builder<R, S> transition(String action, Set<S> from, S to, String permission,
                                        Consumer<Options<R>> options) {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(permission, "permission");
            if (from.isEmpty()) {
                throw new IllegalArgumentException("transition " + action + " leaves no state");
            }
            Options<R> o = new Options<>(recordType + ".action." + action);
            options.accept(o);
            for (Transition<R, S> other : transitions) {
                if (other.action().equals(action) && other.from().stream().anyMatch(from::contains)) {
                    throw new IllegalArgumentException("two transitions " + action + " leave the same state");
                }
            }
            transitions.add(new Transition<>(action, from, to, permission, o.authority, o.required, o.labelKey));
            return this;
        }

        public Workflow<R, S> build() {
            return new Workflow<>(this);
        }
    }

    /** A transition's options. */
    public static final class Options<R> {
        private AuthorityRequirement<R> authority;
        private final List<String> required = new ArrayList<>();
        private String labelKey;

        private Options(String labelKey) {
            this.labelKey = labelKey;
        }

        /** Input fields that must not be blank (400 naming each field otherwise), e.g. {@code "reason"}. */
        public Options<R> requires(String... fields) {
            required.addAll(List.of(fields));
            return this;
        }

        /** The transition needs the user's delegation of {@code authorityType} covering the subject. */
        public Options<R> authority(String authorityType,
                                    BiFunction<R, TransitionInput, AuthorityRequirement.Subject> subject) {
            this.authority = new AuthorityRequirement<>(authorityType, subject);
            return this;
        }

        /** The button's message key (default {@code <recordType>.action.<action>}). */
        public Options<R> label(String key) {
            this.labelKey = key;
            return this;
        }
    }

    /** States and the actions leaving them, for documentation and tests. */
    public Map<S, List<String>> actionsByState() {
        Map<S, List<String>> map = new LinkedHashMap<>();
        for (S s : states.getEnumConstants()) {
            map.put(s, from(s).stream().map(Transition::action).toList());
        }
        return map;
    }
}
