package org.fieldsupport.organization.acting.web;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.acting.internal.ActingArrangementRegister;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.security.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acting arrangements (5.2.c) over JSON: an officer-in-charge for a position for a period. Creating or cancelling
 * one needs {@code organization.structure.edit} for the position's unit (or mission).
 */
@RestController
@RequestMapping("/api/v1/organization/acting-arrangements")
class ActingApi {

    private final ActingArrangementRegister register;
    private final OrganizationStructure structure;
    private final OrganizationAccess access;

    ActingApi(ActingArrangementRegister register, OrganizationStructure structure, OrganizationAccess access) {
        this.register = register;
        this.structure = structure;
        this.access = access;
    }

    /** Current and coming arrangements (ending on or after {@code endingFrom}, default today); all with {@code all=true}. */
    @GetMapping
    List<ActingArrangementRegister.Arrangement> list(
            @RequestParam(required = false) String position, @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endingFrom) {
        if (position != null && !position.isBlank()) return register.ofPosition(position);
        return register.list(all ? null : endingFrom == null ? LocalDate.now() : endingFrom);
    }

    @GetMapping("/{id}")
    ActingArrangementRegister.Arrangement get(@PathVariable long id) {
        return register.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ActingArrangementRegister.Arrangement create(@RequestBody ActingArrangementRegister.ArrangementForm form) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, scopeOf(form.positionCode(), form.validFrom()));
        return register.create(form);
    }

    record CancelRequest(Long version) { }

    @PostMapping("/{id}/cancel")
    ActingArrangementRegister.Arrangement cancel(@PathVariable long id, @RequestBody(required = false) CancelRequest request) {
        ActingArrangementRegister.Arrangement a = register.get(id);
        access.require(OrganizationAccess.STRUCTURE_EDIT, scopeOf(a.positionCode(), a.validFrom()));
        return register.cancel(id, request == null ? null : request.version());
    }

    /** The unit (or mission) of the position decides who may name its officer-in-charge; unknown: the department. */
    Scope scopeOf(String positionCode, LocalDate on) {
        if (positionCode == null || positionCode.isBlank()) return Scope.department();
        return structure.position(positionCode.strip().toUpperCase(java.util.Locale.ROOT), on)
                .map(ActingApi::scope).orElse(Scope.department());
    }

    static Scope scope(PositionSummary p) {
        return p.unitCode() != null ? Scope.unit(p.unitCode()) : Scope.mission(p.missionCode());
    }
}
