package ma.socialhub.counter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.Counter;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The signed-in agent as the desk sees them: their center, the day and zone of that center, and
 * the counters they may work. An agent works only the counters of their own center; the desk
 * refuses before it coordinates anything, whatever the features it calls check afterwards.
 */
@Component
class DeskAgent {

    private final StaffDirectory staff;
    private final Catalog catalog;
    private final Clock clock;

    DeskAgent(StaffDirectory staff, Catalog catalog, Clock clock) {
        this.staff = staff;
        this.catalog = catalog;
        this.clock = clock;
    }

    StaffMember current() {
        return staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
    }

    Center center() {
        Long centerId = current().centerId();
        if (centerId == null) {
            throw new AccessDeniedException("The agent has no center");
        }
        return catalog.center(centerId).orElseThrow(() -> new AccessDeniedException("No center " + centerId));
    }

    /** The counter, if it is one of the agent's center; refused otherwise. */
    Counter counter(long counterId) {
        long centerId = center().id();
        return catalog.counter(counterId).filter(c -> c.centerId() == centerId)
                .orElseThrow(() -> new AccessDeniedException("Counter " + counterId + " is not in the agent's center"));
    }

    /** The zone of the agent's center: a center keeps its own time ({@code center.time_zone}). */
    ZoneId zone() {
        return center().timeZone();
    }

    /** The center's day now, which is not the server's. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }
}
