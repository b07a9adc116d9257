/**
 * Workflow kit: a module declares a record type's states and transitions in code; the kit executes them under
 * the user's permission and, where declared, a delegation of authority, refuses stale moves, logs, audits and
 * publishes one {@link org.fieldsupport.platform.workflow.RecordTransitioned} per transition.
 *
 * <h2>Declare</h2>
 * <pre>{@code
 * enum Status { RECEIVED, INFORMATION_REQUESTED, CERTIFIED, PAID, REJECTED }
 *
 * static final Workflow<DndClaim, Status> FLOW = Workflow.define("claims.dnd-claim", DndClaim.class, Status.class)
 *         .id(DndClaim::id).state(DndClaim::status).version(DndClaim::version).reference(DndClaim::reference)
 *         .scope(c -> Scope.mission(c.missionCode()))                      // permission checked there
 *         .storedIn("claims_dnd_claim", "id", "status", "version")          // kit does the compare-and-set
 *         .transition("request-information", RECEIVED, INFORMATION_REQUESTED, "claims.dnd.manage")
 *         .transition("resume", INFORMATION_REQUESTED, RECEIVED, "claims.dnd.manage")
 *         .transition("certify", RECEIVED, CERTIFIED, "claims.dnd.manage", t -> t
 *                 .authority("CLAIM_CERTIFICATION", (c, in) -> Subject.of(in.decimal("amount"), "USD", c.missionCode())))
 *         .transition("pay", CERTIFIED, PAID, "claims.dnd.manage")
 *         .transition("reject", anyOf(RECEIVED, INFORMATION_REQUESTED), REJECTED, "claims.dnd.manage",
 *                 t -> t.requires("reason"))
 *         .build();
 * }</pre>
 *
 * <h2>Execute (in the module's {@code @Transactional} service method)</h2>
 * <pre>{@code
 * DndClaim claim = store.find(id).orElseThrow(() -> new NotFoundException("claim", id));
 * Transitioned<Status> done = workflows.perform(FLOW, claim, "reject",
 *         TransitionInput.of("reason", reason).expectingVersion(versionFromFormOrIfMatch));
 * store.setRejectReason(id, done.note());                    // the module's own extra fields, same transaction
 * }</pre>
 * Refusals: 403 without the permission in the record's scope; 409 {@link
 * org.fieldsupport.platform.workflow.StaleTransitionException} (with {@code currentState}) when the record moved
 * since the user saw it; 422 {@link org.fieldsupport.platform.workflow.IllegalTransitionException} when the
 * action does not leave the current state; 400 naming each missing required field; 422 with the delegation
 * register's reason when no delegation covers the subject (the use and the refusal are logged by the register).
 * Nothing is written on a refusal. On success: the state column moves with {@code version = version + 1}, a row in
 * {@code workflow_transition} (who, when, note, delegation used), a {@code DataChanged} audit record, a
 * {@code RecordTransitioned} event, and the record's open work items ({@code platform.work}) are closed.
 *
 * <h2>Screens</h2>
 * {@code workflows.actions(FLOW, claim)} lists the {@link org.fieldsupport.platform.workflow.AvailableAction}s of the
 * current user: one button each ({@code labelKey}), disabled with {@code refusal} as its title when only the
 * delegation is missing. {@code workflows.history("claims.dnd-claim", id)} gives the transitions.
 *
 * <h2>Delegations</h2>
 * The platform cannot depend on the organisation module, so it asks an {@link
 * org.fieldsupport.platform.workflow.AuthorityGate}; the organisation implements it with its delegation register.
 */
@org.springframework.modulith.NamedInterface("workflow")
package org.fieldsupport.platform.workflow;
