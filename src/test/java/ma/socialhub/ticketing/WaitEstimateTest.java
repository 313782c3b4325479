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

@IntegrationTest
class WaitEstimateTest {

    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;
    long counter1;
    long counter2;

    @BeforeEach
    void setUp() {
        clock.pin(Instant.parse("2026-11-20T09:00:00Z"));
        center = fixtures.center();
        service = fixtures.service('A'); // configured service time: 10 minutes (the column default)
        counter1 = fixtures.counter(center, "1", service);
        counter2 = fixtures.counter(center, "2", service);
        fixtures.signIn(fixtures.agent(center));
    }

    @AfterEach
    void tearDown() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void withoutHistoryTheConfiguredServiceTimeIsUsed() {
        issue();
        issue();
        issue();
        Ticket fourth = issue();
        // (3 ahead + ½) × 10 min ÷ 2 open counters = 17.5 → 0.7× = 12.25 → 10; 1.4× = 24.5 → 25
        assertThat(tickets.estimate(fourth)).isEqualTo(new WaitEstimate.Range(10, 25));
    }

    @Test
    void recentServiceTimesAtThisCenterReplaceTheConfiguredOne() {
        serve(Duration.ofMinutes(4));
        serve(Duration.ofMinutes(8));
        Ticket next = issue();
        issue();
        Ticket third = issue();
        // mean 6 min; (2 ahead + ½) × 6 ÷ 2 = 7.5 → 5.25 → 5; 10.5 → 15
        assertThat(tickets.estimate(third)).isEqualTo(new WaitEstimate.Range(5, 15));
        // nobody ahead: (0 + ½) × 6 ÷ 2 = 1.5 → "0 to 5"
        assertThat(tickets.estimate(next)).isEqualTo(new WaitEstimate.Range(0, 5));
    }

    @Test
    void withNoOpenCounterThereIsNoEstimate() {
        Ticket waiting = issue();
        fixtures.jdbc().sql("UPDATE counter SET state = 'CLOSED' WHERE center_id = ?").param(center).update();
        assertThat(tickets.estimate(waiting)).isInstanceOf(WaitEstimate.NotAvailable.class);
    }

    @Test
    void aCalledTicketIsNoLongerWaiting() {
        issue();
        Ticket called = ((CallResult.Called) tickets.callNext(counter1)).ticket();
        assertThat(tickets.estimate(called)).isInstanceOf(WaitEstimate.NotWaiting.class);
    }

    private Ticket issue() {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    private void serve(Duration visit) {
        issue();
        Ticket called = ((CallResult.Called) tickets.callNext(counter1)).ticket();
        tickets.startService(called.id(), counter1);
        clock.advance(visit);
        tickets.finish(called.id(), counter1);
    }
}
