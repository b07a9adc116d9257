package org.fieldsupport.procurement.shared.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.procurement.contract.internal.Contracts;
import org.fieldsupport.procurement.plan.internal.AcquisitionPlans;
import org.fieldsupport.procurement.procedure.internal.Procedures;
import org.fieldsupport.procurement.vendor.internal.VendorEvaluations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Procurement demo data (only with {@code fsp.demo-data}): user {@code procurement.officer} (password = user name);
 * three systems contracts with call-offs (one expiring within 90 days, deliveries evaluated), acquisition plans of
 * MINUSCA and UNMISS for 2026/27, published procedures and advice. Vendors are fictitious. Idempotent.
 */
@Component
@DemoData.OnDemoData
@Order(410)
class ProcurementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcurementDemoData.class);

    private final UserDirectory users;
    private final Contracts contracts;
    private final VendorEvaluations evaluations;
    private final AcquisitionPlans plans;
    private final Procedures procedures;
    private final JdbcClient jdbc;

    ProcurementDemoData(UserDirectory users, Contracts contracts, VendorEvaluations evaluations, AcquisitionPlans plans,
                        Procedures procedures, JdbcClient jdbc) {
        this.users = users;
        this.contracts = contracts;
        this.evaluations = evaluations;
        this.plans = plans;
        this.procedures = procedures;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            users.ensureUser("procurement.officer", "Procurement Officer (demo)", "procurement.officer@fieldsupport.example",
                    "en", "procurement.officer");
            users.ensureRoleAssignment("procurement.officer", ProcurementPermissions.ROLE_OFFICER, Scope.department());
            if (jdbc.sql("SELECT COUNT(*) FROM proc_contract WHERE reference = 'SC-2026-001'").query(Long.class).single() > 0) {
                return;
            }
            load();
            log.info("Procurement demo data in place (three systems contracts, fictitious vendors)");
        } catch (RuntimeException e) {
            log.warn("Procurement demo data not loaded: {}", e.toString());
        }
    }

    static BigDecimal d(String s) { return new BigDecimal(s); }

    private void load() {
        String u = "procurement.officer";
        LocalDate today = LocalDate.now();
        Contracts.Contract fuel = contracts.insert("SC-2026-001", "Ubangi Energy Supply Ltd (fictitious)",
                "Turnkey supply of diesel and jet fuel", d("45000000.00"), "USD", LocalDate.of(2025, 7, 1),
                LocalDate.of(2028, 6, 30), Set.of("MINUSCA", "UNMISS"), u);
        Contracts.Contract rations = contracts.insert("SC-2024-014", "Nile Catering Services (fictitious)",
                "Rations for contingents: delivery to team sites", d("30000000.00"), "USD", LocalDate.of(2024, 1, 1),
                today.plusDays(60), Set.of("UNMISS"), u);
        Contracts.Contract prefab = contracts.insert("SC-2026-007", "Modular Camp Structures SA (fictitious)",
                "Prefabricated accommodation and ablution units", d("12000000.00"), "USD", LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), Set.of("MINUSCA", "MONUSCO", "UNMISS"), u);
        var c1 = contracts.reserve(fuel, "MINUSCA", LocalDate.of(2026, 7, 3), d("6200000.00"), "Diesel, Q1 2026/27, Bangui and Bria", u);
        contracts.reserve(fuel, contracts.get("SC-2026-001").missions().contains("UNMISS") ? "UNMISS" : "MINUSCA",
                LocalDate.of(2026, 7, 10), d("8100000.00"), "Jet A-1, Q1 2026/27, Juba and Malakal", u);
        contracts.reserve(contracts.get("SC-2026-001"), "MINUSCA", LocalDate.of(2026, 10, 2), d("5900000.00"),
                "Diesel, Q2 2026/27", u);
        var r1 = contracts.reserve(rations, "UNMISS", LocalDate.of(2025, 7, 1), d("11800000.00"), "Rations 2025/26", u);
        contracts.reserve(contracts.get("SC-2024-014"), "UNMISS", LocalDate.of(2026, 7, 1), d("12650000.00"),
                "Rations 2026/27", u);
        var p1 = contracts.reserve(prefab, "MINUSCA", LocalDate.of(2026, 3, 15), d("1450000.00"),
                "40 accommodation units, Bria camp", u);
        contracts.reserve(contracts.get("SC-2026-007"), "UNMISS", LocalDate.of(2026, 8, 1), d("880000.00"),
                "Ablution units, Bentiu", u);
        for (var c : List.of(c1, r1, p1)) {
            jdbc.sql("UPDATE proc_call_off SET status = 'DELIVERED', delivered_on = ? WHERE id = ?")
                    .params(c.date().plusDays(40), c.id()).update();
        }
        evaluations.record(c1.id(), 4, 3, 5, "Two deliveries late in the rainy season.", u);
        evaluations.record(r1.id(), 3, 2, 4, "Fresh rations short at Malakal in August.", u);
        evaluations.record(p1.id(), 5, 4, 5, null, u);

        for (String mission : List.of("MINUSCA", "UNMISS")) {
            var plan = plans.insert(mission, LocalDate.of(2026, 7, 1), u);
            var l1 = plans.insertLine(plan.id(), "Armoured vehicles, light (replacement)", "VEHICLES", d("2400000.00"), 1);
            plans.insertLine(plan.id(), "Generators 250-500 kVA", "GOODS", d("860000.00"), 2);
            plans.insertLine(plan.id(), "Camp maintenance services", "SERVICES", d("3100000.00"), 1);
            plans.insertLine(plan.id(), "VSAT and radio equipment", "ICT", d("640000.00"), 3);
            plans.insertLine(plan.id(), "Medical consumables", "MEDICAL", d("410000.00"), 4);
            jdbc.sql("UPDATE proc_plan_line SET requisition_ref = ?, requisitioned_by = ?, requisitioned_at = CURRENT_TIMESTAMP "
                    + "WHERE id = ?").params("REQ-" + mission + "-2026-" + String.format("%05d", l1.id()), u, l1.id()).update();
        }

        var p = procedures.insert("PROC-SYSCON-CALLOFF", "Calling off against systems contracts",
                "Commandes passées sur les contrats-cadres",
                "A mission calls off only against a contract that covers it and is valid on the call-off date; the "
                        + "amount may not exceed what remains of the not-to-exceed ceiling. Cancelling a call-off gives its "
                        + "amount back. The receiving mission records the delivery and evaluates the vendor.",
                "Une mission ne passe commande que sur un contrat qui la couvre et qui est valide à la date de la commande ; "
                        + "le montant ne peut dépasser le solde du plafond. L’annulation d’une commande en restitue le montant. "
                        + "La mission destinataire consigne la livraison et évalue le fournisseur.", u);
        procedures.publish(p.id(), u);
        var p2 = procedures.insert("PROC-DOA-AWARDS", "Awards above the local limit", "Attributions au-delà du seuil local",
                "Above the mission's local limit an award needs a delegation of procurement authority covering the "
                        + "mission and the amount; its use is logged in the register of delegations.",
                "Au-delà du seuil local de la mission, une attribution exige une délégation de pouvoir en matière d’achats "
                        + "couvrant la mission et le montant ; son usage est consigné au registre des délégations.", u);
        procedures.publish(p2.id(), u);
        var a = procedures.insertAdvice(null, "Fuel turnkey contracts after 2028",
                "Should the Department re-tender the turnkey fuel contracts as one regional contract?", "dir.lsd");
        procedures.give(a.reference(), "Yes for MINUSCA and UNMISS (same supply corridor); keep separate lots per mission "
                + "so that a vendor failure does not stop both.", u);
        procedures.insertAdvice("UNMISS", "Rations contract expiry",
                "SC-2024-014 expires in two months: extension or new solicitation?", "budget.hq");
    }
}
