/**
 * Guidance and training (ST/SGB/2010/2 2.4.g, 3.3.b, 3.5.e, 5.2.a, 8.3.g, 8.5.g): the policy library (policies,
 * SOPs, guidelines and manuals with versions, approval, supersession, dissemination to missions and
 * acknowledgement by each mission's focal point) and training (catalogue, sessions, nominations, attendance,
 * certificates, mandatory courses). Root package = the module's API ({@link org.fieldsupport.guidance.PolicyLinks},
 * {@link org.fieldsupport.guidance.TrainingRecords}, {@link org.fieldsupport.guidance.TrainingCatalogue});
 * sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guidance and training")
package org.fieldsupport.guidance;
