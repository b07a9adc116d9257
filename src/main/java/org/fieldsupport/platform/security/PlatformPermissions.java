package org.fieldsupport.platform.security;

/** The platform's own permissions and roles (declared to the catalogue by the platform's contributor). */
public final class PlatformPermissions {

    public static final String USERS_MANAGE = "platform.users.manage";
    public static final String ROLES_ASSIGN = "platform.roles.assign";
    public static final String AUDIT_READ = "platform.audit.read";
    public static final String REFERENCE_MANAGE = "platform.reference.manage";
    public static final String ACTUATOR_READ = "platform.actuator.read";

    /**
     * Holds every platform permission; held at DEPARTMENT scope it grants every permission of every
     * module (see {@link AccessPolicy#may}).
     */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String AUDITOR = "AUDITOR";

    private PlatformPermissions() { }
}
