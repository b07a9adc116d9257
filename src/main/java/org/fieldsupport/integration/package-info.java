/**
 * Integration: hands the events other systems need to RabbitMQ (issue 20). Off by default;
 * {@code fsp.events.amqp.enabled=true} turns it on. Exchange, routing keys and payloads: docs/integration-events.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration events")
package org.fieldsupport.integration;
