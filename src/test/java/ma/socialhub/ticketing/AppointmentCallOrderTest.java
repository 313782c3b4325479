package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where a checked-in appointment stands among walk-ins (ADR 0024): due at its time, with a head start that ages out. */
@IntegrationTest
class AppointmentCallOrderTest {

    /** 10:00 in Casablanca (UTC+1 that day). */
    static final Instant TEN = Instant.parse("2026-11-20T09:00:00Z");

    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;
    long counter;

    @BeforeEach
    void oneCounter() {
        center = fixtures.center();
        service = fixtures.service('A');
        counter = fixtures.counter(center, "1", service);
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void anAppointmentCheckedInEarlyIsNotCalledBeforeFiveMinutesAheadOfItsTimeWhileWalkInsWait() {
        clock.pin(TEN.minus(Duration.ofMinutes(70)));
        Ticket appointment = due(TEN);
        // its place is ahead of this walk-in's; only its time holds it back
        clock.pin(TEN.minus(Duration.ofMinutes(40)));
        Ticket walkIn = walkIn();
        clock.pin(TEN.minus(Duration.ofMinutes(6)));

        assertThat(callNext()).isEqualTo(walkIn.id());
        assertThat(callNextOrNone()).as("only the appointment waits, and it is not due yet").isNull();

        clock.pin(TEN.minus(Duration.ofMinutes(5)));
        assertThat(callNext()).isEqualTo(appointment.id());
    }

    @Test
    void atItsTimeAnAppointmentPassesWalkInsWhoWaitedLessThanAnHourButNotThoseWhoWaitedLonger() {
        clock.pin(TEN.minus(Duration.ofMinutes(61)));
        Ticket waitedLonger = walkIn();
        clock.pin(TEN.minus(Duration.ofMinutes(59)));
        Ticket waitedLess = walkIn();
        Ticket appointment = due(TEN);
        clock.pin(TEN);

        assertThat(callNext()).isEqualTo(waitedLonger.id());
        assertThat(callNext()).isEqualTo(appointment.id());
        assertThat(callNext()).isEqualTo(waitedLess.id());
    }

    @Test
    void aLateAppointmentKeepsThePlaceOfItsTime() {
        clock.pin(TEN.minus(Duration.ofMinutes(20)));
        Ticket walkIn = walkIn();
        clock.pin(TEN.plus(Duration.ofMinutes(12)));
        Ticket late = due(TEN);

        assertThat(late.dueAt()).isEqualTo(TEN);
        assertThat(callNext()).isEqualTo(late.id());
        assertThat(callNext()).isEqualTo(walkIn.id());
    }

    private Ticket due(Instant at) {
        return ((IssueResult.Issued) tickets.issueDue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC, at)).ticket();
    }

    private Ticket walkIn() {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC)).ticket();
    }

    private long callNext() {
        Long id = callNextOrNone();
        assertThat(id).isNotNull();
        return id;
    }

    /** Calls at the counter, then frees it again, as an agent who serves quickly. */
    private Long callNextOrNone() {
        fixtures.signIn(fixtures.agent(center));
        if (tickets.callNext(counter) instanceof CallResult.Called called) {
            tickets.finish(called.ticket().id(), counter);
            return called.ticket().id();
        }
        return null;
    }
}
