package org.fieldsupport.geospatial.internal;

import java.math.BigDecimal;
import java.util.List;
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

/** Demo layers and map requests for MINUSCA and UNMISS; user gis.officer. Idempotent by the first demo feature. */
@Component
@DemoData.OnDemoData
@Order(450)
class GeospatialDemoData implements ApplicationRunner {

    static final String GIS = "gis.officer";
    private static final Logger log = LoggerFactory.getLogger(GeospatialDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final Geospatial geo;

    GeospatialDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, Geospatial geo) {
        this.users = users;
        this.jdbc = jdbc;
        this.geo = geo;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory != null) {
            directory.ensureUser(GIS, "GIS Officer, Cartographic Section (demo)", "gis.officer@demo.fieldsupport.org", "en", GIS);
            directory.ensureRoleAssignment(GIS, "GIS_OFFICER", Scope.department());
            directory.ensureUser("logistics.hq", "Logistics Officer, LSD Headquarters (demo)",
                    "logistics.hq@demo.fieldsupport.org", "en", "logistics.hq");
            directory.ensureRoleAssignment("logistics.hq", "MAP_REQUESTER", Scope.department());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM geo_feature WHERE name = 'Bangui M''Poko airport'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(GIS, null, List.of()));
            Object[][] features = {
                    {"MINUSCA", "Bangui M'Poko airport", "AIRFIELD", "4.3985", "18.5188"},
                    {"MINUSCA", "Mission HQ, Bangui", "CAMP", "4.3612", "18.5550"},
                    {"MINUSCA", "Bria team site", "TEAM_SITE", "6.5423", "21.9863"},
                    {"MINUSCA", "Level II hospital, Bangui", "FACILITY", "4.3700", "18.5300"},
                    {"UNMISS", "Juba international airport", "AIRFIELD", "4.8720", "31.6011"},
                    {"UNMISS", "UN House, Juba", "CAMP", "4.8200", "31.5500"},
                    {"UNMISS", "Malakal PoC site", "CAMP", "9.5400", "31.6500"},
                    {"UNMISS", "Bentiu team site", "TEAM_SITE", "9.2300", "29.8000"}};
            for (Object[] f : features) {
                geo.addFeature(new Geospatial.NewFeature((String) f[0], (String) f[1], (String) f[2],
                        new BigDecimal((String) f[3]), new BigDecimal((String) f[4])));
            }
            for (String mission : List.of("MINUSCA", "UNMISS")) {
                var cleared = geo.requestAs("logistics.hq", mission, new Geospatial.NewRequest(mission, "MAP",
                        mission + " deployment map, December 2026", "Annex to the Secretary-General's report", "COUNCIL",
                        "Deployment of military and police units by sector (demo)"));
                geo.review(cleared.id(), new Geospatial.Review(true, "Standard disclaimer added"));
                geo.requestAs("logistics.hq", mission, new Geospatial.NewRequest(mission, "TERRAIN_ANALYSIS",
                        "Rainy-season route passability", "Convoy planning", "INTERNAL",
                        "Main supply routes with flood-prone sections (demo)"));
            }
            log.info("Geospatial demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Geospatial demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }
}
