package ma.socialhub.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.MoveResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.StepResult;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.ProposalDecision;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The rules of the counter, without a screen: what the desk lets an agent do, and what it keeps whole. */
@IntegrationTest
class CounterDeskTest {

    private static final int THREADS = 8;

    @Autowired CounterDesk desk;
    @Autowired VisitSteps steps;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long serviceA;
    long serviceB;
    long counter;
    long otherCounter;
    String agent;

    @BeforeEach
    void aCenterWithTwoCounters() {
        center = fixtures.center();
        serviceA = fixtures.service('A');
        serviceB = fixtures.service('B');
        counter = fixtures.counter(center, "1", serviceA);
        otherCounter = fixtures.counter(center, "2", serviceA, serviceB);
        agent = fixtures.agent(center);
        fixtures.signIn(agent);
    }

    @AfterEach
    void signOutAndReleaseTheClock() {
        fixtures.signOut();
        clock.release();
    }

    @Test
    void receivingTheCalledTicketStartsItsServiceAndOpensItsVisit() {
        Ticket called = called();

        Visit visit = ((Reception.Received) desk.receive(counter, called.id())).visit();

        assertThat(visit.ticketId()).isEqualTo(called.id());
        assertThat(visit.counterId()).isEqualTo(counter);
        assertThat(visit.open()).isTrue();
        AtCounter now = desk.at(counter);
        assertThat(now.ticket().state()).isEqualTo(TicketState.IN_SERVICE);
        assertThat(now.visit()).isEqualTo(visit);
        assertThat(now.awaitsReception()).isFalse();
    }

