/**
 * Movements (ST/SGB/2010/2 §8.5): movement requests by MOVEMENTS-2026-v1 and the day's manifest, flights and
 * convoys with the fleet's utilisation, contingent rotation plans, letters of assist with not-to-exceed amounts,
 * transport requirements turned into acquisition-plan lines. Root package = the module's API; sub-packages are
 * internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Movements")
package org.fieldsupport.movements;
