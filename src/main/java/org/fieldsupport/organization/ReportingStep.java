package org.fieldsupport.organization;

import java.util.List;

/**
 * One step of a reporting chain: the position, and the dual lines it also reports on
 * (the chain itself follows the LINE reporting lines).
 */
public record ReportingStep(PositionSummary position, List<String> dualReportsTo) { }
