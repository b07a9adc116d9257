package org.fieldsupport.ict.integration.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.ict.integration.internal.IntegrationCatalogue;
import org.fieldsupport.ict.integration.internal.IntegrationCatalogue.Interface;
import org.fieldsupport.ict.integration.internal.IntegrationCatalogue.InterfaceInput;
import org.fieldsupport.ict.integration.internal.PlatformInterfaces;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The integration catalogue over HTTP, and this platform's own interfaces (generated). */
@RestController
@RequestMapping("/api/v1/ict/integration")
class IntegrationApi {

    private final IntegrationCatalogue catalogue;
    private final PlatformInterfaces platform;

    IntegrationApi(IntegrationCatalogue catalogue, PlatformInterfaces platform) {
        this.catalogue = catalogue;
        this.platform = platform;
    }

    @GetMapping("/interfaces")
    List<Interface> list(@RequestParam(required = false) String system, @RequestParam(required = false) String status) {
        return catalogue.list(system, status);
    }

    @GetMapping("/interfaces/{code}")
    Interface one(@PathVariable String code) { return catalogue.one(code); }

    @PostMapping("/interfaces")
    ResponseEntity<Interface> create(@RequestBody InterfaceInput body) {
        Interface i = catalogue.create(body);
        return ResponseEntity.created(URI.create("/api/v1/ict/integration/interfaces/" + i.code())).body(i);
    }

    @org.fieldsupport.platform.api.Unversioned("interface catalogue kept by ICTD headquarters alone; every change audited; last writer wins until it carries a version (noted in the decision record)")
    @PutMapping("/interfaces/{code}")
    Interface update(@PathVariable String code, @RequestBody InterfaceInput body) { return catalogue.update(code, body); }

    @GetMapping("/platform")
    PlatformInterfaces.Summary platform() { return platform.summary(); }
}
