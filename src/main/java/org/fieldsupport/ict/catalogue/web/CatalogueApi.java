package org.fieldsupport.ict.catalogue.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.ict.ServiceCatalogue.ServiceSummary;
import org.fieldsupport.ict.catalogue.internal.CatalogueService;
import org.fieldsupport.ict.catalogue.internal.CatalogueService.ServiceDetail;
import org.fieldsupport.ict.catalogue.internal.CatalogueService.ServiceInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ICT service catalogue over HTTP: list (by kind, by mission served), one service, create, change, transitions. */
@RestController
@RequestMapping("/api/v1/ict/services")
class CatalogueApi {

    private final CatalogueService catalogue;

    CatalogueApi(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<ServiceSummary> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String mission) {
        return catalogue.list(kind, mission);
    }

    @GetMapping("/transitions")
    List<ServiceSummary> transitions() { return catalogue.transitions(); }

    @GetMapping("/{code}")
    ServiceDetail one(@PathVariable String code) { return catalogue.detail(code); }

    @PostMapping
    ResponseEntity<ServiceDetail> create(@RequestBody ServiceInput body) {
        ServiceDetail d = catalogue.create(body);
        return ResponseEntity.created(URI.create("/api/v1/ict/services/" + d.service().code())).body(d);
    }

    @org.fieldsupport.platform.api.Unversioned("service catalogue kept by ICTD headquarters alone; every change audited; last writer wins until it carries a version (noted in the decision record)")
    @PutMapping("/{code}")
    ServiceDetail update(@PathVariable String code, @RequestBody ServiceInput body) { return catalogue.update(code, body); }
}
