package ma.socialhub.ticketing;

import java.time.Clock;
import ma.socialhub.catalog.CounterWork;
import ma.socialhub.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter is worked by someone only while their session lasts: when an agent signs out or their
 * session times out, the counters they held close, so that supervisors never see a counter "open"
 * with nobody behind it.
 */
@Component
class CounterPresence {

    private final CounterWork counters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CounterPresence(CounterWork counters, ApplicationEventPublisher events, Clock clock) {
        this.counters = counters;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void sessionEnded(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof StaffMember member) {
                counters.closeCountersOf(member.staffId(), clock.instant()).stream().distinct().forEach(center ->
                        events.publishEvent(new QueueChanged(center, 0, QueueChanged.Kind.COUNTER_CHANGED)));
            }
        }
    }
}
