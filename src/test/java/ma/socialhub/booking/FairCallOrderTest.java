package ma.socialhub.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ma.socialhub.schedule.ScheduleAdmin;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The call order is fair to appointments and walk-ins alike (ADR 0024), over whole simulated days
 * ({@link CallOrderSimulation}). The benchmark profile runs more days and writes the figures to
 * docs/benchmarks.md.
 */
@IntegrationTest
class FairCallOrderTest {

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
    void overFiveOrdinaryDaysAppointmentsAreCalledNearTheirTimeAndNoWalkInWaitsUnbounded() {
        CallOrderSimulation.Outcome outcome = new CallOrderSimulation(bookings, tickets, admin, fixtures, clock)
                .run(CallOrderSimulation.Shape.ORDINARY, LocalDate.of(2034, 3, 6), 5, 20261203L);

        assertThat(outcome.booked()).as("bookings made").isGreaterThan(150);
        assertThat(outcome.calledEarly()).as("appointments called more than 5 minutes before their time").isZero();
        assertThat(CallOrderSimulation.Outcome.percentile(outcome.appointmentLateness(), 95))
                .as("95th percentile of minutes after the booked time").isLessThanOrEqualTo(15);
        assertThat(CallOrderSimulation.Outcome.max(outcome.appointmentLateness())).as("latest appointment").isLessThanOrEqualTo(30);
        assertThat(CallOrderSimulation.Outcome.max(outcome.walkInWaits())).as("longest walk-in wait").isLessThanOrEqualTo(60);
        assertThat(outcome.unserved()).as("people never called").isZero();
        System.out.printf("fair call order: %s%n  appointments late p50 %d p95 %d max %d; walk-ins wait p50 %d p95 %d max %d%n",
                outcome, CallOrderSimulation.Outcome.percentile(outcome.appointmentLateness(), 50),
                CallOrderSimulation.Outcome.percentile(outcome.appointmentLateness(), 95),
                CallOrderSimulation.Outcome.max(outcome.appointmentLateness()),
                CallOrderSimulation.Outcome.percentile(outcome.walkInWaits(), 50),
                CallOrderSimulation.Outcome.percentile(outcome.walkInWaits(), 95), CallOrderSimulation.Outcome.max(outcome.walkInWaits()));
    }
}
