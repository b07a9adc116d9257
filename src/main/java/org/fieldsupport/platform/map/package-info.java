/**
 * Maps drawn by the application itself (issue 12.9): country outlines shipped with it (Natural Earth via world-atlas,
 * {@code geo/countries-110m.tsv}) and points drawn on them as SVG, server-side. No tile server, no script, nothing
 * fetched from outside; styled by classes from the application's stylesheet (the CSP forbids inline styles).
 */
@org.springframework.modulith.NamedInterface("map")
package org.fieldsupport.platform.map;
