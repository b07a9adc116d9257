package org.fieldsupport.organization.cooperation.internal;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.platform.security.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the teams and agreements (demo data on only): fictional specialists of the support divisions
 * staffing the Africa I and Middle East teams, and three service-level arrangements with other departments
 * (one due for review). Idempotent: skips what exists.
 */
@Component
@DemoData.OnDemoData
@Order(150)
class CooperationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CooperationDemoData.class);

    private final TeamRegister teams;
    private final AgreementRegister agreements;
    private final OrganizationStructure structure;
    private final StructureEditing editing;
    private final TransactionTemplate tx;

    CooperationDemoData(TeamRegister teams, AgreementRegister agreements, OrganizationStructure structure,
                        StructureEditing editing, TransactionTemplate tx) {
        this.teams = teams;
        this.agreements = agreements;
        this.structure = structure;
        this.editing = editing;
        this.tx = tx;
    }

    private record DemoSpecialist(String team, String index, String name, String unit, int share, String role) { }

    private static final List<DemoSpecialist> SPECIALISTS = List.of(
            new DemoSpecialist("IOT-AF1", "8200101", "Kofi Asante", "DFS-LOS", 60, "logistics officer"),
            new DemoSpecialist("IOT-AF1", "8200102", "Claire Morel", "DFS-FPOS-RHR1", 50, "human resources officer"),
            new DemoSpecialist("IOT-AF1", "8200103", "Ravi Menon", "DFS-BPRS", 50, "budget officer"),
            new DemoSpecialist("IOT-ME", "8200101", "Kofi Asante", "DFS-LOS", 40, "logistics officer"),
            new DemoSpecialist("IOT-ME", "8200104", "Leila Nasser", "DFS-FPOS-RHR3", 100, "human resources officer"));

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            LocalDate from = LocalDate.of(LocalDate.now().getYear(), 1, 1);
            for (DemoSpecialist s : SPECIALISTS) {
                if (teams.team(s.team()).isEmpty()) continue;
                if (structure.person(s.index()).isEmpty()) {
                    editing.createPerson(new StructureEditing.PersonForm(s.index(), s.name(), null, null));
                }
                long personId = structure.person(s.index()).orElseThrow().id();
                boolean present = teams.specialists(s.team(), null).stream().anyMatch(x -> x.personId() == personId);
                if (!present) {
                    teams.addSpecialist(s.team(), new TeamRegister.SpecialistForm(s.index(), s.unit(), s.share(), s.role(),
                            from, null));
                }
            }
            agreement("SLA-DFS-DPA-2026", "Support services to DPA-led special political missions",
                    "Services d’appui aux missions politiques spéciales dirigées par le DAP", "DFS-OUSG", "EXT-DPA",
                    "Administrative, logistics, human resources, finance and ICT support to special political missions, "
                            + "as agreed with the Office of the Under-Secretary-General for Political Affairs (2.4.e).",
                    List.of("SPECIAL_POLITICAL_MISSION", "OTHER_FIELD_PRESENCE"), "2.4.e", from,
                    LocalDate.now().plusDays(30));
            agreement("TOR-JOINT-BODIES-2026", "Participation in the joint decision-making bodies at Headquarters",
                    "Participation aux instances de décision mixtes du Siège", "DFS", "EXT-HQ-JOINT-BODIES",
                    "Senior DFS officials take part in the joint bodies on cross-cutting strategy, policy and operational issues (2.4.c).",
                    List.of(), "2.4.c", from, LocalDate.now().plusYears(1));
            agreement("SLA-LSD-DPKO-OMA-2026", "Logistics planning support to the Office of Military Affairs",
                    "Appui à la planification logistique du Bureau des affaires militaires", "DFS-LSD", "EXT-DPKO-OMA",
                    "Integrated logistics planning for force generation and deployment of military contingents.",
                    List.of("PEACEKEEPING_OPERATION"), "2.4.f", from, LocalDate.now().plusMonths(8));
        });
        log.info("Organisation demo teams' specialists and agreements in place");
    }

    private void agreement(String ref, String en, String fr, String provider, String partner, String support,
                           List<String> types, String paragraph, LocalDate from, LocalDate review) {
        if (agreements.list(null, null).stream().anyMatch(a -> a.reference().equals(ref))) return;
        agreements.create(new AgreementRegister.AgreementForm(ref, en, fr, provider, partner, support, types, paragraph,
                from, null, review, null));
    }
}
