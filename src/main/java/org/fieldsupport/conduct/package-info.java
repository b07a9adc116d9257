/**
 * Conduct and discipline (ST/SGB/2010/2 §§2.1.e, 5.6–5.7): the misconduct case register under need-to-know,
 * disciplinary review, reconciliation and publication of statistics (CONDUCT-2026-v1), and the three-pronged
 * strategy (prevention, enforcement, remedial action). Root package = the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conduct and discipline")
package org.fieldsupport.conduct;
