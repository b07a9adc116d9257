/**
 * Supply (ST/SGB/2010/2 §8.7.a–b): rations by headcount against the ration scale with receipt, inspection and
 * three-way invoice match, and fuel issues with consumption anomalies. Root package = the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supply")
package org.fieldsupport.supply;
