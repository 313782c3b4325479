package ma.socialhub.booking;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.schedule.OpenSpan;
import ma.socialhub.schedule.OpeningHours;
import ma.socialhub.ticketing.Tickets;
import org.springframework.stereotype.Service;

/**
 * The service day (issue 16): whether a kiosk may still give a walk-in ticket for a service.
 *
 * <p>A holiday closes the center. A center that keeps hours for the service is closed after its
 * last closing time of the day and on days without hours; before opening it issues tickets (people
 * queue before the doors open). While open, it is <i>closing</i> once a ticket taken now is expected
 * to wait longer than the open time left today, a lunch break not counted (the wait estimate's own
 * rule, from the people waiting, the recent visit times and the open counters): the kiosk stops taking walk-ins
 * for it, says so, and offers the first free appointment instead of a ticket that would not be
 * served. A center without hours is not run by the clock: always open.
 */
@Service
public class ServiceDays {

    private final OpeningHours hours;
    private final Tickets tickets;
    private final Bookings bookings;
    private final Catalog catalog;
    private final Clock clock;

    ServiceDays(OpeningHours hours, Tickets tickets, Bookings bookings, Catalog catalog, Clock clock) {
        this.hours = hours;
        this.tickets = tickets;
        this.bookings = bookings;
        this.catalog = catalog;
        this.clock = clock;
    }

    @PermitAll // what a kiosk shows: public
    public DayState of(long centerId, long serviceId) {
        ZoneId zone = catalog.zoneOf(centerId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Optional<String> holiday = hours.closedFor(centerId, today);
        if (holiday.isPresent()) {
            return new DayState.Closed(holiday);
        }
        if (!hours.keepsHours(centerId, serviceId)) {
            return new DayState.Open();
        }
        LocalTime time = LocalTime.ofInstant(now, zone);
        // the minutes still open today, across a lunch break: a ticket taken at 12:20 is served after it
        long openSecondsLeft = 0;
        for (OpenSpan span : hours.on(centerId, serviceId, today)) {
            LocalTime from = time.isAfter(span.opens()) ? time : span.opens();
            openSecondsLeft += Math.max(0, span.closes().toSecondOfDay() - from.toSecondOfDay());
        }
        if (openSecondsLeft == 0) {
            return new DayState.Closed(Optional.empty());
        }
        OptionalDouble wait = tickets.expectedWaitForNew(centerId, serviceId);
        if (wait.isPresent() && wait.getAsDouble() * 60 > openSecondsLeft) {
            return new DayState.Closing();
        }
        return new DayState.Open();
    }

    /** Why the whole center is closed today, when a holiday closes it. */
    @PermitAll // a holiday is public
    public Optional<String> holidayToday(long centerId) {
        return hours.closedFor(centerId, LocalDate.ofInstant(clock.instant(), catalog.zoneOf(centerId)));
    }

    /**
     * The first free time from tomorrow, offered when the day is over: a time later today would put
     * the person ahead of the walk-ins already waiting past what the day can serve.
     */
    @PermitAll // free times are public
    public Optional<FreeSlot> nextFree(long centerId, long serviceId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), catalog.zoneOf(centerId));
        return bookings.firstFree(centerId, serviceId, today.plusDays(1));
    }
}
