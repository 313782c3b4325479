package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.CallOrderSimulation;
import ma.socialhub.booking.CallOrderSimulation.Outcome;
import ma.socialhub.booking.CallOrderSimulation.Shape;
import ma.socialhub.schedule.ScheduleAdmin;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fair call order (ADR 0024) over 20 simulated days each of an ordinary center and two busy
 * ones, through the real services and database ({@link CallOrderSimulation}). Each
 * figure stands beside its limit; the run fails when one is missed.
 */
@IntegrationTest
class FairCallOrderBenchmark {

    /** Every place booked and more walk-ins than their share: the counters busy 97 % of the day. */
    static final Shape BUSY = new Shape(3, 15, 50, 6.5, 1.0, 0.15);
    /** Still more walk-ins: the counters stay after closing for those still waiting. */
    static final Shape BUSIER = new Shape(3, 15, 50, 7.5, 1.0, 0.15);

    /** The limits a shape of day is held to. */
    record Limits(long lateP95, long lateMax, long walkInMax) {
    }

    @Autowired Bookings bookings;
    @Autowired Tickets tickets;
    @Autowired ScheduleAdmin admin;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void appointmentsAreCalledNearTheirTimeAndWalkInsNeverStarveOnOrdinaryAndBusyDays() {
        CallOrderSimulation simulation = new CallOrderSimulation(bookings, tickets, admin, fixtures, clock);
        Outcome ordinary = simulation.run(Shape.ORDINARY, LocalDate.of(2035, 3, 5), 20, 1L);
        Outcome busy = simulation.run(BUSY, LocalDate.of(2035, 6, 4), 20, 2L);
        Outcome busier = simulation.run(BUSIER, LocalDate.of(2035, 9, 3), 20, 3L);
        Limits ordinaryLimits = new Limits(15, 30, 60);
        Limits busyLimits = new Limits(45, 90, 150);

        StringBuilder md = new StringBuilder("""
                ## Fair call order: appointments among walk-ins (issue 16, ADR 0024)

                `./mvnw -Pbenchmark verify -Dit.test=FairCallOrderBenchmark` — %s. Whole days simulated minute by minute
                through the real services and PostgreSQL: 3 counters, 15-minute visits (8 to 22), open 08:30–16:30,
                half of each hour kept for walk-ins; booked people arrive from 30 minutes early to 25 late (past the
                15-minute window they take a walk-in ticket), walk-ins arrive as a Poisson stream until 15:30, a tenth
                of them with priority. *Late* is minutes from the booked time to the call (negative: called early);
                *wait* is minutes from the walk-in ticket to the call. *Counters busy* is minutes served over the
                counters' opening minutes (above 100 %%: they stayed late). The head start of an appointment was
                weighed at 30, 45 and 60 minutes on the same days (ADR 0024); 60 is kept.

                | day shape | days | counters busy | booked | no-shows | past window | appointment late p50 / p95 / max | limit p95 / max | called > 5 min early (limit 0) | walk-in wait p50 / p95 / max | limit max | never called (limit 0) |
                |---|---|---|---|---|---|---|---|---|---|---|---|
                """.formatted(LocalDate.now()));
        row(md, "ordinary: 5 walk-ins/h, 90 % booked, 25 % no-shows", ordinary, ordinaryLimits);
        row(md, "busy: 6.5 walk-ins/h, all booked, 15 % no-shows", busy, busyLimits);
        row(md, "busier: 7.5 walk-ins/h, all booked, 15 % no-shows", busier, busyLimits);
        BenchmarkReport.write("fair-call-order", md.toString());

        held(ordinary, ordinaryLimits);
        held(busy, busyLimits);
        held(busier, busyLimits);
    }

    private static void held(Outcome outcome, Limits limits) {
        assertThat(outcome.calledEarly()).isZero();
        assertThat(Outcome.percentile(outcome.appointmentLateness(), 95)).isLessThanOrEqualTo(limits.lateP95());
        assertThat(Outcome.max(outcome.appointmentLateness())).isLessThanOrEqualTo(limits.lateMax());
        assertThat(Outcome.max(outcome.walkInWaits())).isLessThanOrEqualTo(limits.walkInMax());
        assertThat(outcome.unserved()).isZero();
    }

    private static void row(StringBuilder md, String shape, Outcome o, Limits limits) {
        md.append("| %s | %d | %.0f %% | %d | %d | %d | %d / %d / %d | %s | %d | %d / %d / %d | %s | %d |%n".formatted(shape, o.days(),
                100 * o.counterBusyShare(), o.booked(),
                o.noShows(), o.lateArrivals(), Outcome.percentile(o.appointmentLateness(), 50),
                Outcome.percentile(o.appointmentLateness(), 95), Outcome.max(o.appointmentLateness()),
                "≤ " + limits.lateP95() + " / ≤ " + limits.lateMax(), o.calledEarly(),
                Outcome.percentile(o.walkInWaits(), 50), Outcome.percentile(o.walkInWaits(), 95), Outcome.max(o.walkInWaits()),
                "≤ " + limits.walkInMax(), o.unserved()));
    }
}
