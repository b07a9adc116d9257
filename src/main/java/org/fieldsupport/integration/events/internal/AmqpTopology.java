package org.fieldsupport.integration.events.internal;

import org.fieldsupport.integration.events.domain.IntegrationEvents;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the durable topic exchange {@value IntegrationEvents#EXCHANGE} (RabbitAdmin declares it on the first
 * connection). {@code fsp.events.amqp.archive-queue} (optional) also declares a durable queue bound to {@code #}:
 * every event kept until someone reads it (for a consumer that is not there yet; it grows if nobody reads it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fsp.events.amqp.enabled", havingValue = "true")
class AmqpTopology {

    @Bean
    Declarables integrationEventTopology(@Value("${fsp.events.amqp.archive-queue:}") String archiveQueue) {
        TopicExchange exchange = new TopicExchange(IntegrationEvents.EXCHANGE, true, false);
        if (archiveQueue == null || archiveQueue.isBlank()) return new Declarables(exchange);
        Queue queue = QueueBuilder.durable(archiveQueue).build();
        Binding binding = BindingBuilder.bind(queue).to(exchange).with("#");
        return new Declarables(exchange, queue, binding);
    }
}
