/**
 * Work items, "my work": what needs a person, from every module. A module opens an item for a record with
 * {@link org.fieldsupport.platform.work.WorkItems#open} (or publishes
 * {@link org.fieldsupport.platform.work.WorkItemRequested}); the kit closes the record's open items when it moves
 * through {@code platform.workflow} (or on {@link org.fieldsupport.platform.work.WorkItems#closeFor}).
 * <pre>{@code
 * // after workflows.perform(DND, claim, "resume", input) moved the claim back to RECEIVED:
 * workItems.open(NewWorkItem.of("claims.dnd-claim", claim.id(), claim.reference(), "/claims/dnd/" + claim.id(),
 *         Assignee.role("CLAIMS_CERTIFIER", Scope.mission(claim.missionCode())), LocalDate.now().plusDays(10),
 *         "claims.work.dnd.certify", claim.reference()));
 * }</pre>
 * Users see their items at {@code /work} (overdue first), as a count in the shell header, on a dashboard card and
 * through {@code GET /api/v1/work-items?assignee=me&state=open} (paged). An item assigned to a role in a scope is
 * seen by holders of that role in a scope that covers it; one assigned to a unit by those holding a role in that
 * unit's scope.
 */
@org.springframework.modulith.NamedInterface("work")
package org.fieldsupport.platform.work;
