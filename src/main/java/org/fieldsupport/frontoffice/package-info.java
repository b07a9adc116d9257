/**
 * Front office of the Under-Secretary-General and the Assistant Secretary-General (ST/SGB/2010/2 §4.3, §5.5,
 * 2.1.h, 3.3.d–e, 3.5.b/d): the correspondence register routed by ROUTING-v1 with classification-based access,
 * tasking with contributions, briefing notes, and liaison with partners (meetings, negotiations, queries, press).
 * Root package = the module's API ({@link org.fieldsupport.frontoffice.LiaisonInbox}); sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front office")
package org.fieldsupport.frontoffice;
