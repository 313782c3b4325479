package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of the queue under load: many kiosks and many counters at once, on PostgreSQL. Every
 * thread starts at the same moment (a latch) so that their transactions really overlap.
 */
@IntegrationTest
class QueueConcurrencyTest {

    static final int THREADS = 24;
    static final int TICKETS = 1_000;

    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void manyKiosksIssuingAtOnceGetEveryNumberExactlyOnceWithoutGaps() throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counter(center, "1", service);

        Collection<Integer> numbers = new ConcurrentLinkedQueue<>();
        runTogether(THREADS, thread -> {
            for (int i = thread; i < TICKETS; i += THREADS) {
                numbers.add(issue(center, service, PriorityClass.STANDARD).number().number());
            }
        });

        assertThat(numbers).hasSize(TICKETS).doesNotHaveDuplicates();
        assertThat(numbers.stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(1, TICKETS).boxed().toList());
        assertThat(fixtures.jdbc().sql("SELECT max(number) FROM ticket WHERE center_id = ?").param(center)
                .query(Integer.class).single()).isEqualTo(TICKETS);
    }

    @Test
    void manyIdenticalSubmitsAtOnceMakeOneTicketAndLeaveNoGap() throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counter(center, "1", service);

        Collection<Long> ids = new ConcurrentLinkedQueue<>();
        runTogether(THREADS, thread -> ids.add(((IssueResult.Issued) tickets.issue(center, service,
                PriorityClass.STANDARD, HubLanguage.ARABIC, "same-double-tap")).ticket().id()));

        assertThat(ids).hasSize(THREADS);
        assertThat(ids.stream().distinct().count()).isEqualTo(1);
        assertThat(issue(center, service, PriorityClass.STANDARD).number().number()).isEqualTo(2);
    }

    @Test
    void manyCountersCallingAtOnceNeverTakeTheSameTicket() throws Exception {
        long center = fixtures.center();
        long serviceA = fixtures.service('A');
        long serviceB = fixtures.service('B');
        List<Long> counters = fixtures.counters(center, THREADS, serviceA, serviceB);
        String agent = fixtures.agent(center);
        for (int i = 0; i < TICKETS; i++) {
            issue(center, i % 3 == 0 ? serviceB : serviceA, i % 7 == 0 ? PriorityClass.PRIORITY : PriorityClass.STANDARD);
        }

        Collection<Long> called = new ConcurrentLinkedQueue<>();
        runTogether(THREADS, thread -> {
            fixtures.signIn(agent);
            long counter = counters.get(thread);
            while (tickets.callNext(counter) instanceof CallResult.Called c) {
                called.add(c.ticket().id());
                assertThat(tickets.finish(c.ticket().id(), counter)).isInstanceOf(StepResult.Done.class);
            }
        });

        assertThat(called).hasSize(TICKETS).doesNotHaveDuplicates();
        assertThat(stateCount(center, "DONE")).isEqualTo(TICKETS);
    }

    @Test
    void kiosksAndCountersWorkingAtOnceServeEveryTicketOnce() throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('A');
        int kiosks = THREADS / 2;
        List<Long> counters = fixtures.counters(center, THREADS - kiosks, service);
        String agent = fixtures.agent(center);
        CountDownLatch issuing = new CountDownLatch(kiosks);

        Collection<Long> called = new ConcurrentLinkedQueue<>();
        runTogether(THREADS, thread -> {
            if (thread < kiosks) {
                for (int i = thread; i < TICKETS; i += kiosks) {
                    issue(center, service, i % 5 == 0 ? PriorityClass.PRIORITY : PriorityClass.STANDARD);
                }
                issuing.countDown();
                return;
            }
            fixtures.signIn(agent);
            long counter = counters.get(thread - kiosks);
            // keep calling while kiosks issue; stop once they are done and the line is empty
            while (true) {
                CallResult result = tickets.callNext(counter);
                if (result instanceof CallResult.Called c) {
                    called.add(c.ticket().id());
                    tickets.finish(c.ticket().id(), counter);
                } else if (issuing.getCount() == 0) {
                    if (tickets.callNext(counter) instanceof CallResult.Called c) {
                        called.add(c.ticket().id());
                        tickets.finish(c.ticket().id(), counter);
                        continue;
                    }
                    return;
                }
            }
        });

        assertThat(called).hasSize(TICKETS).doesNotHaveDuplicates();
        assertThat(stateCount(center, "DONE")).isEqualTo(TICKETS);
    }

    @Test
    void oneCounterCallsTicketsInPriorityOrderAgedByWaitingTime() {
        long center = fixtures.center();
        long service = fixtures.service('A');
        long counter = fixtures.counter(center, "1", service);
        clock.pin(Instant.parse("2026-11-20T09:00:00Z"));
        Random random = new Random(42);
        List<Ticket> issued = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            clock.advance(Duration.ofSeconds(random.nextInt(90)));
            PriorityClass priority = PriorityClass.values()[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)];
            issued.add(issue(center, service, priority));
        }
        // the rule of Tickets#callNext, stated independently: earliest (issued - head start), then oldest
        List<Long> expected = issued.stream()
                .sorted(Comparator.comparing((Ticket t) -> t.issuedAt().minus(t.priority().headStart()))
                        .thenComparing(Ticket::id))
                .map(Ticket::id).toList();

        fixtures.signIn(fixtures.agent(center));
        List<Long> order = new ArrayList<>();
        while (tickets.callNext(counter) instanceof CallResult.Called c) {
            order.add(c.ticket().id());
            tickets.finish(c.ticket().id(), counter);
        }
        assertThat(order).isEqualTo(expected);
        assertThat(order).isNotEqualTo(issued.stream().map(Ticket::id).toList()); // priorities did move people
    }

    private Ticket issue(long center, long service, PriorityClass priority) {
        return ((IssueResult.Issued) tickets.issue(center, service, priority, HubLanguage.FRENCH)).ticket();
    }

    private int stateCount(long center, String state) {
        return fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ? AND state = ?")
                .params(center, state).query(Integer.class).single();
    }

    interface Work {
        void run(int thread) throws Exception;
    }

    /** Runs {@code work} on {@code threads} threads released together; rethrows the first failure. */
    private static void runTogether(int threads, Work work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> task = () -> {
                    start.await();
                    work.run(thread);
                    return null;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        }
    }
}
