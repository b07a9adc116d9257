package org.fieldsupport.ict.integration.internal;

import org.fieldsupport.ict.integration.internal.IntegrationCatalogue.InterfaceInput;
import org.fieldsupport.ict.shared.internal.IctDemoData;
import org.fieldsupport.platform.security.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo interfaces between the department's systems (Umoja, Inspira, mission systems, this platform). */
@Component
@DemoData.OnDemoData
@Order(2)
class IntegrationDemo implements IctDemoData.IctDemoParts {

    private final JdbcClient jdbc;
    private final IntegrationCatalogue catalogue;

    IntegrationDemo(JdbcClient jdbc, IntegrationCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @Override
    public String name() { return "integration catalogue"; }

    @Override
    public boolean loaded() {
        return jdbc.sql("SELECT COUNT(*) FROM ict_interface WHERE code = 'UMOJA-FSP-BUDGET'").query(Long.class).single() > 0;
    }

    @Override
    public void load() {
        String[][] rows = {
                {"UMOJA-FSP-BUDGET", "Umoja", "Field Support Platform", "REST", "Budget lines and expenditure by class", "DAILY", "LIVE"},
                {"INSPIRA-UMOJA-HR", "Inspira", "Umoja", "SOAP", "Selected candidates and offers", "DAILY", "LIVE"},
                {"UMOJA-FSP-PERSONNEL", "Umoja", "Field Support Platform", "SFTP", "Staff, posts and assignments", "DAILY", "LIVE"},
                {"FSP-UMOJA-CLAIMS", "Field Support Platform", "Umoja", "REST", "Certified COE reimbursements", "MONTHLY", "LIVE"},
                {"MINUSCA-FUEL-UMOJA", "MINUSCA fuel tracking", "Umoja", "DATABASE", "Fuel issues per vehicle and generator", "DAILY", "DEPRECATED"},
                {"UNMISS-RATIONS-UMOJA", "UNMISS rations tracking", "Umoja", "SFTP", "Ration receipts and stock", "WEEKLY", "DEPRECATED"},
                {"FSS-SAGE-INCIDENTS", "Field Support Suite", "SAGE", "MESSAGING", "Incident reports with locations", "REAL_TIME", "PLANNED"},
                {"EARTHMED-FSP-MEDICAL", "EarthMed", "Field Support Platform", "REST", "Medical clearances (no clinical data)", "ON_DEMAND", "PLANNED"},
                {"FSP-MAIL", "Field Support Platform", "Microsoft 365", "EMAIL", "Notices and digests", "REAL_TIME", "LIVE"},
                {"GALILEO-UMOJA-ASSETS", "Galileo", "Umoja", "DATABASE", "Asset register (one-off migration)", "ON_DEMAND", "RETIRED"},
                {"MONUSCO-MOVCON-FSS", "MONUSCO movement control", "Field Support Suite", "REST", "Movement requests and manifests", "HOURLY", "PLANNED"},
                {"FSP-UMOJA-PROCUREMENT", "Field Support Platform", "Umoja", "REST", "Call-offs against systems contracts", "DAILY", "LIVE"}};
        for (String[] r : rows) {
            catalogue.create(new InterfaceInput(r[0], r[1], r[2], r[3], "DFS-ICTD", r[4], r[5], r[6], null, null));
        }
    }
}
