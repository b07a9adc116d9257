/**
 * Organisation (ST/SGB/2010/2 §§1–5.4): units, positions, reporting and instruction lines, shared
 * units, integrated teams and task forces, missions and their phases, the attribution catalogue and
 * delegations of authority. Root package = the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.fieldsupport.organization;
