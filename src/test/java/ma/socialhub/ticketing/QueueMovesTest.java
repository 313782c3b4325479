package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QueueMovesTest {

    @Autowired Tickets tickets;
    @Autowired QueueMoves moves;
    @Autowired CounterPresence presence;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long serviceA;
    long serviceB;
    long counterA;
    long counterB;
    long counterB2;
    String agent;

    @BeforeEach
    void setUp() {
        clock.pin(Instant.parse("2026-11-20T09:00:00Z"));
        center = fixtures.center();
        serviceA = fixtures.service('A');
        serviceB = fixtures.service('B');
        counterA = fixtures.counter(center, "1", serviceA);
        counterB = fixtures.counter(center, "2", serviceB);
        counterB2 = fixtures.counter(center, "3", serviceB);
        agent = fixtures.agent(center);
        fixtures.signIn(agent);
    }

    @AfterEach
    void tearDown() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void aTicketOpensByItsNumberTypedAnyReasonableWay() {
        issue(serviceA);
        Ticket second = issue(serviceA);
        assertThat(moved(moves.open(counterA, " a 2 ")).id()).isEqualTo(second.id());
        // a counter that holds a ticket opens no other and says which it holds
        assertThat(moves.open(counterA, "A-1")).isInstanceOfSatisfying(MoveResult.CounterBusy.class,
                busy -> assertThat(busy.current().id()).isEqualTo(second.id()));
    }

    @Test
    void aScannedQrOpensItsTicketAsAWedgeScannerTypesIt() {
        Ticket ticket = issue(serviceB);
        String scanned = "http://hub.example/t/" + tickets.linkOf(ticket);
        Ticket opened = moved(moves.open(counterA, scanned));
        assertThat(opened.id()).isEqualTo(ticket.id());
        assertThat(opened.state()).isEqualTo(TicketState.CALLED);
        assertThat(opened.counterId()).isEqualTo(counterA);
    }

    @Test
    void unknownForgedOrOtherCentersTicketsDoNotOpen() {
        Ticket ticket = issue(serviceA);
        assertThat(moves.open(counterA, "A-999")).isInstanceOf(MoveResult.NotFound.class);
        assertThat(moves.open(counterA, "'; DROP TABLE ticket; --")).isInstanceOf(MoveResult.NotFound.class);
        String link = tickets.linkOf(ticket);
        assertThat(moves.open(counterA, link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A")))
                .isInstanceOf(MoveResult.NotFound.class);
        long other = fixtures.center();
        fixtures.counter(other, "1", serviceA);
        Ticket elsewhere = ((IssueResult.Issued) tickets.issue(other, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
        assertThat(moves.open(counterA, tickets.linkOf(elsewhere))).isInstanceOf(MoveResult.NotFound.class);
        assertThat(moves.open(counterA, "A".repeat(10_000))).isInstanceOf(MoveResult.NotFound.class);
    }

    @Test
    void aTicketAlreadyCalledElsewhereCannotBeOpened() {
        issue(serviceB);
        tickets.callNext(counterB);
        assertThat(moves.open(counterA, "B-1")).isInstanceOf(MoveResult.NotAllowed.class);
    }

    @Test
    void twoCountersOpeningTheSameTicketAtOnceNeverBothGetIt() throws Exception {
        issue(serviceA);
        List<Long> counters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            counters.add(fixtures.counter(center, "x" + i, serviceA));
        }
        Collection<MoveResult> results = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(counters.size())) {
            List<Future<?>> futures = new ArrayList<>();
            for (long counter : counters) {
                futures.add(pool.submit(() -> {
                    fixtures.signIn(agent);
                    start.await();
                    results.add(moves.open(counter, "A-001"));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertThat(results.stream().filter(MoveResult.Moved.class::isInstance)).hasSize(1);
        assertThat(results.stream().filter(MoveResult.NotAllowed.class::isInstance)).hasSize(counters.size() - 1);
    }

    @Test
    void aTransferToAnotherServiceKeepsTheNumberAndThePlace() {
        Ticket a1 = issue(serviceA);                 // 09:00
        clock.advance(Duration.ofMinutes(5));
        issue(serviceB);                             // 09:05, B-001
        tickets.callNext(counterA);
        Ticket transferred = moved(moves.transferToService(a1.id(), counterA, serviceB));
        assertThat(transferred.state()).isEqualTo(TicketState.WAITING);
        assertThat(transferred.number()).hasToString("A-001");
        // it waited since 09:00, so it goes before B-001 issued at 09:05
        Ticket next = ((CallResult.Called) tickets.callNext(counterB)).ticket();
        assertThat(next.id()).isEqualTo(a1.id());
        assertThat(tickets.byLink(tickets.linkOf(a1))).map(Ticket::state).contains(TicketState.CALLED);
    }

    @Test
    void aTicketSentToOneCounterWaitsForThatCounterOnly() {
        Ticket b1 = issue(serviceB);
        tickets.callNext(counterB);
        moved(moves.transferToCounter(b1.id(), counterB, counterA)); // counter 1 does not even serve B
        assertThat(tickets.callNext(counterB2)).isInstanceOf(CallResult.QueueEmpty.class);
        assertThat(((CallResult.Called) tickets.callNext(counterA)).ticket().id()).isEqualTo(b1.id());
    }

    @Test
    void onlyTheCountersOwnTicketCanBeTransferred() {
        Ticket waiting = issue(serviceA);
        assertThat(moves.transferToService(waiting.id(), counterA, serviceB)).isInstanceOf(MoveResult.NotAllowed.class);
        tickets.callNext(counterA);
        assertThat(moves.transferToService(waiting.id(), counterB, serviceB)).isInstanceOf(MoveResult.NotAllowed.class);
        assertThat(moves.transferToCounter(waiting.id(), counterA, counterA)).isInstanceOf(MoveResult.NotAllowed.class);
    }

    @Test
    void aWalkInIsServedAtOnceWithTheNextNumber() {
        issue(serviceA);
        Ticket walkIn = moved(moves.serveWalkIn(counterA, serviceA, HubLanguage.ARABIC));
        assertThat(walkIn.state()).isEqualTo(TicketState.IN_SERVICE);
        assertThat(walkIn.number()).hasToString("A-002");
        assertThat(walkIn.startedAt()).isNotNull();
        assertThat(fixtures.jdbc().sql("SELECT walk_in FROM ticket WHERE id = ?").param(walkIn.id()).query(Boolean.class).single()).isTrue();
        assertThat(moves.serveWalkIn(counterA, serviceA, HubLanguage.ARABIC)).isInstanceOf(MoveResult.CounterBusy.class);
    }

    @Test
    void aCounterOnBreakCallsNobodyAndCountsForNoEstimate() {
        Ticket waiting = issue(serviceA);
        presence.take(counterA, false);
        assertThat(moves.changeCounterState(counterA, CounterState.ON_BREAK)).isTrue();
        assertThat(tickets.callNext(counterA)).isEqualTo(new CallResult.CounterNotOpen(CounterState.ON_BREAK));
        assertThat(tickets.estimate(waiting)).isInstanceOf(WaitEstimate.NotAvailable.class);
        assertThat(moves.changeCounterState(counterA, CounterState.OPEN)).isTrue();
        assertThat(tickets.callNext(counterA)).isInstanceOf(CallResult.Called.class);
    }

    @Test
    void aCounterTheAgentDoesNotWorkCannotBeReopenedFromItsStateOnlyByChoosingIt() {
        presence.take(counterA, false);
        assertThat(moves.changeCounterState(counterA, CounterState.CLOSED)).isTrue();

        assertThat(moves.changeCounterState(counterA, CounterState.OPEN)).isFalse();
        assertThat(fixtures.jdbc().sql("SELECT state FROM counter WHERE id = ?").param(counterA).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(presence.take(counterA, false)).isEqualTo(new TakeResult.Opened());
    }

    @Test
    void anAgentCannotMoveTicketsOfAnotherCenter() {
        long other = fixtures.center();
        long foreign = fixtures.counter(other, "1", serviceA);
        assertThatThrownBy(() -> moves.changeCounterState(foreign, CounterState.CLOSED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moves.serveWalkIn(foreign, serviceA, HubLanguage.FRENCH)).isInstanceOf(AccessDeniedException.class);
    }

    private Ticket issue(long service) {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    private static Ticket moved(MoveResult result) {
        assertThat(result).isInstanceOf(MoveResult.Moved.class);
        return ((MoveResult.Moved) result).ticket();
    }
}
