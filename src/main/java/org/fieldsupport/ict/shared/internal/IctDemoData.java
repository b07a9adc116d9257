package org.fieldsupport.ict.shared.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.ict.catalogue.internal.CatalogueService;
import org.fieldsupport.ict.catalogue.internal.CatalogueService.ServiceInput;
import org.fieldsupport.ict.catalogue.domain.ServiceRules.Target;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo users of the ICT catalogue and service desk (password = user name) and demo data: 25 services; the other
 * parts (desks, integration, training) are loaded by {@link IctDemoParts} beans of the sub-domains. Loaded once
 * (service {@code UMOJA}).
 */
@Component
@DemoData.OnDemoData
@Order(560)
class IctDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IctDemoData.class);
    static final List<String> DESK_MISSIONS = List.of("MINUSCA", "UNMISS", "MONUSCO");

    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final CatalogueService catalogue;
    private final ObjectProvider<IctDemoParts> parts;

    IctDemoData(UserDirectory users, JdbcClient jdbc, CatalogueService catalogue, ObjectProvider<IctDemoParts> parts) {
        this.users = users;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.parts = parts;
    }

    /** A part of the demo data loaded after the catalogue, as ict.hq, each once (its own marker). */
    public interface IctDemoParts {
        String name();
        boolean loaded();
        void load();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            user("ict.hq", "ICTD headquarters officer (demo)", "en", "ICT_HQ_OFFICER", Scope.department());
            users.ensureRoleAssignment("ict.hq", "ICT_SECOND_LINE", Scope.department());
            for (String m : DESK_MISSIONS) {
                String u = "servicedesk." + m.toLowerCase();
                user(u, "Service desk " + m + " (demo)", "MINUSCA".equals(m) ? "fr" : "en", "ICT_SERVICE_DESK", Scope.mission(m));
                String r = "ict.requester." + m.toLowerCase();
                user(r, "ICT requester " + m + " (demo)", "en", "ICT_REQUESTER", Scope.mission(m));
            }
        } catch (RuntimeException e) {
            log.warn("ICT demo users not created: {}", e.getMessage());
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("ict.hq", null, List.of()));
            if (jdbc.sql("SELECT COUNT(*) FROM ict_service WHERE code = 'UMOJA'").query(Long.class).single() == 0) {
                services();
                log.info("ICT service catalogue demo data loaded");
            }
            parts.orderedStream().forEach(p -> {
                try {
                    if (!p.loaded()) {
                        p.load();
                        log.info("ICT demo data loaded: {}", p.name());
                    }
                } catch (RuntimeException e) {
                    log.warn("ICT demo data {} not (fully) loaded: {}", p.name(), e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            log.warn("ICT demo data not (fully) loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void user(String name, String full, String lang, String role, Scope scope) {
        users.ensureUser(name, full, name + "@fieldsupport.example", lang, name);
        users.ensureRoleAssignment(name, role, scope);
    }

    private static final List<String> ALL = List.of("MINUSCA", "MONUSCO", "UNMISS", "UNIFIL", "UNISFA", "MINURSO",
            "UNFICYP", "UNDOF", "UNMIK");

    private void services() {
        Map<String, Target> critical = Map.of("P1", new Target(15, 120), "P2", new Target(30, 480));
        // enterprise applications
        s("UMOJA", "Umoja (enterprise resource planning)", "Umoja (progiciel de gestion intégré)", "ENTERPRISE_APPLICATION",
                "DFS-ICTD", 240, 15, "ALWAYS", "LIVE", ALL, critical, null, null);
        s("INSPIRA", "Inspira (talent management)", "Inspira (gestion des talents)", "ENTERPRISE_APPLICATION", "DFS-ICTD",
                1440, 60, "EXTENDED", "LIVE", ALL, null, null, null);
        s("FSS", "Field Support Suite", "Suite d'appui aux missions", "ENTERPRISE_APPLICATION", "DFS-ICTD", 480, 60,
                "EXTENDED", "LIVE", ALL, null, null, null);
        s("SAGE", "SAGE situational awareness", "SAGE (connaissance de la situation)", "ENTERPRISE_APPLICATION", "DFS-ICTD",
                120, 15, "ALWAYS", "LIVE", List.of("MINUSCA", "MONUSCO", "UNMISS", "UNIFIL", "UNISFA"), critical, null, null);
        s("EARTHMED", "EarthMed (medical records)", "EarthMed (dossiers médicaux)", "ENTERPRISE_APPLICATION", "DFS-ICTD",
                480, 60, "EXTENDED", "LIVE", List.of("MINUSCA", "MONUSCO", "UNMISS"), null, null, null);
        s("GALILEO", "Galileo (asset management, legacy)", "Galileo (gestion des biens, ancien)", "ENTERPRISE_APPLICATION",
                "DFS-ICTD", 2880, 1440, "BUSINESS_HOURS", "RETIRED", List.of(), null, null, null);
        // mission applications, some due to move to enterprise systems (9.4.c)
        s("MINUSCA-FUEL", "MINUSCA fuel tracking", "Suivi du carburant MINUSCA", "MISSION_APPLICATION", "DFS-ICTD", 1440,
                240, "BUSINESS_HOURS", "RETIRING", List.of("MINUSCA"), null, "UMOJA", LocalDate.of(2027, 3, 31));
        s("MINUSCA-CAMPS", "MINUSCA camp management", "Gestion des camps MINUSCA", "MISSION_APPLICATION", "DFS-ICTD", 1440,
                240, "BUSINESS_HOURS", "LIVE", List.of("MINUSCA"), null, "FSS", LocalDate.of(2027, 6, 30));
        s("UNMISS-POC", "UNMISS protection of civilians sites register", "Registre des sites de protection des civils MINUSS",
                "MISSION_APPLICATION", "DFS-ICTD", 480, 60, "ALWAYS", "LIVE", List.of("UNMISS"), null, null, null);
        s("UNMISS-RATIONS", "UNMISS rations tracking", "Suivi des rations MINUSS", "MISSION_APPLICATION", "DFS-ICTD", 1440,
                240, "BUSINESS_HOURS", "LIVE", List.of("UNMISS"), null, "UMOJA", LocalDate.of(2027, 1, 31));
        s("MONUSCO-MOVCON", "MONUSCO movement control", "Contrôle des mouvements MONUSCO", "MISSION_APPLICATION", "DFS-ICTD",
                720, 120, "EXTENDED", "LIVE", List.of("MONUSCO"), null, "FSS", LocalDate.of(2027, 9, 30));
        // connectivity
        s("VSAT", "Satellite links (VSAT via Brindisi teleport)", "Liaisons satellite (VSAT par le téléport de Brindisi)",
                "CONNECTIVITY", "DFS-ICTD", 60, 0, "ALWAYS", "LIVE", ALL, critical, null, null);
        s("WAN", "Terrestrial wide-area network", "Réseau étendu terrestre", "CONNECTIVITY", "DFS-ICTD", 120, 0, "ALWAYS",
                "LIVE", ALL, critical, null, null);
        s("TETRA", "TETRA trunked radio", "Radio à ressources partagées TETRA", "CONNECTIVITY", "DFS-ICTD", 60, 0, "ALWAYS",
                "LIVE", List.of("MINUSCA", "MONUSCO", "UNMISS", "UNIFIL"), critical, null, null);
        s("HF-VHF", "HF/VHF radio networks", "Réseaux radio HF/VHF", "CONNECTIVITY", "DFS-ICTD", 60, 0, "ALWAYS", "LIVE", ALL,
                critical, null, null);
        s("VOICE", "IP telephony", "Téléphonie IP", "CONNECTIVITY", "DFS-ICTD", 240, 0, "EXTENDED", "LIVE", ALL, null, null, null);
        s("VTC", "Video teleconferencing", "Visioconférence", "CONNECTIVITY", "DFS-ICTD", 480, 0, "BUSINESS_HOURS", "LIVE", ALL,
                null, null, null);
        // hosting
        s("DC-BRINDISI", "Hosting at the Brindisi data centre", "Hébergement au centre de données de Brindisi", "HOSTING",
                "DFS-ICTD", 60, 5, "ALWAYS", "LIVE", ALL, critical, null, null);
        s("DC-VALENCIA", "Hosting at the Valencia data centre (secondary active site)",
                "Hébergement au centre de données de Valence (site actif secondaire)", "HOSTING", "DFS-ICTD", 60, 5, "ALWAYS",
                "LIVE", ALL, critical, null, null);
        s("MISSION-DC", "Mission data centre hosting", "Hébergement au centre de données de la mission", "HOSTING", "DFS-ICTD",
                240, 60, "ALWAYS", "LIVE", List.of("MINUSCA", "MONUSCO", "UNMISS", "UNIFIL"), null, null, null);
        s("BACKUP", "Backup and restore", "Sauvegarde et restauration", "HOSTING", "DFS-ICTD", 480, 1440, "EXTENDED", "LIVE",
                ALL, null, null, null);
        // end-user services
        s("EMAIL", "E-mail and collaboration (Microsoft 365)", "Messagerie et collaboration (Microsoft 365)", "END_USER",
                "DFS-ICTD", 240, 60, "ALWAYS", "LIVE", ALL, null, null, null);
        s("DESKTOP", "End-user computing (laptops, desktops)", "Postes de travail (portables, fixes)", "END_USER", "DFS-ICTD",
                1440, 1440, "BUSINESS_HOURS", "LIVE", ALL, null, null, null);
        s("WIFI", "Compound Wi-Fi", "Wi-Fi des camps", "END_USER", "DFS-ICTD", 480, 0, "EXTENDED", "LIVE",
                List.of("MINUSCA", "MONUSCO", "UNMISS"), null, null, null);
        s("ACCOUNTS", "User accounts and access", "Comptes utilisateurs et accès", "END_USER", "DFS-ICTD", 240, 60, "EXTENDED",
                "LIVE", ALL, null, null, null);
    }

    private void s(String code, String en, String fr, String kind, String unit, int rto, int rpo, String hours,
                   String status, List<String> missions, Map<String, Target> targets, String successor, LocalDate by) {
        catalogue.create(new ServiceInput(code, en, fr, kind, unit, null, rto, rpo, hours, status, missions, targets,
                successor, by, null));
    }
}
