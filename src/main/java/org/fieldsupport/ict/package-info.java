/**
 * Information and communications technology (bulletin §9; 2.1.g): the service catalogue, the missions' service desks
 * with SLA clocks, change approvals, the integration catalogue and ICT training (this half), and infrastructure,
 * continuity, ICT budget review, projects, standards and security (sub-packages of the other half). Root package =
 * the module's API ({@link org.fieldsupport.ict.ServiceCatalogue}); sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ICT")
package org.fieldsupport.ict;
