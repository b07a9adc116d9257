/**
 * MOU and contingent-owned equipment claims (ST/SGB/2010/2 §§7.4–7.5, 8.3.j–k, 8.7.f).
 * Root package = the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
package org.fieldsupport.claims;
