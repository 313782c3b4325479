package ma.socialhub.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.schedule.BookingRule;
import ma.socialhub.schedule.ScheduleAdmin;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;

/**
 * Whole days at one center, minute by minute, through the real services and the real database:
 * the day before, people book most of the slots; on the day, walk-ins arrive as a Poisson stream
 * (a tenth of them with priority), a quarter of the booked people never come, the others arrive
 * from 30 minutes early to 25 minutes late (the late ones past the window take a walk-in ticket),
 * and each counter calls next as soon as it is free and serves for 8 to 22 minutes. What comes out
 * is when each person was called compared with when they were due or arrived.
 */
public final class CallOrderSimulation {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(16, 30);
    /** Walk-ins stop an hour before closing, as a center's door does in practice. */
    static final LocalTime LAST_WALK_IN = LocalTime.of(15, 30);

    /** The shape of the simulated center. */
    public record Shape(int counters, int serviceMinutes, int walkInPercent, double walkInsPerHour, double bookedShare,
            double noShowShare) {

        public static final Shape ORDINARY = new Shape(3, 15, 50, 5.0, 0.9, 0.25);
    }

    /**
     * What happened to the people of the simulated days. {@code counterBusyShare} is the minutes
     * served over the counters' opening minutes: above 1, the counters stayed late.
     */
    public record Outcome(int days, List<Long> appointmentLateness, List<Long> walkInWaits, int calledEarly, int booked,
            int noShows, int lateArrivals, int unserved, double counterBusyShare) {

        /** The p-th percentile (0–100) of a list of minutes, by nearest rank. */
        public static long percentile(List<Long> minutes, double p) {
            List<Long> sorted = minutes.stream().sorted().toList();
            if (sorted.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }

        public static long max(List<Long> minutes) {
            return minutes.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private record Arrival(Instant at, Optional<Booking> booking, PriorityClass priority) {
    }

    private final Bookings bookings;
    private final Tickets tickets;
    private final ScheduleAdmin admin;
    private final Fixtures fixtures;
    private final TestClock clock;

    public CallOrderSimulation(Bookings bookings, Tickets tickets, ScheduleAdmin admin, Fixtures fixtures, TestClock clock) {
        this.bookings = bookings;
        this.tickets = tickets;
        this.admin = admin;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    /** Runs {@code days} weekdays from {@code firstDay} at a fresh center; the same seed gives the same days. */
    public Outcome run(Shape shape, LocalDate firstDay, int days, long seed) {
        long center = fixtures.center();
        long service = fixtures.service('S');
        fixtures.jdbc().sql("UPDATE social_service SET service_minutes = ? WHERE id = ?").params(shape.serviceMinutes(), service).update();
        List<Long> counters = fixtures.counters(center, shape.counters(), service);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        fixtures.openWeekdays(center);
        admin.setRule(center, service, new BookingRule(shape.walkInPercent(), 30, 15));
        String agent = fixtures.agent(center);
        fixtures.signOut();

        Random random = new Random(seed);
        List<Long> lateness = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        int[] counts = new int[6]; // calledEarly, booked, noShows, lateArrivals, unserved, minutes served
        LocalDate day = firstDay;
        for (int d = 0; d < days; d++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            simulateDay(shape, center, service, counters, agent, day, random, lateness, waits, counts);
            day = day.plusDays(1);
        }
        double openMinutes = (double) days * shape.counters() * Duration.between(OPENS, CLOSES).toMinutes();
        return new Outcome(days, lateness, waits, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5] / openMinutes);
    }

    private void simulateDay(Shape shape, long center, long service, List<Long> counters, String agent, LocalDate day, Random random,
            List<Long> lateness, List<Long> waits, int[] counts) {
        // the evening before: people book most places
        clock.pin(day.minusDays(1).atTime(18, 0).atZone(CASABLANCA).toInstant());
        List<Arrival> arrivals = new ArrayList<>();
        for (FreeSlot slot : bookings.freeSlots(center, service, day)) {
            for (int place = 0; place < slot.free(); place++) {
                if (random.nextDouble() >= shape.bookedShare()) {
                    continue;
                }
                BookResult result = bookings.book(BookingRequest.publicPage(center, service, day, slot.start(), HubLanguage.ARABIC,
                        PriorityClass.STANDARD, null, false, null));
                Booking booking = ((BookResult.Booked) result).booking();
                counts[1]++;
                if (random.nextDouble() < shape.noShowShare()) {
                    counts[2]++;
                    continue;
                }
                long offsetSeconds = (long) ((random.nextDouble() * 55 - 30) * 60); // 30 early to 25 late
                arrivals.add(new Arrival(booking.startsAt().plusSeconds(offsetSeconds), Optional.of(booking), PriorityClass.STANDARD));
            }
        }
        Instant opens = day.atTime(OPENS).atZone(CASABLANCA).toInstant();
        Instant lastWalkIn = day.atTime(LAST_WALK_IN).atZone(CASABLANCA).toInstant();
        for (Instant at = opens.plusSeconds((long) (exponential(random, shape.walkInsPerHour()) * 3600)); at.isBefore(lastWalkIn);
                at = at.plusSeconds((long) (exponential(random, shape.walkInsPerHour()) * 3600))) {
            arrivals.add(new Arrival(at, Optional.empty(), random.nextDouble() < 0.1 ? PriorityClass.PRIORITY : PriorityClass.STANDARD));
        }
        arrivals.sort(Comparator.comparing(Arrival::at));

        fixtures.signIn(agent);
        Instant[] freeAt = new Instant[counters.size()];
        long[] serving = new long[counters.size()];
        java.util.Arrays.fill(freeAt, opens);
        List<Ticket> issued = new ArrayList<>();
        int next = 0;
        Instant end = day.atTime(CLOSES).plusHours(3).atZone(CASABLANCA).toInstant();
        for (Instant now = opens.minus(Duration.ofMinutes(30)); now.isBefore(end); now = now.plusSeconds(60)) {
            clock.pin(now);
            while (next < arrivals.size() && !arrivals.get(next).at().isAfter(now)) {
                arrive(arrivals.get(next++), center, service, issued, counts);
            }
            for (int c = 0; c < counters.size(); c++) {
                if (now.isBefore(freeAt[c]) || now.isBefore(opens)) {
                    continue;
                }
                if (serving[c] != 0) {
                    tickets.finish(serving[c], counters.get(c));
                    serving[c] = 0;
                }
                if (tickets.callNext(counters.get(c)) instanceof CallResult.Called called) {
                    serving[c] = called.ticket().id();
                    int minutes = 8 + random.nextInt(15);
                    counts[5] += minutes;
                    freeAt[c] = now.plusSeconds(60L * minutes);
                }
            }
        }
        for (int c = 0; c < counters.size(); c++) {
            if (serving[c] != 0) {
                tickets.finish(serving[c], counters.get(c));
            }
        }
        fixtures.signOut();
        for (Ticket t : issued) {
            Ticket after = tickets.byId(t.id()).orElseThrow();
            if (after.calledAt() == null) {
                counts[4]++;
            } else if (after.dueAt() != null) {
                lateness.add(Duration.between(after.dueAt(), after.calledAt()).toMinutes());
                if (after.calledAt().isBefore(after.dueAt().minus(Duration.ofMinutes(5)))) {
                    counts[0]++;
                }
            } else {
                waits.add(Duration.between(after.issuedAt(), after.calledAt()).toMinutes());
            }
        }
    }

    private void arrive(Arrival arrival, long center, long service, List<Ticket> issued, int[] counts) {
        if (arrival.booking().isPresent()) {
            Booking booking = arrival.booking().get();
            CheckInResult result = bookings.checkInByCode(center, booking.code());
            if (result instanceof CheckInResult.CheckedIn in) {
                issued.add(in.ticket());
                return;
            }
            counts[3]++; // past the window: a walk-in ticket, as the kiosk offers
        }
        IssueResult result = tickets.issue(center, service, arrival.priority(), HubLanguage.ARABIC);
        issued.add(((IssueResult.Issued) result).ticket());
    }

    /** Hours until the next arrival of a Poisson stream of {@code perHour}. */
    private static double exponential(Random random, double perHour) {
        return -Math.log(1 - random.nextDouble()) / perHour;
    }
}
