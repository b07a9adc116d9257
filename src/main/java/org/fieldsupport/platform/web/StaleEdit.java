package org.fieldsupport.platform.web;

import java.time.OffsetDateTime;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.fieldsupport.platform.api.StaleVersionException;

/**
 * A form saved on a stale version (concurrent edits, issue 10 item 2): the screen shows the form again with what the
 * user typed kept, the hidden version set to the current one (saving again applies the user's values knowingly), and
 * the panel {@code platform/fragments/ui :: staleEdit(${stale})}: who changed the record, when, and each field whose
 * saved value now differs from what the user typed.
 * <pre>{@code
 * } catch (StaleVersionException e) {
 *     model.addAttribute("stale", StaleEdit.of(e).field(label("name_en"), current.nameEn(), nameEn));
 *     model.addAttribute("version", e.currentVersion());   // and the typed values as the form's values
 * }
 * }</pre>
 * Forms that post back and redirect (flash attributes) use {@link VersionedForms#keep}. Serializable: it travels in
 * the session's flash map, which lives in the database with several nodes.
 */
public final class StaleEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form parameters that are not the record's fields. */
    private static final Set<String> NOT_FIELDS = Set.of("version", "_csrf", "_form");

    /** One field: its label, the value saved now (by the other person), the value the user typed. */
    public record Field(String label, String saved, String yours) implements Serializable { }

    private final String modifiedBy;
    private final OffsetDateTime modifiedAt;
    private final long currentVersion;
    private final List<Field> fields = new ArrayList<>();

    private StaleEdit(String modifiedBy, OffsetDateTime modifiedAt, long currentVersion) {
        this.modifiedBy = modifiedBy;
        this.modifiedAt = modifiedAt;
        this.currentVersion = currentVersion;
    }

    public static StaleEdit of(StaleVersionException e) {
        return new StaleEdit(e.modifiedBy(), e.modifiedAt(), e.currentVersion());
    }

    /** Adds the field when the saved value differs from the typed one (blank and null are the same). */
    public StaleEdit field(String label, Object saved, Object yours) {
        String s = text(saved);
        String y = text(yours);
        if (!Objects.equals(s, y)) fields.add(new Field(label, s, y));
        return this;
    }

    /**
     * Adds every field the user typed (form parameters, not the version nor the CSRF token) whose saved value
     * ({@code saved}, the record now as the form shows it) differs; {@code label} names a parameter for the panel.
     */
    public StaleEdit fields(Map<String, String> saved, Map<String, String> typed, Function<String, String> label) {
        typed.forEach((name, value) -> {
            if (!NOT_FIELDS.contains(name)) field(label.apply(name), saved.get(name), value);
        });
        return this;
    }

    private static String text(Object value) {
        if (value == null) return "";
        String s = value.toString().trim();
        return s;
    }

    public String modifiedBy() { return modifiedBy; }

    public OffsetDateTime modifiedAt() { return modifiedAt; }

    public long currentVersion() { return currentVersion; }

    public List<Field> fields() { return List.copyOf(fields); }
}
