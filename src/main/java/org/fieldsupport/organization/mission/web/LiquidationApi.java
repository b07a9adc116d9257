package org.fieldsupport.organization.mission.web;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.mission.internal.LiquidationWork;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A mission's liquidation checklist (2.1.a): opened as work items when it enters liquidation. */
@RestController
@RequestMapping("/api/v1/organization/missions/{code}/liquidation-checklist")
class LiquidationApi {

    private final LiquidationWork work;
    private final Missions missions;
    private final OrganizationAccess access;

    LiquidationApi(LiquidationWork work, Missions missions, OrganizationAccess access) {
        this.work = work;
        this.missions = missions;
        this.access = access;
    }

    record LineJson(String key, String owner, boolean opened, boolean done, String assignee, LocalDate dueOn,
                    Long workItemId) {
        static LineJson of(LiquidationWork.ChecklistLine l) {
            return new LineJson(l.item().key(), l.item().owner(), l.opened(), l.done(),
                    l.work() == null ? null : l.work().assignee().name(), l.work() == null ? null : l.work().dueOn(),
                    l.work() == null ? null : l.work().id());
        }
    }

    @GetMapping
    List<LineJson> checklist(@PathVariable String code) {
        String c = missions.find(code).orElseThrow(() -> new NotFoundException("mission", code)).code();
        return work.lines(c).stream().map(LineJson::of).toList();
    }

    @PostMapping("/{key}/done")
    LineJson done(@PathVariable String code, @PathVariable String key) {
        String c = missions.find(code).orElseThrow(() -> new NotFoundException("mission", code)).code();
        access.require(OrganizationAccess.MISSIONS_EDIT, Scope.mission(c));
        return LineJson.of(work.done(c, key));
    }
}
