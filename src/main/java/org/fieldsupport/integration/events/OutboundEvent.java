package org.fieldsupport.integration.events;

import java.util.Map;

/**
 * An integration event waiting to be handed to RabbitMQ: published in the transaction of the change it reports, so the
 * JDBC event publication registry stores it with that change; completed only once the broker confirmed it.
 */
public record OutboundEvent(String routingKey, String eventId, Map<String, Object> payload) { }
