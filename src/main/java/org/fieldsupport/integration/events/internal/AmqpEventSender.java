package org.fieldsupport.integration.events.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.fieldsupport.integration.events.OutboundEvent;
import org.fieldsupport.integration.events.domain.IntegrationEvents;
import org.fieldsupport.platform.jobs.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends each {@link OutboundEvent} to the exchange, persistent, and waits for the broker's publisher confirm: the
 * listener returns (and Modulith completes the publication) only on an ack; a nack, a return (unroutable with
 * {@code mandatory}) or no answer within {@code fsp.events.amqp.confirm-timeout} throws, so the publication stays
 * incomplete and is sent again — every {@code fsp.events.amqp.retry-interval} (once across nodes) and at start-up.
 * Consumers may see an event twice (at-least-once): {@code eventId} is stable across retries.
 */
@Component
@ConditionalOnProperty(name = "fsp.events.amqp.enabled", havingValue = "true")
class AmqpEventSender {

    private static final Logger log = LoggerFactory.getLogger(AmqpEventSender.class);

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final IncompleteEventPublications incomplete;
    private final FailedEventPublications failed;
    private final JobLock jobLock;
    private final Duration confirmTimeout;
    private final Duration retryAfter;

    AmqpEventSender(RabbitTemplate rabbit, JsonMapper json, IncompleteEventPublications incomplete,
                    FailedEventPublications failed, JobLock jobLock,
                    @Value("${fsp.events.amqp.confirm-timeout:PT10S}") Duration confirmTimeout,
                    @Value("${fsp.events.amqp.retry-after:PT30S}") Duration retryAfter) {
        this.rabbit = rabbit;
        this.json = json;
        this.incomplete = incomplete;
        this.failed = failed;
        this.jobLock = jobLock;
        this.confirmTimeout = confirmTimeout;
        this.retryAfter = retryAfter;
    }

    @ApplicationModuleListener
    void on(OutboundEvent event) throws Exception {
        send(event);
    }

    void send(OutboundEvent event) throws Exception {
        Message message = MessageBuilder.withBody(json.writeValueAsBytes(event.payload()))
                .setContentType("application/json")
                .setContentEncoding("UTF-8")
                .setMessageId(event.eventId())
                .setType(event.routingKey())
                .setHeader("schemaVersion", IntegrationEvents.SCHEMA_VERSION)
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
        CorrelationData correlation = new CorrelationData(event.eventId());
        rabbit.send(IntegrationEvents.EXCHANGE, event.routingKey(), message, correlation);
        CorrelationData.Confirm confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!confirm.ack()) {
            throw new IllegalStateException("broker refused event " + event.eventId() + ": " + confirm.reason());
        }
        if (correlation.getReturned() != null) {
            throw new IllegalStateException("event " + event.eventId() + " unroutable: "
                    + correlation.getReturned().getReplyText());
        }
    }

    /** Publications the broker did not confirm (down, refused) are sent again; once across nodes. */
    @Scheduled(fixedDelayString = "${fsp.events.amqp.retry-interval:PT30S}", initialDelayString = "PT30S")
    void resend() {
        jobLock.runOnce("integration.amqp.resend", Duration.ofMinutes(5), Duration.ofSeconds(5), () -> {
            try {
                failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter));
                incomplete.resubmitIncompletePublicationsOlderThan(retryAfter.multipliedBy(4));
            } catch (RuntimeException e) {
                log.warn("Resending integration events failed (broker still down?): {}", e.toString());
            }
        });
    }
}
