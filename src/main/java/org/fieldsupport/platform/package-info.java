/**
 * Platform: what every module uses — security and access decisions, the audit trail, the web shell,
 * i18n, API conventions (problem details, paging, idempotency), operations and reference data, and the kit
 * for work that moves: {@code workflow} (states and transitions under a delegation of authority) and
 * {@code work} (work items, "my work"). Its sub-packages are exposed as named interfaces; other modules use only
 * those (read each one's package documentation for its usage example).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.fieldsupport.platform;