    @Test
    void aSecondTapOnReceiveFindsTheSameVisit() {
        Ticket called = called();
        Visit first = ((Reception.Received) desk.receive(counter, called.id())).visit();

        assertThat(desk.receive(counter, called.id())).isEqualTo(new Reception.AlreadyReceived(first));
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void aTicketNotCalledToThisCounterIsNotReceived() {
        Ticket waiting = issue();
        assertThat(desk.receive(counter, waiting.id())).isEqualTo(new Reception.NotAtThisCounter());

        Ticket elsewhere = ((CallResult.Called) desk.callNext(otherCounter)).ticket();
        assertThat(desk.receive(counter, elsewhere.id())).isEqualTo(new Reception.NotAtThisCounter());

        assertThat(visits()).isZero();
        assertThat(desk.at(otherCounter).ticket().state()).isEqualTo(TicketState.CALLED);
    }

    @Test
    void aScreenShowingAnEarlierTicketReceivesNeitherItNorTheNextOne() {
        Ticket first = called();
        assertThat(desk.finish(first.id(), counter)).isInstanceOf(StepResult.Done.class);
        Ticket next = called();

        assertThat(desk.receive(counter, first.id())).isEqualTo(new Reception.NotAtThisCounter());

        assertThat(desk.at(counter)).isEqualTo(new AtCounter(next, null));
    }

    @Test
    void aWalkInIsServedWithItsVisitOpenAndASecondTapOpensNothingMore() {
        WalkInResult.Served served = (WalkInResult.Served) desk.serveWalkIn(counter, serviceA, HubLanguage.FRENCH);

        assertThat(served.ticket().state()).isEqualTo(TicketState.IN_SERVICE);
        assertThat(served.visit().ticketId()).isEqualTo(served.ticket().id());
        assertThat(desk.serveWalkIn(counter, serviceA, HubLanguage.FRENCH))
                .isEqualTo(new WalkInResult.CounterBusy(served.ticket()));
        assertThat(desk.receive(counter, served.ticket().id())).isEqualTo(new Reception.AlreadyReceived(served.visit()));
        assertThat(ticketsMade()).isEqualTo(1);
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void manyTapsOnWalkInAtOnceServeOneTicketWithOneVisit() throws Exception {
        List<WalkInResult> results = Together.run(THREADS, thread -> {
            fixtures.signIn(agent);
            return desk.serveWalkIn(counter, serviceA, HubLanguage.FRENCH);
        });

        List<WalkInResult.Served> served = results.stream().filter(WalkInResult.Served.class::isInstance)
                .map(WalkInResult.Served.class::cast).toList();
        assertThat(served).hasSize(1);
        assertThat(results).filteredOn(WalkInResult.CounterBusy.class::isInstance).hasSize(THREADS - 1)
                .allSatisfy(r -> assertThat(((WalkInResult.CounterBusy) r).current().id()).isEqualTo(served.getFirst().ticket().id()));
        assertThat(ticketsMade()).isEqualTo(1);
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void receivingATicketInServiceWithoutAVisitFromManyThreadsAtOnceOpensOneVisit() throws Exception {
        Ticket called = called();
        // started outside the desk, as walk-ins were served before their visit opened with them
        assertThat(tickets.startService(called.id(), counter)).isInstanceOf(StepResult.Done.class);
        assertThat(desk.at(counter).awaitsReception()).as("looking at the counter opens no visit").isTrue();
        assertThat(visits()).isZero();

        List<Reception> receptions = Together.run(THREADS, thread -> {
            fixtures.signIn(agent);
            return desk.receive(counter, called.id());
        });

        assertThat(visits()).isEqualTo(1);
        Visit visit = desk.at(counter).visit();
        assertThat(receptions).hasSize(THREADS).allSatisfy(r -> assertThat(switch (r) {
            case Reception.Received received -> received.visit().id();
            case Reception.AlreadyReceived already -> already.visit().id();
            case Reception.NotAtThisCounter notHere -> -1L;
        }).isEqualTo(visit.id()));
    }

    @Test
    void closingEndsTheVisitWithItsOutcomeFinishesTheTicketAndFreesTheCounter() {
        clock.pin(Instant.parse("2026-11-20T09:30:00Z"));
        Ticket called = called();
        Visit visit = ((Reception.Received) desk.receive(counter, called.id())).visit();
        clock.advance(Duration.ofMinutes(12));

        Visit closed = ((CloseResult.Closed) desk.close(visit.id(), VisitOutcome.FOLLOW_UP)).visit();

        assertThat(closed.outcome()).isEqualTo(VisitOutcome.FOLLOW_UP);
        assertThat(closed.endedAt()).isEqualTo(Instant.parse("2026-11-20T09:42:00Z"));
        assertThat(closed.duration(clock.instant())).isEqualTo(Duration.ofMinutes(12));
        assertThat(desk.at(counter)).isEqualTo(AtCounter.NOTHING);
        assertThat(ticketState(called)).isEqualTo(TicketState.DONE.name());
        assertThat(desk.close(visit.id(), VisitOutcome.SERVED)).isEqualTo(new CloseResult.AlreadyClosed(closed));
    }

    @Test
    void anAgentOfAnotherCenterIsRefusedAtEveryStep() {
        Ticket called = called();
        Visit visit = ((Reception.Received) desk.receive(counter, called.id())).visit();
        long otherCenter = fixtures.center();
        fixtures.signIn(fixtures.agent(otherCenter));

        assertThatThrownBy(() -> desk.at(counter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.receive(counter, called.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.serveWalkIn(counter, serviceA, HubLanguage.FRENCH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.finish(called.id(), counter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.close(visit.id(), VisitOutcome.SERVED)).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(agent);
        assertThat(desk.at(counter)).isEqualTo(new AtCounter(tickets.currentAt(counter).orElseThrow(), visit));
        assertThat(ticketsMade()).isEqualTo(1);
    }

    @Test
    void onlyAServiceThePersonAcceptedTakesTheirTicketToItsLine() {
        String need = fixtures.need("DESK_PAPERS", serviceA);
        long rule = fixtures.rule("any_need = '{DESK_PAPERS}'", "target_kind = 'SERVICE', service_id = " + serviceB, 10);
        fixtures.onlyRules(rule);
        Ticket called = called();
        Visit visit = ((Reception.Received) desk.receive(counter, called.id())).visit();
        steps.saveNeeds(visit.id(), Set.of(need), "");

        assertThat(desk.sendToService(visit.id(), rule)).as("not accepted yet").isEqualTo(new MoveResult.NotAllowed());
        steps.decide(visit.id(), rule, ProposalDecision.ACCEPTED);
        assertThat(desk.sendToService(visit.id(), rule)).isInstanceOf(MoveResult.Moved.class);

        Map<Long, Integer> waiting = tickets.waitingCounts(center);
        assertThat(waiting.getOrDefault(serviceB, 0)).isEqualTo(1);
        assertThat(waiting.getOrDefault(serviceA, 0)).isZero();
        assertThat(desk.at(counter)).isEqualTo(AtCounter.NOTHING);
        assertThat(fixtures.jdbc().sql("SELECT outcome FROM visit WHERE id = ?").param(visit.id()).query(String.class).single())
                .isEqualTo(VisitOutcome.ORIENTED.name());
    }

    private Ticket issue() {
        return ((IssueResult.Issued) tickets.issue(center, serviceA, PriorityClass.STANDARD,
                HubLanguage.FRENCH)).ticket();
    }

    private Ticket called() {
        issue();
        return ((CallResult.Called) desk.callNext(counter)).ticket();
    }

    private int visits() {
        return fixtures.jdbc().sql("SELECT count(*) FROM visit WHERE center_id = ?").param(center).query(Integer.class).single();
    }

    private int ticketsMade() {
        return fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Integer.class).single();
    }

    private String ticketState(Ticket ticket) {
        return fixtures.jdbc().sql("SELECT state FROM ticket WHERE id = ?").param(ticket.id()).query(String.class).single();
    }
}
