/**
 * Platform: what every module uses — security and access decisions, the audit trail, the web shell,
 * i18n, API conventions (problem details, paging, idempotency), operations and reference data.
 * Its sub-packages are exposed as named interfaces; other modules use only those.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.fieldsupport.platform;
