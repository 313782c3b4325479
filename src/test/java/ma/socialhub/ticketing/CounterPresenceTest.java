package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/** A counter is open while someone works at it, and only then (ADR 0022). */
@IntegrationTest
class CounterPresenceTest {

    private static final int THREADS = 8;

    @Autowired CounterPresence presence;
    @Autowired CounterLeases leases;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;
    long counter;
    String agent;

    @BeforeEach
    void aCenterWithAClosedCounter() {
        center = fixtures.center();
        service = fixtures.service('A');
        counter = fixtures.closedCounter(center, "1", service);
        agent = fixtures.agent(center);
        clock.pin(clock.instant());
    }

    @AfterEach
    void release() {
        fixtures.signOut();
        clock.release();
    }

    @Test
    void aNewCounterIsClosedAndTheKioskPromisesNoWaitForItsService() {
        IssueResult.Issued issued = (IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);

        assertThat(state()).isEqualTo("CLOSED");
        assertThat(presence.servedNow(center)).isEmpty();
        assertThat(tickets.estimate(issued.ticket())).isEqualTo(new WaitEstimate.NotAvailable());
    }

    @Test
    void choosingACounterOpensItInTheAgentsNameAndTheEstimateFollows() {
        IssueResult.Issued issued = (IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        StaffMember member = fixtures.signIn(agent);

        assertThat(presence.take(counter, false)).isEqualTo(new TakeResult.Opened());

        assertThat(state()).isEqualTo("OPEN");
        assertThat(workedBy()).isEqualTo(member.staffId());
        assertThat(presence.servedNow(center)).containsExactly(service);
        assertThat(tickets.estimate(issued.ticket())).isInstanceOf(WaitEstimate.Range.class);
    }

    @Test
    void choosingAnotherCounterClosesTheFirst() {
        long second = fixtures.closedCounter(center, "2", service);
        fixtures.signIn(agent);
        presence.take(counter, false);

        presence.take(second, false);

        assertThat(state()).isEqualTo("CLOSED");
        assertThat(stateOf(second)).isEqualTo("OPEN");
    }

    @Test
    void aColleaguesCounterIsTakenOverOnlyWhenTheAgentSaysSo() {
        fixtures.signIn(agent);
        presence.take(counter, false);
        long first = workedBy();
        String colleague = fixtures.agent(center);
        StaffMember second = fixtures.signIn(colleague);

        assertThat(presence.take(counter, false)).isEqualTo(new TakeResult.WorkedByOther("Agent " + agent));
        assertThat(workedBy()).isEqualTo(first);

        assertThat(presence.take(counter, true)).isEqualTo(new TakeResult.Opened());
        assertThat(workedBy()).isEqualTo(second.staffId());
    }

    @Test
    void anAgentOfAnotherCenterCannotOpenTheCounter() {
        fixtures.signIn(fixtures.agent(fixtures.center()));

        assertThatThrownBy(() -> presence.take(counter, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(state()).isEqualTo("CLOSED");
    }

    @Test
    void agentsChoosingTheSameCounterAtOnceLeaveItToOneOfThem() throws Exception {
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            agents.add(fixtures.agent(center));
        }
        List<TakeResult> results = Together.run(THREADS, thread -> {
            fixtures.signIn(agents.get(thread));
            try {
                return presence.take(counter, false);
            } finally {
                fixtures.signOut();
            }
        });

        assertThat(results).filteredOn(r -> r instanceof TakeResult.Opened).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof TakeResult.WorkedByOther).hasSize(THREADS - 1);
        assertThat(state()).isEqualTo("OPEN");
    }

    @Test
    void aCounterStaysOpenWhileItsScreenIsThereAndTheAgentActs() {
        fixtures.signIn(agent);
        presence.take(counter, false);
        Object screen = new Object();
        presence.hold(screen, "session-1", counter);

        for (int minute = 0; minute < 60; minute++) {
            clock.advance(Duration.ofMinutes(1));
            if (minute % 10 == 0) {
                presence.touched(screen);
            }
            leases.renewAndSweep();
        }

        assertThat(state()).isEqualTo("OPEN");
    }

    @Test
    void aCounterWhoseScreenWentAwayClosesWhenItsLeaseRunsOut() {
        fixtures.signIn(agent);
        presence.take(counter, false);
        Object screen = new Object();
        presence.hold(screen, "session-1", counter);
        presence.release(screen);

        clock.advance(Duration.ofSeconds(110));
        leases.renewAndSweep();
        assertThat(state()).isEqualTo("OPEN");

        clock.advance(Duration.ofSeconds(20));
        leases.renewAndSweep();
        assertThat(state()).isEqualTo("CLOSED");
        assertThat(workedByOrNull()).isNull();
    }

    @Test
    void aCounterLeftIdlePastTheLimitCloses() {
        fixtures.signIn(agent);
        presence.take(counter, false);
        presence.hold(new Object(), "session-1", counter);

        for (int minute = 0; minute < 31; minute++) {
            clock.advance(Duration.ofMinutes(1));
            leases.renewAndSweep();
        }
        assertThat(state()).isEqualTo("OPEN");

        clock.advance(Duration.ofMinutes(2));
        leases.renewAndSweep();
        assertThat(state()).isEqualTo("CLOSED");
    }

    @Test
    void aCounterOnBreakIsKeptAsLongAsTheScreenIsThere() {
        fixtures.signIn(agent);
        presence.take(counter, false);
        Object screen = new Object();
        presence.hold(screen, "session-1", counter);
        fixtures.jdbc().sql("UPDATE counter SET state = 'ON_BREAK' WHERE id = ?").param(counter).update();

        clock.advance(Duration.ofMinutes(10));
        presence.touched(screen);
        leases.renewAndSweep();

        assertThat(state()).isEqualTo("ON_BREAK");
    }

    @Test
    void theEndOfTheAgentsSessionClosesTheirCounterAtOnce() {
        StaffMember member = fixtures.signIn(agent);
        presence.take(counter, false);
        MockHttpSession session = new MockHttpSession(null, "session-1");
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(fixtures.authentication()));
        presence.hold(new Object(), "session-1", counter);

        leases.sessionEnded(new HttpSessionDestroyedEvent(session));

        assertThat(state()).isEqualTo("CLOSED");
        assertThat(member.staffId()).isPositive();
    }

    @Test
    void theEndOfAnotherSessionLeavesTheCounterThatThisOneStillShows() {
        fixtures.signIn(agent);
        presence.take(counter, false);
        MockHttpSession old = new MockHttpSession(null, "old-tab");
        old.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(fixtures.authentication()));
        presence.hold(new Object(), "tablet", counter);

        leases.sessionEnded(new HttpSessionDestroyedEvent(old));

        assertThat(state()).isEqualTo("OPEN");
    }

    private String state() {
        return stateOf(counter);
    }

    private String stateOf(long id) {
        return fixtures.jdbc().sql("SELECT state FROM counter WHERE id = ?").param(id).query(String.class).single();
    }

    private long workedBy() {
        Long id = workedByOrNull();
        assertThat(id).isNotNull();
        return id;
    }

    private Long workedByOrNull() {
        return fixtures.jdbc().sql("SELECT staff_id FROM counter WHERE id = ?").param(counter).query(Long.class).optional()
                .orElse(null);
    }
}
