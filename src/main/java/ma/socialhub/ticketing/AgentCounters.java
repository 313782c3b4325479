package ma.socialhub.ticketing;

import java.time.Clock;
import java.time.LocalDate;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.Counter;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rule behind every counter action: an agent works only the counters of their own center.
 * Also the queue's notion of "today", which is the center's day, not the server's.
 */
@Component
class AgentCounters {

    private final Catalog catalog;
    private final StaffDirectory staff;
    private final Clock clock;

    AgentCounters(Catalog catalog, StaffDirectory staff, Clock clock) {
        this.catalog = catalog;
        this.staff = staff;
        this.clock = clock;
    }

    /** The counter, if it belongs to the center of the signed-in agent; refused otherwise. */
    Counter counterOfCurrentAgent(long counterId) {
        StaffMember agent = currentAgent();
        return catalog.counter(counterId)
                .filter(c -> Long.valueOf(c.centerId()).equals(agent.centerId()))
                .orElseThrow(() -> new AccessDeniedException("Counter " + counterId + " is not in the agent's center"));
    }

    StaffMember currentAgent() {
        return staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
    }

    Center centerOf(Counter counter) {
        return catalog.center(counter.centerId()).orElseThrow();
    }

    LocalDate today(Center center) {
        return LocalDate.ofInstant(clock.instant(), center.timeZone());
    }
}
