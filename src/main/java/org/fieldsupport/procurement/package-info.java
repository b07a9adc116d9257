/**
 * Procurement for missions (ST/SGB/2010/2 §§5.11–5.12, 8.3.c, 8.3.e, 8.7.c): acquisition plans turned into
 * requisitions, systems contracts with not-to-exceed ceilings and their call-offs (rule set
 * PROCUREMENT-2026-v1), vendor performance evaluations, awards checked against delegations of procurement
 * authority, procurement procedures and advice. Root package = the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procurement")
package org.fieldsupport.procurement;
