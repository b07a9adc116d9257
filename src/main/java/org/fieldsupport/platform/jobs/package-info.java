/** Scheduled work safe on several nodes: {@link org.fieldsupport.platform.jobs.JobLock}. */
@org.springframework.modulith.NamedInterface("jobs")
package org.fieldsupport.platform.jobs;
