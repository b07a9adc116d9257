/**
 * Notices to people about their work (in-app and e-mail, daily digest by preference):
 * {@link org.fieldsupport.platform.notice.Notices}. Screen {@code /notices}, API {@code /api/v1/notices}.
 */
@org.springframework.modulith.NamedInterface("notice")
package org.fieldsupport.platform.notice;
