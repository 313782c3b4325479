package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.Together;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screens of a center share one read of its queue per change (issue 18): what each follows
 * is the same as its own reads would say, and is read again only once a change has been heard.
 */
@IntegrationTest
class LiveQueueTest {

    @Autowired Tickets tickets;
    @Autowired LiveQueue live;
    @Autowired QueueUpdates updates;
    @Autowired Fixtures fixtures;

    long center;
    long serviceA;
    long serviceB;

    @BeforeEach
    void aCenterWithTwoLines() {
        center = fixtures.center();
        serviceA = fixtures.service('A');
        serviceB = fixtures.service('B');
        fixtures.counter(center, "1", serviceA, serviceB);
        fixtures.signIn(fixtures.agent(center));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void everyFollowedTicketHasThePlaceAndEstimateItsOwnReadsWouldGive() throws InterruptedException {
        List<Ticket> issued = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            issued.add(issue(i % 3 == 0 ? serviceB : serviceA));
        }
        tickets.callNext(fixtures.jdbc().sql("SELECT id FROM counter WHERE center_id = ?").param(center).query(Long.class).single());
        awaitHeard(8);

        for (Ticket t : issued) {
            Tickets.Followed followed = tickets.follow(t).orElseThrow();
            Ticket now = tickets.byToken(t.qrToken()).orElseThrow();
            assertThat(followed.ticket()).isEqualTo(now);
            assertThat(followed.ahead()).as(now.number().toString()).isEqualTo(tickets.peopleAhead(now));
            if (now.state() == TicketState.WAITING) {
                assertThat(followed.estimate()).isEqualTo(tickets.estimate(now));
            }
        }
    }

    @Test
    void aCentersScreensShareOneReadUntilTheNextChangeIsHeard() throws InterruptedException {
        Ticket first = issue(serviceA);
        awaitHeard(1);
        Map<Long, LiveQueue.Followed> read = live.followed(center);
        for (int screen = 0; screen < 100; screen++) {
            assertThat(live.followed(center)).as("screen " + screen).isSameAs(read);
        }

        Ticket second = issue(serviceA);
        awaitHeard(2);
        assertThat(live.followed(center)).isNotSameAs(read);
        assertThat(live.followed(center)).containsOnlyKeys(first.id(), second.id());
        assertThat(live.followed(center).get(second.id()).ahead()).isEqualTo(1);
    }

    @Test
    void aTicketAtACounterIsFollowedFromTheSharedReadUntilItIsDoneWith() throws InterruptedException {
        Ticket first = issue(serviceA);
        Ticket second = issue(serviceA);
        long counter = fixtures.jdbc().sql("SELECT id FROM counter WHERE center_id = ?").param(center).query(Long.class).single();
        tickets.callNext(counter);
        awaitHeard(3);

        // the citizen at the counter: the page reads nothing of its own on the center's changes
        Map<Long, LiveQueue.Followed> read = live.followed(center);
        assertThat(read).containsOnlyKeys(first.id(), second.id());
        assertThat(read.get(first.id()).ticket().state()).isEqualTo(TicketState.CALLED);
        assertThat(read.get(first.id()).estimate()).isEqualTo(new WaitEstimate.NotWaiting());
        assertThat(read.get(second.id()).ahead()).isZero();
        assertThat(tickets.follow(first).orElseThrow().ticket()).isSameAs(read.get(first.id()).ticket());

        tickets.finish(first.id(), counter);
        awaitHeard(4);
        // done with: out of the shared read, read by its token (its page then closes its stream)
        assertThat(live.followed(center)).containsOnlyKeys(second.id());
        assertThat(tickets.follow(first).orElseThrow().ticket().state()).isEqualTo(TicketState.DONE);
    }

    @Test
    void aCentersDisplaysShareOneBoardThatSaysWhatTheirOwnReadsWould() throws Exception {
        long counter = fixtures.jdbc().sql("SELECT id FROM counter WHERE center_id = ?").param(center).query(Long.class).single();
        for (int i = 0; i < 9; i++) {
            issue(i % 3 == 0 ? serviceB : serviceA);
        }
        tickets.callNext(counter);
        awaitHeard(10);

        // forty displays ask at once after the change: they all get the one read
        List<Tickets.Board> boards = Together.run(40, display -> tickets.board(center));
        assertThat(boards).allSatisfy(board -> assertThat(board).isSameAs(boards.getFirst()));
        assertThat(boards.getFirst().lastCalls()).isEqualTo(tickets.lastCalls(center, Tickets.Board.CALLS));
        assertThat(boards.getFirst().waiting()).isEqualTo(tickets.waitingCounts(center));
        assertThat(boards.getFirst().waiting().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);

        long called = tickets.currentAt(counter).orElseThrow().id();
        tickets.startService(called, counter);
        tickets.finish(called, counter);
        tickets.callNext(counter);
        awaitHeard(13);
        Tickets.Board after = tickets.board(center);
        assertThat(after).isNotSameAs(boards.getFirst());
        assertThat(after.lastCalls()).hasSize(2).isEqualTo(tickets.lastCalls(center, Tickets.Board.CALLS));
        assertThat(after.waiting()).isEqualTo(tickets.waitingCounts(center));
    }

    private Ticket issue(long service) {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    /** Until this node has heard so many changes of the center (NOTIFY, through PostgreSQL). */
    private void awaitHeard(int changes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (updates.version(center) % (1L << 40) < changes) {
            assertThat(System.nanoTime()).as("heard " + changes + " changes within 5 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
