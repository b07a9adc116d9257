/**
 * Attachments and comments on any record: see {@link org.fieldsupport.platform.attachment.Attachments} (the module
 * keeps its own endpoints and calls the kit in one line) and
 * {@link org.fieldsupport.platform.attachment.AttachableRecords} (the module declares who may read and write, and
 * the kit serves {@code /api/v1/records/{type}/{id}/attachments}, {@code .../comments} and the screen panel
 * {@code /records/{type}/{id}/files}, to include with htmx:
 * {@code <div hx-get="/records/claims.inspection/42/files" hx-trigger="load"></div>}).
 */
@org.springframework.modulith.NamedInterface("attachment")
package org.fieldsupport.platform.attachment;
