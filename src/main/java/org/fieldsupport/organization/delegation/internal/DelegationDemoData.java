package org.fieldsupport.organization.delegation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.delegation.domain.Delegation;
import org.fieldsupport.organization.structure.internal.DemoData;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo delegations (only when {@code fsp.demo-data} is on; loaded once, recognised by their creator
 * {@value #DEMO_ACTOR}): from the USG's position to heads of divisions and sections, the claim
 * certification chain down to the demo user {@code claims.certifier}, one delegation expiring within
 * 30 days and one revoked.
 */
@Component
class DelegationDemoData {

    static final String DEMO_ACTOR = "demo-data";
    static final String USG = "DFS-HEAD";
    static final String CHIEF_MCMS = "DFS-MCMS-HEAD";
    static final String CERTIFIER = "claims.certifier";
    static final String HEAD_OF_DEPARTMENT = "usg.dfs";

    private static final Logger log = LoggerFactory.getLogger(DelegationDemoData.class);

    private final DelegationRegister register;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final ObjectProvider<UserDirectory> users;
    private final OrganizationStructure structure;
    private final StructureEditing structureEditing;

    DelegationDemoData(DelegationRegister register, JdbcClient jdbc, Environment environment,
                       ObjectProvider<UserDirectory> users, OrganizationStructure structure,
                       StructureEditing structureEditing) {
        this.structure = structure;
        this.structureEditing = structureEditing;
        this.register = register;
        this.jdbc = jdbc;
        this.environment = environment;
        this.users = users;
    }

    boolean enabled() {
        return DemoData.enabled(environment);
    }

    void load() {
        ensureUsers();
        boolean loaded = jdbc.sql("SELECT COUNT(*) FROM org_delegation WHERE created_by = ?").param(DEMO_ACTOR)
                .query(Long.class).single() > 0;
        boolean allotments = jdbc.sql("SELECT COUNT(*) FROM org_delegation WHERE created_by = ? AND authority_type = ?")
                .params(DEMO_ACTOR, ALLOTMENT).query(Long.class).single() > 0;
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(DEMO_ACTOR, null, List.of()));
        try {
            if (!loaded) {
                loadDelegations();
            }
            if (!allotments) {
                loadAllotmentDelegations();
            }
            loadSeniorLeadershipSelection();
            loadIctChangeApproval();
            loadIctStandardsException();
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    /**
     * Selection of senior leaders (personnel's SENIOR_LEADERSHIP_SELECTION, heads and deputy heads of mission at
     * USG/ASG): held by the head of department in person ({@code usg.dfs}, incumbent of DFS-HEAD), every mission, up to
     * USG, this year and next, not sub-delegable. The structure has no position above the USG's (the Secretary-General's
     * delegation to the head of department is outside it), so the root is recorded as given by the USG's position to its
     * incumbent by name. Added on its own (also to demo databases loaded before it), only when the type is registered.
     */
    private void loadSeniorLeadershipSelection() {
        String type = "SENIOR_LEADERSHIP_SELECTION";
        if (jdbc.sql("SELECT COUNT(*) FROM org_authority_type WHERE code = ?").param(type).query(Long.class).single() == 0
                || jdbc.sql("SELECT COUNT(*) FROM org_delegation WHERE authority_type = ? AND created_by = ?")
                .params(type, DEMO_ACTOR).query(Long.class).single() > 0
                || structure.person(HEAD_OF_DEPARTMENT).isEmpty()) {
            return;
        }
        LocalDate yearStart = register.today().withDayOfYear(1);
        acknowledged(register.create(new NewDelegation(type, "POSITION", USG, "PERSON", HEAD_OF_DEPARTMENT, null, null,
                "USG", true, Set.of(), yearStart, yearStart.plusYears(2).minusDays(1), false, null)));
        log.info("Demo delegation of senior leadership selection to {} loaded", HEAD_OF_DEPARTMENT);
    }

    /**
     * Approval of changes to ICT services (ict's ICT_CHANGE_APPROVAL, session 4): the Director of ICTD's position holds
     * it from the Under-Secretary-General for every mission and sub-delegates it to the demo ICTD headquarters officer
     * ({@code ict.hq}). Added on its own (also to demo databases loaded before it), only when the type is registered.
     */
    private void loadIctChangeApproval() {
        String type = "ICT_CHANGE_APPROVAL";
        UserDirectory directory = users.getIfAvailable();
        if (directory == null
                || jdbc.sql("SELECT COUNT(*) FROM org_authority_type WHERE code = ?").param(type).query(Long.class).single() == 0
                || jdbc.sql("SELECT COUNT(*) FROM org_delegation WHERE authority_type = ? AND created_by = ?")
                .params(type, DEMO_ACTOR).query(Long.class).single() > 0
                || structure.position("DFS-ICTD-HEAD", register.today()).isEmpty()) {
            return;
        }
        try {
            directory.ensureUser("ict.hq", "ICTD headquarters officer (demo)", "ict.hq@fieldsupport.example", "en", "ict.hq");
            LocalDate yearStart = register.today().withDayOfYear(1);
            LocalDate nextYearEnd = yearStart.plusYears(2).minusDays(1);
            // the register wants a limit on every delegation; a change carries no amount, so it is never compared
            BigDecimal limit = new BigDecimal("1000000.00");
            Delegation root = acknowledged(root(type, "DFS-ICTD-HEAD", limit, "USD", null, Set.of(), yearStart,
                    nextYearEnd, true));
            acknowledged(register.create(new NewDelegation(type, null, null, "PERSON", "ict.hq", limit, "USD", null, true,
                    Set.of(), yearStart, nextYearEnd, false, root.id())));
            log.info("Demo delegation of ICT change approval to ict.hq loaded");
        } catch (RuntimeException e) {
            log.warn("Demo delegation of ICT change approval not loaded: {}", e.getMessage());
        }
    }

    /**
     * Granting exceptions to ICT technology standards (ict's ICT_STANDARDS_EXCEPTION, session 5): the Director of
     * ICTD's position holds it from the Under-Secretary-General for every mission and sub-delegates it to the demo
     * ICTD infrastructure planner ({@code ict.planner}), who decides the missions' exception requests. Added on its own
     * (also to demo databases loaded before it), only when the type is registered.
     */
    private void loadIctStandardsException() {
        String type = "ICT_STANDARDS_EXCEPTION";
        UserDirectory directory = users.getIfAvailable();
        if (directory == null
                || jdbc.sql("SELECT COUNT(*) FROM org_authority_type WHERE code = ?").param(type).query(Long.class).single() == 0
                || jdbc.sql("SELECT COUNT(*) FROM org_delegation WHERE authority_type = ? AND created_by = ?")
                .params(type, DEMO_ACTOR).query(Long.class).single() > 0
                || structure.position("DFS-ICTD-HEAD", register.today()).isEmpty()) {
            return;
        }
        try {
            directory.ensureUser("ict.planner", "ICT Infrastructure Planner, ICTD Headquarters (demo)",
                    "ict.planner@demo.fieldsupport.org", "fr", "ict.planner");
            LocalDate yearStart = register.today().withDayOfYear(1);
            LocalDate nextYearEnd = yearStart.plusYears(2).minusDays(1);
            // the register wants a limit on every delegation; an exception carries no amount, so it is never compared
            BigDecimal limit = new BigDecimal("1000000.00");
            Delegation root = acknowledged(root(type, "DFS-ICTD-HEAD", limit, "USD", null, Set.of(), yearStart,
                    nextYearEnd, true));
            acknowledged(register.create(new NewDelegation(type, null, null, "PERSON", "ict.planner", limit, "USD", null,
                    true, Set.of(), yearStart, nextYearEnd, false, root.id())));
            log.info("Demo delegation of ICT standards exceptions to ict.planner loaded");
        } catch (RuntimeException e) {
            log.warn("Demo delegation of ICT standards exceptions not loaded: {}", e.getMessage());
        }
    }

    private void ensureUsers() {
        if (structure.person(CERTIFIER).isEmpty()) {
            // the certifier is a person of the organisation (no position) with a platform account
            structureEditing.createPerson(new StructureEditing.PersonForm("8199001", "Kwame Asante",
                    "claims.certifier@fieldsupport.example", CERTIFIER));
        }
        UserDirectory directory = users.getIfAvailable();
        if (directory == null) {
            return;
        }
        try {
            directory.ensureUser(CERTIFIER, "Certifying officer, MCMS (demo)", "claims.certifier@fieldsupport.example", "en",
                    CERTIFIER);
            directory.ensureUser("delegation.admin", "Delegation Administrator (demo)", "delegation.admin@fieldsupport.example",
                    "en", "delegation.admin");
            directory.ensureRoleAssignment("delegation.admin", DelegationPermissions.ROLE, Scope.department());
        } catch (RuntimeException e) {
            log.warn("Demo users for delegations not created: {}", e.getMessage());
        }
    }

    private void loadDelegations() {
        LocalDate today = register.today();
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate nextYearEnd = yearStart.plusYears(2).minusDays(1);

        Delegation certification = acknowledged(root("CLAIM_CERTIFICATION", CHIEF_MCMS,
                new BigDecimal("5000000.00"), "USD", null, Set.of(), yearStart, nextYearEnd, true));
        acknowledged(register.create(new NewDelegation("CLAIM_CERTIFICATION", null, null, "PERSON", CERTIFIER,
                new BigDecimal("1000000.00"), "USD", null, false, Set.of("MINUSCA", "UNMISS"), yearStart,
                yearStart.plusYears(1).plusMonths(6), false, certification.id())));

        Delegation recruitment = acknowledged(root("RECRUITMENT_APPOINTMENT", "DFS-FPD-HEAD", null, null, "D-1",
                Set.of(), yearStart, nextYearEnd, true));
        acknowledged(register.create(new NewDelegation("RECRUITMENT_APPOINTMENT", null, null, "POSITION",
                "DFS-FPOS-RHR1-HEAD", null, null, "P-4", false, Set.of("MINUSCA", "MONUSCO", "UNMISS"), yearStart,
                nextYearEnd, false, recruitment.id())));

        // expiring within 30 days (alert)
        acknowledged(root("BUDGET_REDEPLOYMENT", "DFS-FBFD-HEAD", new BigDecimal("2000000.00"), "USD", null,
                Set.of(), yearStart, today.plusDays(20), false));
        acknowledged(root("PROPERTY_WRITE_OFF", "DFS-LSD-HEAD", new BigDecimal("500000.00"), "USD", null,
                Set.of(), yearStart, nextYearEnd, true));
        // awaiting acknowledgement
        root("PROCUREMENT", "DFS-LSD-HEAD", new BigDecimal("1000000.00"), "USD", null, Set.of(), yearStart,
                nextYearEnd, false);
        // revoked
        Delegation revoked = acknowledged(root("PROCUREMENT", "DFS-FPLT-HEAD", new BigDecimal("250000.00"), "USD",
                null, Set.of("UNMIK", "UNFICYP"), yearStart, nextYearEnd, false));
        register.revoke(revoked.id(), "Superseded by the delegation to the Director, Logistics Support Division");
        log.info("Demo delegations of authority loaded");
    }

    static final String ALLOTMENT = "BUDGET_ALLOTMENT";

    /**
     * Allotments of funds (added in session 3, also on a database whose other demo delegations exist): the Director,
     * Field Budget and Finance, holds the authority from the Under-Secretary-General and sub-delegates it to the demo
     * Controller (every mission, 2,000 million USD a class) and to the COE planning officers (every mission /
     * MINUSCA), whose allotments against COE estimates need it too.
     */
    private void loadAllotmentDelegations() {
        UserDirectory directory = users.getIfAvailable();
        if (directory == null) {
            return;
        }
        // the delegatees are platform users the budget and claims demo data create later (same values: idempotent)
        directory.ensureUser("controller", "Controller (demo)", "controller@fieldsupport.example", "en", "controller");
        directory.ensureUser("coe.planning", "COE planning officer (demo)", "coe.planning@fieldsupport.example", "en",
                "coe.planning");
        directory.ensureUser("coe.planning.minusca", "COE planning, MINUSCA (demo)",
                "coe.planning.minusca@fieldsupport.example", "fr", "coe.planning.minusca");
        LocalDate today = register.today();
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate nextYearEnd = yearStart.plusYears(2).minusDays(1);
        Delegation allotment = acknowledged(root(ALLOTMENT, "DFS-FBFD-HEAD", new BigDecimal("5000000000.00"), "USD",
                null, Set.of(), yearStart, nextYearEnd, true));
        acknowledged(register.create(new NewDelegation(ALLOTMENT, null, null, "PERSON", "controller",
                new BigDecimal("2000000000.00"), "USD", null, true, Set.of(), yearStart, nextYearEnd, false,
                allotment.id())));
        acknowledged(register.create(new NewDelegation(ALLOTMENT, null, null, "PERSON", "coe.planning",
                new BigDecimal("500000000.00"), "USD", null, true, Set.of(), yearStart, nextYearEnd, false,
                allotment.id())));
        acknowledged(register.create(new NewDelegation(ALLOTMENT, null, null, "PERSON", "coe.planning.minusca",
                new BigDecimal("200000000.00"), "USD", null, false, Set.of("MINUSCA"), yearStart, nextYearEnd, false,
                allotment.id())));
        log.info("Demo delegations of allotment authority loaded");
    }

    private Delegation root(String authority, String delegateePosition, BigDecimal amount, String currency,
                            String grade, Set<String> missions, LocalDate from, LocalDate to, boolean maySub) {
        return register.create(new NewDelegation(authority, "POSITION", USG, "POSITION", delegateePosition, amount,
                currency, grade, missions.isEmpty(), missions, from, to, maySub, null));
    }

    private Delegation acknowledged(Delegation d) {
        return register.acknowledge(d.id());
    }
}
