package org.fieldsupport.organization.attribution.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.fieldsupport.organization.AttributionSummary;
import org.fieldsupport.organization.Attributions;
import org.fieldsupport.organization.attribution.domain.TextMatch;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attribution catalogue. The 138 rows are small and read on every lookup, so they are held in memory
 * (reloaded after any edit commits here and every 30 s for edits on other nodes) and free-text search ranks
 * them in Java.
 */
@Service
public class AttributionService implements Attributions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Catalogue> cache = new AtomicReference<>();

    AttributionService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    record Entry(AttributionSummary summary, String normalizedKeywords, String normalizedText, long version) { }

    record Catalogue(Map<String, Entry> byId, long loadedAt) { }

    /** Reloaded after an edit here, and at least every 30 s so edits made on another node show up. */
    private static final long MAX_AGE_NANOS = 30_000_000_000L;

    private Catalogue catalogue() {
        Catalogue c = cache.get();
        if (c == null || System.nanoTime() - c.loadedAt() > MAX_AGE_NANOS) {
            c = load();
            cache.set(c);
        }
        return c;
    }

    private Catalogue load() {
        Map<String, List<String>> holders = new LinkedHashMap<>();
        jdbc.sql("SELECT attribution_id, unit_code FROM org_attribution_holder ORDER BY attribution_id, unit_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> holders.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, Entry> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM org_attribution").query((rs, n) -> {
            String id = rs.getString("attribution_id");
            AttributionSummary s = new AttributionSummary(id, rs.getString("section"), rs.getString("owner_module"),
                    rs.getString("text_fr"), rs.getString("summary_en"), rs.getString("keywords_en"),
                    rs.getString("keywords_fr"), List.copyOf(holders.getOrDefault(id, List.of())));
            return new Entry(s, TextMatch.normalize(s.keywordsEn() + " " + s.keywordsFr()),
                    rs.getString("search_text"), rs.getLong("version"));
        }).list().stream().sorted(Comparator.comparing(e -> sortKey(e.summary().id())))
                .forEach(e -> byId.put(e.summary().id(), e));
        return new Catalogue(byId, System.nanoTime());
    }

    /** "5.12.a" after "5.9.c": numeric parts compared as numbers. */
    static String sortKey(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("\\.")) {
            sb.append(part.chars().allMatch(Character::isDigit) ? String.format("%04d", Integer.parseInt(part)) : part).append('.');
        }
        return sb.toString();
    }

    @Override
    public Optional<AttributionSummary> find(String id) {
        if (id == null) return Optional.empty();
        return Optional.ofNullable(catalogue().byId().get(id.trim().toLowerCase(java.util.Locale.ROOT)))
                .map(Entry::summary);
    }

    @Override
    public List<AttributionSummary> all() {
        return catalogue().byId().values().stream().map(Entry::summary).toList();
    }

    public long version(String id) {
        Entry e = catalogue().byId().get(id);
        if (e == null) throw new NotFoundException("attribution", id);
        return e.version();
    }

    @Override
    public List<AttributionSummary> search(String text) {
        if (text == null || text.isBlank()) return List.of();
        Optional<AttributionSummary> exact = find(text.trim());
        if (exact.isPresent()) return List.of(exact.get());
        List<String> terms = TextMatch.terms(text);
        if (terms.isEmpty()) return List.of();
        record Scored(AttributionSummary a, int score) { }
        return catalogue().byId().values().stream()
                .map(e -> new Scored(e.summary(), TextMatch.score(terms, e.normalizedKeywords(), e.normalizedText())))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(s -> sortKey(s.a().id())))
                .map(Scored::a).toList();
    }

    public List<AttributionSummary> heldBy(String unitCode) {
        return all().stream().filter(a -> a.holderUnits().contains(unitCode)).toList();
    }

    public record AttributionForm(String summaryEn, String keywordsEn, String keywordsFr, List<String> holderUnits,
                                  Long version) { }

    /** Edits the English summary, keywords and holders (the French text is the bulletin's and stays). */
    @Transactional
    public AttributionSummary update(String id, AttributionForm form) {
        AttributionSummary before = find(id).orElseThrow(() -> new NotFoundException("attribution", id));
        if (form.summaryEn() == null || form.summaryEn().isBlank()) {
            throw new BusinessRuleException("org.field.required", "summary_en");
        }
        for (String unit : form.holderUnits()) {
            Long n = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = :c").param("c", unit).query(Long.class).single();
            if (n == 0) throw new BusinessRuleException("org.unit.unknown", unit);
        }
        long expected = form.version() == null ? version(id) : form.version();
        int updated = jdbc.sql("""
                UPDATE org_attribution SET summary_en = :s, keywords_en = :ke, keywords_fr = :kf, search_text = :st,
                    version = version + 1, modified_by = :by, modified_at = :now
                 WHERE attribution_id = :id AND version = :v""")
                .param("s", form.summaryEn().trim()).param("ke", form.keywordsEn()).param("kf", form.keywordsFr())
                .param("st", AttributionCatalogueMigration.searchText(id, before.textFr(), form.summaryEn(),
                        form.keywordsEn(), form.keywordsFr()))
                .param("by", CurrentUser.usernameOrSystem()).param("now", OffsetDateTime.now())
                .param("id", id).param("v", expected).update();
        if (updated == 0) throw new OptimisticLockingFailureException("attribution " + id + " was changed meanwhile");
        jdbc.sql("DELETE FROM org_attribution_holder WHERE attribution_id = :id").param("id", id).update();
        for (String unit : form.holderUnits()) {
            jdbc.sql("INSERT INTO org_attribution_holder (attribution_id, unit_code) VALUES (:id, :u)")
                    .param("id", id).param("u", unit).update();
        }
        AttributionSummary after = new AttributionSummary(id, before.section(), before.ownerModule(), before.textFr(),
                form.summaryEn().trim(), form.keywordsEn(), form.keywordsFr(), List.copyOf(form.holderUnits()));
        events.publishEvent(DataChanged.updated("organization.attribution", id, before, after));
        invalidateAfterCommit();
        return after;
    }

    private void invalidateAfterCommit() {
        cache.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.set(null);
                }
            });
        }
    }
}
