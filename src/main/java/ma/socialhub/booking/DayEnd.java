package ma.socialhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import ma.socialhub.base.security.SystemAuthority;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.schedule.OpeningHours;
import ma.socialhub.ticketing.Tickets;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The end of a center's day, for the centers whose rule sends the people still waiting home (the
 * others serve them: nothing to do). Every minute, on every node, each such center whose last
 * closing time of today has passed has its waiting tickets closed. Closing is one UPDATE of the
 * tickets still WAITING, so two nodes doing it at once close each ticket once.
 */
@Component
public class DayEnd {

    private final OpeningHours hours;
    private final Tickets tickets;
    private final Catalog catalog;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    DayEnd(OpeningHours hours, Tickets tickets, Catalog catalog, SecurityContextHolderStrategy contexts, Clock clock) {
        this.hours = hours;
        this.tickets = tickets;
        this.catalog = catalog;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Scheduled(cron = "${hub.booking.day-end-cron:30 * * * * *}")
    public void endDays() {
        Instant now = clock.instant();
        for (long centerId : hours.centersSendingHome()) {
            ZoneId zone = catalog.zoneOf(centerId);
            LocalDate today = LocalDate.ofInstant(now, zone);
            Optional<LocalTime> ends = hours.dayEnds(centerId, today);
            if (ends.isPresent() && !LocalTime.ofInstant(now, zone).isBefore(ends.get())) {
                SystemAuthority.run(contexts, () -> tickets.endDay(centerId));
            }
        }
    }
}
