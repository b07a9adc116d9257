/**
 * Geospatial services (ST/SGB/2010/2 §8.7.h): map and terrain-analysis requests cleared by a cartographer before
 * release, and mission layers with coordinates drawn on a map rendered by the application (no outside tile server).
 * Root package = the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geospatial")
package org.fieldsupport.geospatial;
