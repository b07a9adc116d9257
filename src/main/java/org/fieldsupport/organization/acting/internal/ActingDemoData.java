package org.fieldsupport.organization.acting.internal;

import java.time.LocalDate;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.platform.security.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo acting arrangements: the ASG (asg.dfs) will act for the USG during a leave next month (5.2.c), and an
 * officer-in-charge runs the Cartographic Section now. Idempotent: one arrangement per position at most.
 */
@Component
@DemoData.OnDemoData
@Order(160)
class ActingDemoData implements ApplicationRunner {

    private final ActingArrangementRegister register;
    private final OrganizationStructure structure;
    private final StructureEditing editing;
    private final TransactionTemplate tx;

    ActingDemoData(ActingArrangementRegister register, OrganizationStructure structure, StructureEditing editing,
                   TransactionTemplate tx) {
        this.register = register;
        this.structure = structure;
        this.editing = editing;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now();
        tx.executeWithoutResult(status -> {
            if (structure.person("asg.dfs").isPresent() && register.ofPosition("DFS-HEAD").isEmpty()) {
                LocalDate from = today.plusMonths(1).withDayOfMonth(1);
                register.create(new ActingArrangementRegister.ArrangementForm("DFS-HEAD", "asg.dfs", from,
                        from.plusDays(13), "Annual leave of the Under-Secretary-General"));
            }
            if (structure.position("DFS-CARTO-HEAD", today).isPresent() && register.ofPosition("DFS-CARTO-HEAD").isEmpty()) {
                if (structure.person("8200105").isEmpty()) {
                    editing.createPerson(new StructureEditing.PersonForm("8200105", "Ana Souza", null, null));
                }
                register.create(new ActingArrangementRegister.ArrangementForm("DFS-CARTO-HEAD", "8200105",
                        today.minusDays(7), today.plusDays(21), "Mission assignment of the Chief"));
            }
        });
    }
}
