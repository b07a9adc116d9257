/**
 * Reporting (ST/SGB/2010/2 3.3.a, 3.5.a, 4.3.e): the calendar of inputs to the Secretary-General's reports
 * (requests for inputs to units, inputs collected and cleared, figures taken from the modules with the date they
 * were taken) and the department and mission dashboards. Root package = the module's API
 * ({@link org.fieldsupport.reporting.ReportFigureContributor}); sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.fieldsupport.reporting;
