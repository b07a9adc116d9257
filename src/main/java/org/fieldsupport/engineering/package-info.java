/**
 * Engineering (ST/SGB/2010/2 §8.7.d): camps with accommodation capacity against personnel, works projects with phases
 * and budgets, utilities readings. Root package = the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engineering")
package org.fieldsupport.engineering;
