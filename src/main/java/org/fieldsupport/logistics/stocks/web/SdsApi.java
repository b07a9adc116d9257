package org.fieldsupport.logistics.stocks.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.logistics.stocks.internal.DeploymentStocks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Strategic deployment stocks over REST: kits (with readiness and replenishment), lots, allocations. */
@RestController
@RequestMapping(path = "/api/v1/logistics/sds", produces = MediaType.APPLICATION_JSON_VALUE)
class SdsApi {

    private final DeploymentStocks stocks;

    SdsApi(DeploymentStocks stocks) {
        this.stocks = stocks;
    }

    /** {@code version}: the allocation's version the user saw (optional; 409 when it changed since). */
    record Shipment(String waybill, Long version) { }

    record Receipt(Integer serviceable, String note, Long version) { }

    @GetMapping("/kits")
    List<DeploymentStocks.Kit> kits() {
        return stocks.kits();
    }

    @PostMapping("/kits")
    ResponseEntity<DeploymentStocks.Kit> addKit(@RequestBody DeploymentStocks.NewKit kit) {
        DeploymentStocks.Kit k = stocks.addKit(kit);
        return ResponseEntity.created(URI.create("/api/v1/logistics/sds/kits/" + k.code())).body(k);
    }

    @PostMapping("/lots")
    ResponseEntity<DeploymentStocks.Kit> addLot(@RequestBody DeploymentStocks.NewLot lot) {
        return ResponseEntity.status(201).body(stocks.addLot(lot));
    }

    @GetMapping("/allocations")
    List<DeploymentStocks.Allocation> allocations() {
        return stocks.allocations();
    }

    @PostMapping("/allocations")
    ResponseEntity<DeploymentStocks.Allocation> allocate(@RequestBody DeploymentStocks.NewAllocation allocation) {
        DeploymentStocks.Allocation a = stocks.allocate(allocation);
        return ResponseEntity.created(URI.create("/api/v1/logistics/sds/allocations/" + a.id())).body(a);
    }

    @GetMapping("/allocations/{id}")
    DeploymentStocks.Allocation allocation(@PathVariable long id) {
        return stocks.allocation(id);
    }

    @PostMapping("/allocations/{id}/ship")
    DeploymentStocks.Allocation ship(@PathVariable long id, @RequestBody Shipment s) {
        return stocks.ship(id, s == null ? null : s.waybill(), s == null ? null : s.version());
    }

    @PostMapping("/allocations/{id}/receive")
    DeploymentStocks.Allocation receive(@PathVariable long id, @RequestBody Receipt r) {
        return stocks.receive(id, r == null ? null : r.serviceable(), r == null ? null : r.note(),
                r == null ? null : r.version());
    }
}
