package ma.socialhub.schedule;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.SocialService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a service is open at a center on a given day, and which times of it can be booked. Public:
 * the kiosk, the phone page and the booking page say when a center is open.
 *
 * <p>A day's hours are those of the period that covers it (the center's own before a national one;
 * a period without hours closes the day), otherwise the service's weekly hours at the center, or
 * the center's when the service has none. No hours at all: closed. Slots last the service's time,
 * start at opening and fit whole before closing; each takes the share of the counters serving the
 * service that is not kept for walk-ins, fractions carried from slot to slot (1.5 a slot gives 1,
 * 2, 1, 2…).
 */
@Service
@Transactional(readOnly = true)
public class OpeningHours {

    private final ScheduleStore store;
    private final Catalog catalog;

    OpeningHours(ScheduleStore store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The stretches the service is open at the center on {@code day}; empty when it is closed. */
    @PermitAll // opening hours are public
    public List<OpenSpan> on(long centerId, long serviceId, LocalDate day) {
        List<OpenSpan> spans = store.periodOn(centerId, day).map(OpeningPeriod::spans).orElseGet(() -> store.weekly(centerId, serviceId));
        return spans.stream().filter(s -> s.weekday() == day.getDayOfWeek()).toList();
    }

    /** Why the center is closed all day on {@code day}, when a period closes it (a public holiday). */
    @PermitAll // a holiday is public
    public Optional<String> closedFor(long centerId, LocalDate day) {
        return store.periodOn(centerId, day).filter(OpeningPeriod::closed).map(OpeningPeriod::reason);
    }

    /** The bookable times of the service at the center on {@code day}, in order. */
    @PermitAll // which times exist is public; who took them is not here
    public List<Slot> slots(long centerId, long serviceId, LocalDate day) {
        return slots(centerId, serviceId, day, day).getOrDefault(day, List.of());
    }

    /**
     * The bookable times of each day from {@code from} to {@code to}: what {@link #slots(long, long, LocalDate)}
     * gives for one day, read in a handful of statements whatever the number of days (the booking
     * page asks for a month at a time).
     */
    @PermitAll // which times exist is public; who took them is not here
    public Map<LocalDate, List<Slot>> slots(long centerId, long serviceId, LocalDate from, LocalDate to) {
        Optional<SocialService> service = catalog.service(serviceId);
        if (service.isEmpty()) {
            return Map.of();
        }
        ZoneId zone = catalog.zoneOf(centerId);
        int minutes = Math.max(5, service.get().serviceMinutes());
        BookingRule rule = store.rule(centerId, serviceId);
        double perSlot = store.counters(centerId, serviceId) * (100 - rule.walkInPercent()) / 100.0;
        List<OpenSpan> weekly = store.weekly(centerId, serviceId);
        List<OpeningPeriod> periods = store.periodsTouching(centerId, from, to);
        Map<LocalDate, List<Slot>> days = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate on = day;
            List<OpenSpan> spans = periods.stream().filter(p -> !on.isBefore(p.firstDay()) && !on.isAfter(p.lastDay())).findFirst()
                    .map(OpeningPeriod::spans).orElse(weekly);
            days.put(day, slotsOf(spans.stream().filter(s -> s.weekday() == on.getDayOfWeek()).toList(), on, zone, minutes, perSlot));
        }
        return days;
    }

    private static List<Slot> slotsOf(List<OpenSpan> spans, LocalDate day, ZoneId zone, int minutes, double perSlot) {
        List<Slot> slots = new ArrayList<>();
        int index = 0;
        for (OpenSpan span : spans) {
            int closes = span.closes().toSecondOfDay() / 60;
            for (int start = span.opens().toSecondOfDay() / 60; start + minutes <= closes; start += minutes) {
                int capacity = (int) (Math.floor((index + 1) * perSlot + 1e-9) - Math.floor(index * perSlot + 1e-9));
                index++;
                LocalTime time = LocalTime.ofSecondOfDay(start * 60L);
                slots.add(new Slot(time, day.atTime(time).atZone(zone).toInstant(), capacity));
            }
        }
        return slots;
    }

    /**
     * Whether the center keeps hours for the service at all. A center whose administrator entered
     * none is not run by the clock: its kiosks issue tickets whenever they are on.
     */
    @PermitAll // opening hours are public
    public boolean keepsHours(long centerId, long serviceId) {
        return !store.weekly(centerId, serviceId).isEmpty();
    }

    /** What the center does with the people still waiting when its day ends. */
    @PermitAll // told to citizens on their phone page
    public ClosingRule closingRule(long centerId) {
        return store.closingRule(centerId);
    }

    /** The centers that send people home or carry them at closing, with their rule: the few the day-end job looks at. */
    @PermitAll // which centers keep which rule is public
    public Map<Long, ClosingRule> centersEndingDays() {
        return store.centersEndingDays();
    }

    /** When the center's day begins on {@code day}, on its clock: the first opening time of any service; empty when closed. */
    @PermitAll // opening hours are public
    public Optional<LocalTime> dayStarts(long centerId, LocalDate day) {
        return catalog.servicesAt(centerId).stream().flatMap(s -> on(centerId, s.id(), day).stream()).map(OpenSpan::opens)
                .min(LocalTime::compareTo);
    }

    /**
     * When the center's day ends on {@code day}, on its clock: the last closing time of its own
     * hours or of any service's; empty when it keeps no hours that day (or a holiday closes it).
     */
    @PermitAll // opening hours are public
    public Optional<LocalTime> dayEnds(long centerId, LocalDate day) {
        return catalog.servicesAt(centerId).stream().flatMap(s -> on(centerId, s.id(), day).stream()).map(OpenSpan::closes)
                .max(LocalTime::compareTo);
    }

    /** How the service may be booked at the center (the defaults until an administrator says otherwise). */
    @PermitAll // the check-in window is told to every citizen who books
    public BookingRule rule(long centerId, long serviceId) {
        return store.rule(centerId, serviceId);
    }
}
