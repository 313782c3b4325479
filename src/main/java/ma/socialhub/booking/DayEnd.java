package ma.socialhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import ma.socialhub.base.security.SystemAuthority;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.schedule.ClosingRule;
import ma.socialhub.schedule.OpeningHours;
import ma.socialhub.ticketing.Tickets;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The end of a center's day, for the centers whose rule sends the people still waiting home or
 * carries them to the next open day (the others serve them: nothing to do). Every minute, on every
 * node, each such center whose last closing time of today has passed has its waiting tickets
 * closed or carried. Both take the tickets still WAITING under their row locks, so two nodes doing
 * it at once close or carry each ticket once.
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
        hours.centersEndingDays().forEach((centerId, rule) -> {
            ZoneId zone = catalog.zoneOf(centerId);
            LocalDate today = LocalDate.ofInstant(now, zone);
            Optional<LocalTime> ends = hours.dayEnds(centerId, today);
            if (ends.isEmpty() || LocalTime.ofInstant(now, zone).isBefore(ends.get())) {
                return;
            }
            Optional<LocalDate> next = rule == ClosingRule.CARRY ? nextOpenDay(centerId, today) : Optional.empty();
            if (next.isPresent()) {
                Instant opens = next.get().atTime(hours.dayStarts(centerId, next.get()).orElseThrow()).atZone(zone).toInstant();
                SystemAuthority.run(contexts, () -> tickets.carryWaiting(centerId, next.get(), opens));
            } else {
                // sent home, or nowhere to carry them within two weeks (a long closure)
                SystemAuthority.run(contexts, () -> tickets.endDay(centerId));
            }
        });
    }

    private Optional<LocalDate> nextOpenDay(long centerId, LocalDate today) {
        for (LocalDate day = today.plusDays(1); !day.isAfter(today.plusDays(14)); day = day.plusDays(1)) {
            if (hours.dayStarts(centerId, day).isPresent()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
