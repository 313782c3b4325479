package ma.socialhub.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;

/**
 * The fault drills' load on one center: 20 kiosks issuing tickets and 10 counters calling and
 * finishing them, through the services the screens use. A kiosk retries a failed tap with the same
 * idempotency key until it gets its ticket, as the kiosk screen does; a counter retries its call.
 * Counts what a drill checks afterwards: the tickets acknowledged (by key), the tickets called,
 * any called twice, the failed attempts, and when the work failed first and succeeded again after
 * {@link #faultAt()}.
 */
final class QueueLoad implements AutoCloseable {

    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // idempotency key -> ticket
    private final Set<Long> called = ConcurrentHashMap.newKeySet();
    private final AtomicInteger calledTwice = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong faultAt = new AtomicLong();
    private final AtomicLong firstFailure = new AtomicLong();
    private final AtomicLong firstSuccessAfter = new AtomicLong();
    private final AtomicLong firstIssueAfter = new AtomicLong();
    private final ExecutorService pool = Executors.newFixedThreadPool(30);
    private final List<Future<?>> work = new ArrayList<>();

    QueueLoad(Tickets tickets, Fixtures fixtures, long center, long service, List<Long> counters, String agent) {
        for (int k = 0; k < 20; k++) {
            work.add(pool.submit(() -> {
                while (running.get()) {
                    String key = UUID.randomUUID().toString();
                    while (running.get()) { // the kiosk shows "temporarily unavailable" and tries again with the same key
                        try {
                            IssueResult result = tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC, key);
                            acknowledged.put(key, ((IssueResult.Issued) result).ticket().id());
                            succeeded();
                            if (firstFailure.get() != 0) {
                                firstIssueAfter.compareAndSet(0, System.nanoTime());
                            }
                            break;
                        } catch (RuntimeException unavailable) {
                            failed();
                            pause(200);
                        }
                    }
                    pause(50);
                }
                return null;
            }));
        }
        for (long counter : counters) {
            work.add(pool.submit(() -> {
                fixtures.signIn(agent);
                while (running.get()) {
                    try {
                        CallResult result = tickets.callNext(counter);
                        if (result instanceof CallResult.Called call) {
                            if (!called.add(call.ticket().id())) {
                                calledTwice.incrementAndGet();
                            }
                            tickets.finish(call.ticket().id(), counter);
                        } else if (result instanceof CallResult.Busy busy) {
                            // a call that committed but whose answer was lost in the fault: finish it now
                            called.add(busy.current().id());
                            tickets.finish(busy.current().id(), counter);
                        } else {
                            pause(100);
                        }
                        succeeded();
                    } catch (RuntimeException unavailable) {
                        failed();
                        pause(200);
                    }
                }
                fixtures.signOut();
                return null;
            }));
        }
    }

    /** The fault begins now: failures from here on count, and the first success after them. */
    void fault() {
        faultAt.set(System.nanoTime());
    }

    long faultAt() {
        return faultAt.get();
    }

    /** Stops the kiosks and counters once their current attempt ends. */
    @Override
    public void close() throws Exception {
        running.set(false);
        for (Future<?> f : work) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    Map<String, Long> acknowledged() {
        return acknowledged;
    }

    Set<Long> called() {
        return called;
    }

    int calledTwice() {
        return calledTwice.get();
    }

    int failures() {
        return failures.get();
    }

    /** When the first attempt failed after the fault began (System.nanoTime), 0 if none did. */
    long firstFailure() {
        return firstFailure.get();
    }

    /** When the first attempt succeeded after that failure, 0 if none did yet. */
    long firstSuccessAfter() {
        return firstSuccessAfter.get();
    }

    /** When a kiosk first got a ticket after that failure, 0 if none did yet. */
    long firstIssueAfter() {
        return firstIssueAfter.get();
    }

    private void failed() {
        failures.incrementAndGet();
        if (faultAt.get() != 0) {
            firstFailure.compareAndSet(0, System.nanoTime());
        }
    }

    private void succeeded() {
        if (firstFailure.get() != 0) {
            firstSuccessAfter.compareAndSet(0, System.nanoTime());
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
