package org.fieldsupport.organization.policy.internal;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.platform.security.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo policy texts: the procurement delegation policy issued (v1) with a revision in consultation with the
 * Department of Management (v2); the claims certification policy as a draft. Idempotent (skips existing codes).
 */
@Component
@DemoData.OnDemoData
@Order(180)
class PolicyDemoData implements ApplicationRunner {

    private static final String BY = "admin";

    private final PolicyTexts texts;
    private final TransactionTemplate tx;

    PolicyDemoData(PolicyTexts texts, TransactionTemplate tx) {
        this.texts = texts;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (texts.latest().stream().noneMatch(t -> t.code().equals("DOA-PROCUREMENT"))) {
                texts.create(new PolicyTexts.TextForm("DOA-PROCUREMENT", "Delegation of procurement authority to missions",
                        "Délégation de pouvoirs en matière d’achats aux missions",
                        "1. The Under-Secretary-General for Field Support delegates procurement authority to Directors and "
                                + "Chiefs of Mission Support up to the limits recorded in the register.\n2. Sub-delegation to "
                                + "Chief Procurement Officers requires written acknowledgement.\n3. Every use is checked "
                                + "against the register before a contract is awarded.",
                        List.of("PROCUREMENT"), null));
                texts.actAs(BY, "DOA-PROCUREMENT", 1, "consult", new PolicyTexts.ActionForm(List.of("EXT-DM"),
                        LocalDate.now().plusDays(1), null, null, null));
                texts.actAs(BY, "DOA-PROCUREMENT", 1, "issue", new PolicyTexts.ActionForm(null, null,
                        LocalDate.of(2025, 1, 1), null, null));
                texts.newVersion("DOA-PROCUREMENT");
                texts.actAs(BY, "DOA-PROCUREMENT", 2, "consult", new PolicyTexts.ActionForm(List.of("EXT-DM", "EXT-DPKO"),
                        LocalDate.now().plusDays(21), null, null, null));
            }
            if (texts.latest().stream().noneMatch(t -> t.code().equals("DOA-CLAIMS"))) {
                texts.create(new PolicyTexts.TextForm("DOA-CLAIMS", "Certification of contingent-owned equipment claims",
                        "Certification des demandes de remboursement au titre du matériel appartenant aux contingents",
                        "Certifying officers of the Memorandum of Understanding and Claims Management Section certify "
                                + "amounts payable within the limits delegated to them (7.5.b).",
                        List.of("CLAIM_CERTIFICATION"), null));
            }
        });
    }
}
