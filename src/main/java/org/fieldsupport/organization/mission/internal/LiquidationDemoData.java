package org.fieldsupport.organization.mission.internal;

import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.security.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the missions already in liquidation (MINUSMA, UNAMI) have their liquidation checklist open in the work
 * inbox; MINUSMA's asset disposal plan is done. Idempotent (work items are not doubled; done stays done).
 */
@Component
@DemoData.OnDemoData
@Order(170)
class LiquidationDemoData implements ApplicationRunner {

    private final LiquidationWork work;
    private final Missions missions;
    private final MissionService service;
    private final TransactionTemplate tx;

    LiquidationDemoData(LiquidationWork work, Missions missions, MissionService service, TransactionTemplate tx) {
        this.work = work;
        this.missions = missions;
        this.service = service;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> missions.all().stream()
                .filter(m -> m.phase() == MissionPhase.LIQUIDATION)
                .filter(m -> work.lines(m.code()).stream().noneMatch(LiquidationWork.ChecklistLine::opened))
                .forEach(m -> {
                    var from = service.phaseHistory(m.code()).stream()
                            .filter(c -> c.phase() == MissionPhase.LIQUIDATION).map(c -> c.effectiveOn()).findFirst()
                            .orElse(java.time.LocalDate.now());
                    work.openChecklist(m, from);
                    if ("MINUSMA".equals(m.code())) work.done(m.code(), "asset-disposal");
                }));
    }
}
