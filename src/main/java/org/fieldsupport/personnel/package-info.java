/**
 * Personnel (ST/SGB/2010/2 §§2.1.c, 3.3.c, 5.5.d, 6.3, 6.5, 6.6): staffing tables and posts, classification,
 * staff administration, rest and recuperation, HR quality assurance, indicators and personnel files.
 * Root package = the module's API (none yet); sub-packages by sub-domain are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel")
package org.fieldsupport.personnel;
