package org.fieldsupport.platform.work;

/** Published by the kit when a work item is opened (notices listen to it). */
public record WorkItemOpened(WorkItem item) { }
