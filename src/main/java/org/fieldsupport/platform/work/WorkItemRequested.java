package org.fieldsupport.platform.work;

/**
 * A module may publish this (inside its transaction) instead of calling {@link WorkItems#open}: the kit opens
 * the item in the same transaction.
 */
public record WorkItemRequested(NewWorkItem item) { }
