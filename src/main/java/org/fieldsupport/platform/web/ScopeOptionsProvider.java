package org.fieldsupport.platform.web;

import java.util.List;
import java.util.Locale;
import org.fieldsupport.platform.security.Scope;

/**
 * Supplies the scopes (missions, units) a user can switch the shell to. The organisation module
 * implements it; without one, the shell offers only the department.
 */
public interface ScopeOptionsProvider {

    List<ScopeOption> scopeOptions(String username, Locale locale);

    record ScopeOption(Scope scope, String label) { }
}
