package org.fieldsupport.integration.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.fieldsupport.integration.events.OutboundEvent;
import org.fieldsupport.integration.events.domain.IntegrationEvents;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sender against a real broker: a message is completed only when the broker confirmed it. The test against the
 * local RabbitMQ (127.0.0.1:5672, guest/guest) runs only with {@code FSP_AMQP_TEST=true} (docs/integration-events.md);
 * the refusal when no broker answers always runs.
 */
class AmqpEventSenderTests {

    private static AmqpEventSender sender(CachingConnectionFactory factory) {
        RabbitTemplate template = new RabbitTemplate(factory);
        return new AmqpEventSender(template, JsonMapper.builder().build(), null, null, null, Duration.ofSeconds(5),
                Duration.ofSeconds(30));
    }

    private static OutboundEvent event() {
        var o = IntegrationEvents.map(new MissionPhaseChanged("MINUSCA", MissionPhase.TRANSITION,
                MissionPhase.LIQUIDATION, LocalDate.of(2026, 12, 1)), Instant.parse("2026-12-05T12:00:00Z")).orElseThrow();
        return new OutboundEvent(o.routingKey(), o.eventId(), o.payload());
    }

    @Test
    void without_a_broker_the_send_fails_so_the_publication_stays_incomplete() {
        CachingConnectionFactory factory = new CachingConnectionFactory("127.0.0.1", 1);
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        try {
            assertThatThrownBy(() -> sender(factory).send(event())).isInstanceOf(Exception.class);
        } finally {
            factory.destroy();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "FSP_AMQP_TEST", matches = "true")
    void the_local_broker_confirms_and_a_bound_queue_receives_the_json_with_its_schema_version() throws Exception {
        CachingConnectionFactory factory = new CachingConnectionFactory(
                System.getenv().getOrDefault("FSP_AMQP_HOST", "127.0.0.1"), 5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setPublisherReturns(true);
        try {
            RabbitAdmin admin = new RabbitAdmin(factory);
            TopicExchange exchange = new TopicExchange(IntegrationEvents.EXCHANGE, true, false);
            admin.declareExchange(exchange);
            // a plain exclusive queue (the local broker refuses AnonymousQueue's leader-locator argument)
            Queue queue = new Queue("fsp-test-" + java.util.UUID.randomUUID(), false, true, true);
            admin.declareQueue(queue);
            admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("organization.mission.#"));

            OutboundEvent event = event();
            sender(factory).send(event);   // returns only after the broker's ack

            Message received = new RabbitTemplate(factory).receive(queue.getName(), 5000);
            assertThat(received).isNotNull();
            assertThat(received.getMessageProperties().getMessageId()).isEqualTo(event.eventId());
            assertThat(received.getMessageProperties().getContentType()).isEqualTo("application/json");
            String body = new String(received.getBody(), StandardCharsets.UTF_8);
            assertThat(body).contains("\"schemaVersion\":1").contains("\"type\":\"organization.mission.phase-changed\"")
                    .contains("\"missionCode\":\"MINUSCA\"");
            admin.deleteQueue(queue.getName());
        } finally {
            factory.destroy();
        }
    }
}
