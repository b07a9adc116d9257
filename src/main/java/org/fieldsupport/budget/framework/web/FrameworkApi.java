package org.fieldsupport.budget.framework.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.framework.internal.Frameworks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Results-based budgeting frameworks: items, actuals, versions, carry-over. */
@RestController("budgetFrameworkApi")
@RequestMapping("/api/v1/budget/frameworks")
class FrameworkApi {

    private final Frameworks frameworks;

    private final RecordVersions versions;
    /** its version is kept in platform_record_version (V35_1, concurrent edits). */
    static final VersionedRow.Kind ITEM = VersionedRow.of("bud_framework_item", null, null, null,
            "id = ? AND framework_id = ?");

    FrameworkApi(Frameworks frameworks, RecordVersions versions) {
        this.versions = versions;
        this.frameworks = frameworks;
    }

    record CreateRequest(String missionCode, Integer periodStart) { }

    record ActualRequest(String actual) { }

    @GetMapping
    List<Map<String, Object>> list() {
        return frameworks.list().stream().map(FrameworkApi::json).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody CreateRequest r) {
        Frameworks.Framework f = frameworks.create(r.missionCode(), r.periodStart());
        return ResponseEntity.created(URI.create("/api/v1/budget/frameworks/" + f.id())).body(json(f));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> m = json(frameworks.get(id));
        m.put("items", frameworks.items(id));
        return m;
    }

    @PostMapping("/{id}/items")
    ResponseEntity<Frameworks.Item> add(@PathVariable long id, @RequestBody Frameworks.NewItem r) {
        return ResponseEntity.created(URI.create("/api/v1/budget/frameworks/" + id)).body(frameworks.addItem(id, r));
    }

    @PutMapping("/{id}/items/{itemId}/actual")
    ResponseEntity<Frameworks.Item> actual(@PathVariable long id, @PathVariable long itemId, @IfMatch Long version,
                                           @RequestBody ActualRequest r) {
        return versions.ok(versions.write(version, ITEM.row(itemId, id), () -> frameworks.recordActual(id, itemId, r.actual())),
                ITEM.row(itemId, id));
    }

    @PostMapping("/{id}/new-version")
    ResponseEntity<Map<String, Object>> newVersion(@PathVariable long id) {
        Frameworks.Framework f = frameworks.newVersion(id);
        return ResponseEntity.created(URI.create("/api/v1/budget/frameworks/" + f.id())).body(json(f));
    }

    @PostMapping("/{id}/carry-over")
    ResponseEntity<Map<String, Object>> carryOver(@PathVariable long id) {
        Frameworks.Framework f = frameworks.carryOver(id);
        return ResponseEntity.created(URI.create("/api/v1/budget/frameworks/" + f.id())).body(json(f));
    }

    static Map<String, Object> json(Frameworks.Framework f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("missionCode", f.missionCode());
        m.put("period", f.period());
        m.put("version", f.version());
        m.put("carriedFrom", f.carriedFrom());
        m.put("latest", f.latest());
        return m;
    }
}
