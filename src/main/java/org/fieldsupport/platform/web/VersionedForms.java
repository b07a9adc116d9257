package org.fieldsupport.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.StaleVersionException;
import org.fieldsupport.platform.api.VersionedRow;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Concurrent edits on forms (issue 10 item 2), the one helper every form edit path uses: the form carries the version
 * it was based on ({@code platform/fragments/ui :: versionField}); {@link #write} saves only on that version
 * ({@link RecordVersions#write}: row lock, compare, the module's own write, version advanced) and otherwise throws
 * {@link StaleVersionException}; the page then shows {@code ui :: staleEdit(${stale})} — who changed the record and
 * when, each field saved now next to what the user typed — above the form refilled with what the user typed and the
 * current version, so saving again applies the user's values knowingly. Nothing is written on a stale save.
 * <pre>{@code
 * try {
 *     forms.write(version, MY_RECORD.row(id), () -> service.update(id, changes));
 * } catch (StaleVersionException e) {
 *     VersionedForms.keep(redirect, e, savedAsForm, typed, name -> label(name));  // flash "stale" and "typed"
 * }
 * }</pre>
 * A page that renders directly (no redirect) puts {@code StaleEdit.of(e).fields(...)} as {@code stale} in the model
 * and the typed values back in its form.
 */
@Component
public class VersionedForms {

    private final RecordVersions versions;

    VersionedForms(RecordVersions versions) {
        this.versions = versions;
    }

    /** Runs {@code write} when {@code version} is the row's current one; {@code null} (an old form) writes as before. */
    public <T> T write(Long version, VersionedRow row, Supplier<T> write) {
        return versions.write(version, row, write);
    }

    /** The same for a write without result. */
    public void write(Long version, VersionedRow row, Runnable write) {
        versions.write(version, row, () -> {
            write.run();
            return null;
        });
    }

    /** The record's current version (for the hidden field); null when there is no such row. */
    public Long version(VersionedRow row) {
        var v = versions.current(row);
        return v.isPresent() ? v.getAsLong() : null;
    }

    /** The parameter a form sends its version in, or null (absent, blank or not a number: an old form). */
    public static Long version(Map<String, String> form) {
        String v = form == null ? null : form.get("version");
        if (v == null || v.isBlank()) return null;
        try {
            return Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A stale save answered with a redirect: flashes {@code stale} (the panel) and {@code typed} (what the user typed,
     * with {@code version} set to the current one) for the page the redirect shows.
     * @return the typed values as flashed (to be put under another name when the page reads its form from one)
     */
    public static Map<String, String> keep(RedirectAttributes redirect, StaleVersionException e,
                                           Map<String, String> saved, Map<String, String> typed,
                                           Function<String, String> label) {
        Map<String, String> kept = new LinkedHashMap<>(typed);
        kept.remove("_csrf");
        kept.put("version", String.valueOf(e.currentVersion()));
        redirect.addFlashAttribute("stale", StaleEdit.of(e).fields(saved, kept, label));
        redirect.addFlashAttribute("typed", kept);
        return kept;
    }
}
