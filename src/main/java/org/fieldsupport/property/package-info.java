/**
 * Property management (ST/SGB/2010/2 §8.7.e): the register of UN-owned equipment with depreciation, physical
 * counts with discrepancies, write-off cases through property survey boards (WRITE-OFF-2026-v1) under a delegation
 * of authority, and disposal. Root package = the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Property")
package org.fieldsupport.property;
