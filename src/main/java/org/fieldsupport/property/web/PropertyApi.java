package org.fieldsupport.property.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.property.count.internal.PhysicalCounts;
import org.fieldsupport.property.register.internal.PropertyRegister;
import org.fieldsupport.property.writeoff.internal.WriteOffCases;
import org.fieldsupport.platform.api.Idempotent;
import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The property register, physical counts and write-off cases (WRITE-OFF-2026-v1) over REST. */
@RestController
@RequestMapping(path = "/api/v1/property", produces = MediaType.APPLICATION_JSON_VALUE)
class PropertyApi {

    private final PropertyRegister register;
    private final PhysicalCounts counts;
    private final WriteOffCases writeOffs;
    private final RecordVersions versions;

    PropertyApi(PropertyRegister register, PhysicalCounts counts, WriteOffCases writeOffs, RecordVersions versions) {
        this.register = register;
        this.counts = counts;
        this.writeOffs = writeOffs;
        this.versions = versions;
    }

    /** {@code version}: the case's version the user saw (optional; a move of a case that changed since is 409). */
    record Recommendation(Boolean writeOff, String recommendation, Long version) { }

    record Approval(Long version) { }

    record Disposal(String method, Long version) { }

    @PostMapping("/assets")
    ResponseEntity<PropertyRegister.Asset> register(@RequestBody PropertyRegister.NewAsset asset) {
        PropertyRegister.Asset a = register.register(asset);
        return ResponseEntity.created(URI.create("/api/v1/property/assets/" + a.id())).body(a);
    }

    @GetMapping("/assets")
    List<PropertyRegister.Asset> assets(@RequestParam(required = false) String mission,
                                        @RequestParam(required = false) String location,
                                        @RequestParam(required = false) String status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        return register.list(mission, location, status, Math.max(0, page), Math.min(Math.max(1, size), 200));
    }

    @GetMapping("/assets/{id}")
    ResponseEntity<PropertyRegister.Asset> asset(@PathVariable long id) {
        return versions.ok(register.asset(id), PropertyRegister.ROW.row(id));
    }

    /** A transfer of custody or location, or a corrected description; {@code If-Match} the asset's {@code ETag}. */
    @PutMapping(path = "/assets/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PropertyRegister.Asset> update(@PathVariable long id, @IfMatch Long version,
                                                  @RequestBody PropertyRegister.AssetChange change) {
        register.asset(id);   // 404 outside the user's scope before any version is compared
        return versions.ok(versions.write(version, PropertyRegister.ROW.row(id), () -> register.update(id, change)),
                PropertyRegister.ROW.row(id));
    }

    @PostMapping("/counts")
    ResponseEntity<PhysicalCounts.Count> count(@RequestBody PhysicalCounts.NewCount count) {
        PhysicalCounts.Count c = counts.record(count);
        return ResponseEntity.created(URI.create("/api/v1/property/counts/" + c.id())).body(c);
    }

    @GetMapping("/counts")
    List<PhysicalCounts.Count> counts(@RequestParam(required = false) String mission) {
        return counts.list(mission);
    }

    @GetMapping("/counts/{id}")
    PhysicalCounts.Count countDetail(@PathVariable long id) {
        return counts.count(id);
    }

    @PostMapping("/write-offs")
    @Idempotent
    ResponseEntity<WriteOffCases.Case> open(@RequestBody WriteOffCases.NewCase request) {
        WriteOffCases.Case c = writeOffs.open(request);
        return ResponseEntity.created(URI.create("/api/v1/property/write-offs/" + c.id())).body(c);
    }

    @GetMapping("/write-offs")
    List<WriteOffCases.Case> cases(@RequestParam(required = false) String mission) {
        return writeOffs.list(mission);
    }

    @GetMapping("/write-offs/{id}/history")
    List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> history(@PathVariable long id) {
        return writeOffs.history(id);
    }

    @GetMapping("/write-offs/{id}")
    WriteOffCases.Case writeOff(@PathVariable long id) {
        return writeOffs.read(id);
    }

    @PostMapping("/write-offs/{id}/recommend")
    WriteOffCases.Case recommend(@PathVariable long id, @RequestBody Recommendation r) {
        return writeOffs.recommend(id, r == null || !Boolean.FALSE.equals(r.writeOff()), r == null ? null : r.recommendation(),
                r == null ? null : r.version());
    }

    @PostMapping("/write-offs/{id}/approve")
    @Idempotent
    WriteOffCases.Case approve(@PathVariable long id, @RequestBody(required = false) Approval a) {
        return writeOffs.approve(id, a == null ? null : a.version());
    }

    @PostMapping("/write-offs/{id}/dispose")
    WriteOffCases.Case dispose(@PathVariable long id, @RequestBody Disposal d) {
        return writeOffs.dispose(id, d == null ? null : d.method(), d == null ? null : d.version());
    }
}
