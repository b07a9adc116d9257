/**
 * Logistics Support Division (ST/SGB/2010/2 §2.1.f, §8.3): strategic deployment stocks, the mission support plan,
 * aviation safety reporting, the innovation register, logistics policies and liquidation plans. Root package = the
 * module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Logistics")
package org.fieldsupport.logistics;
