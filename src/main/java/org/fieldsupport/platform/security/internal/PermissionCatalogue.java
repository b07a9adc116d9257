package org.fieldsupport.platform.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.security.PermissionContributor.PermissionDefinition;
import org.fieldsupport.platform.security.PermissionContributor.RoleDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every {@link PermissionContributor}'s permissions and roles into the permission, role and
 * role_permission tables when the context is ready (upsert: run it on every start, on every node),
 * and keeps the role → permissions map in memory for {@code may()}.
 */
@Component
public class PermissionCatalogue implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PermissionCatalogue.class);

    private final ObjectProvider<PermissionContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private volatile Map<String, Set<String>> rolePermissions;
    private volatile List<RoleInfo> roles = List.of();

    public record RoleInfo(String name, String module, String labelKey, Set<String> permissions) { }

    public PermissionCatalogue(ObjectProvider<PermissionContributor> contributors, JdbcClient jdbc,
                               TransactionTemplate tx) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureLoaded();
    }

    /** Idempotent; called again by anyone who needs the catalogue before the context is ready. */
    public synchronized void ensureLoaded() {
        if (rolePermissions != null) {
            return;
        }
        List<PermissionContributor> all = contributors.orderedStream().toList();
        tx.executeWithoutResult(status -> {
            all.forEach(this::upsertPermissions);
            all.forEach(this::upsertRoles);
        });
        reload();
        log.info("Permission catalogue loaded: {} contributors, {} roles", all.size(), roles.size());
    }

    private void upsertPermissions(PermissionContributor contributor) {
        for (PermissionDefinition p : contributor.permissions()) {
            int rows = jdbc.sql("UPDATE permission SET module = ?, label_key = ? WHERE name = ?")
                    .params(contributor.module(), p.labelKey(), p.name()).update();
            if (rows == 0) {
                jdbc.sql("INSERT INTO permission (name, module, label_key) VALUES (?, ?, ?)")
                        .params(p.name(), contributor.module(), p.labelKey()).update();
            }
        }
    }

    private void upsertRoles(PermissionContributor contributor) {
        for (RoleDefinition r : contributor.roles()) {
            int rows = jdbc.sql("UPDATE role SET module = ?, label_key = ? WHERE name = ?")
                    .params(contributor.module(), r.labelKey(), r.name()).update();
            if (rows == 0) {
                jdbc.sql("INSERT INTO role (name, module, label_key) VALUES (?, ?, ?)")
                        .params(r.name(), contributor.module(), r.labelKey()).update();
            }
            Set<String> stored = new TreeSet<>(jdbc.sql("SELECT permission_name FROM role_permission WHERE role_name = ?")
                    .param(r.name()).query(String.class).list());
            for (String permission : r.permissions()) {
                if (!stored.remove(permission)) {
                    jdbc.sql("INSERT INTO role_permission (role_name, permission_name) VALUES (?, ?)")
                            .params(r.name(), permission).update();
                }
            }
            for (String obsolete : stored) {
                jdbc.sql("DELETE FROM role_permission WHERE role_name = ? AND permission_name = ?")
                        .params(r.name(), obsolete).update();
            }
        }
    }

    private void reload() {
        Map<String, Set<String>> map = new HashMap<>();
        jdbc.sql("SELECT role_name, permission_name FROM role_permission").query((rs, n) -> {
            map.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            return null;
        }).list();
        List<RoleInfo> list = new ArrayList<>();
        jdbc.sql("SELECT name, module, label_key FROM role ORDER BY module, name").query((rs, n) -> {
            list.add(new RoleInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                    Set.copyOf(map.getOrDefault(rs.getString(1), Set.of()))));
            return null;
        }).list();
        this.roles = List.copyOf(list);
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        this.rolePermissions = Map.copyOf(frozen);
    }

    public Set<String> permissionsOf(String role) {
        ensureLoaded();
        return rolePermissions.getOrDefault(role, Set.of());
    }

    public List<RoleInfo> roles() {
        ensureLoaded();
        return roles;
    }

    public boolean roleExists(String role) {
        return roles().stream().anyMatch(r -> r.name().equals(role));
    }

    public Collection<String> permissionNames() {
        return jdbc.sql("SELECT name FROM permission ORDER BY name").query(String.class).list();
    }
}
