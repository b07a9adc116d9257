package org.fieldsupport.integration.events.internal;

import java.time.Clock;
import org.fieldsupport.claims.VerificationReportCertified;
import org.fieldsupport.integration.events.OutboundEvent;
import org.fieldsupport.integration.events.domain.IntegrationEvents;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.workflow.RecordTransitioned;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Inside the publisher's transaction, turns the events other systems need into {@link OutboundEvent}s (stored by the
 * publication registry with the change itself); the many events nobody outside needs cost nothing more.
 */
@Component
@ConditionalOnProperty(name = "fsp.events.amqp.enabled", havingValue = "true")
class IntegrationEventRelay {

    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    IntegrationEventRelay(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(VerificationReportCertified e) { relay(e); }

    @EventListener
    void on(MissionPhaseChanged e) { relay(e); }

    @EventListener
    void on(RecordTransitioned e) { relay(e); }

    @EventListener
    void on(DataChanged e) { relay(e); }

    private void relay(Object event) {
        IntegrationEvents.map(event, clock.instant()).ifPresent(o ->
                events.publishEvent(new OutboundEvent(o.routingKey(), o.eventId(), o.payload())));
    }
}
