/**
 * Logistics Support Division kit: what the division's seven modules ({@code logistics}, {@code movements},
 * {@code supply}, {@code engineering}, {@code property}, {@code medical}, {@code geospatial}) share, in one place
 * instead of seven copies: {@link org.fieldsupport.lsd.MissionAccess} (permission by mission scope, known missions),
 * the field {@link org.fieldsupport.lsd.Checks}, the workflow helpers {@link org.fieldsupport.lsd.Flows}, the files
 * and search helpers, and the division's effective-dated rule parameters ({@link org.fieldsupport.lsd.RuleParameters},
 * declared by the modules as {@link org.fieldsupport.lsd.RuleParameter}s; table {@code lsd_rule_parameter}, screen
 * {@code /logistics/parameters}, API {@code /api/v1/lsd/parameters}). Register screens and typed refusals are the
 * platform's ({@code platform.web.RegisterScreen}, {@code platform.api.RuleRefusal}). Its messages ({@code lsd.*}) are
 * in {@code i18n/lsd.properties}. It holds no business rule of its own; it depends only on the platform and on the
 * organisation's mission list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Logistics Support Division kit")
package org.fieldsupport.lsd;
