/**
 * Oversight and risk (ST/SGB/2010/2 §§3.5.c, 5.2.b, 5.8–5.10): the register of oversight recommendations (OIOS,
 * Board of Auditors, JIU, ACABQ, boards of inquiry) with ageing, boards of inquiry (BOI-2026-v1), audit
 * engagements, and mission risk registers with quality-assurance reviews and support security requirements.
 * Root package = the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight and risk")
package org.fieldsupport.oversight;
