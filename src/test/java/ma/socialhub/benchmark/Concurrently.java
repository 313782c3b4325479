package ma.socialhub.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The benchmarks' load: a number of operations shared by threads that all start at once, each
 * operation returning its own latency; their latencies and the throughput of the whole.
 */
final class Concurrently {

    private Concurrently() {
    }

    /** The latencies of {@code operations} operations and the wall time they took together. */
    record Measured(Timings latencies, long wallNanos, int operations) {

        double perSecond() {
            return operations / (wallNanos / 1e9);
        }
    }

    interface Operation {
        /** Runs once on thread number {@code thread} and returns its latency in nanoseconds. */
        long run(int thread) throws Exception;
    }

    /**
     * Runs {@code operations} operations on {@code threads} threads; each thread's signed-in user
     * (an agent's, for calls) is cleared when it ends.
     */
    static Measured run(int threads, int operations, Operation operation) throws Exception {
        Timings latencies = new Timings(operations);
        AtomicInteger left = new AtomicInteger(operations);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    while (left.getAndDecrement() > 0) {
                        long elapsed = operation.run(thread);
                        synchronized (latencies) {
                            latencies.add(elapsed);
                        }
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
            return new Measured(latencies, System.nanoTime() - begin, operations);
        } finally {
            pool.shutdownNow();
        }
    }
}
