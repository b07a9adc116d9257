/**
 * Logistics Support Division kit: what the division's seven modules ({@code logistics}, {@code movements},
 * {@code supply}, {@code engineering}, {@code property}, {@code medical}, {@code geospatial}) share for their screens
 * and checks, in one place instead of seven copies: the register {@link org.fieldsupport.lsd.Screen} shown by the
 * template {@code lsd/register}, {@link org.fieldsupport.lsd.MissionAccess} (permission by mission scope, known
 * missions), the field {@link org.fieldsupport.lsd.Checks} and the typed {@link org.fieldsupport.lsd.RuleRefusal}.
 * Its messages ({@code lsd.*}) are in {@code i18n/lsd.properties}. It holds no business rule, no table and no
 * endpoint; it depends only on the platform and on the organisation's mission list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Logistics Support Division kit")
package org.fieldsupport.lsd;
