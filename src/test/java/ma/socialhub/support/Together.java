package ma.socialhub.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many people acting at the same moment: the same work on several threads, released together. */
public final class Together {

    /** One thread's part; {@code thread} counts from 0. */
    public interface Work<T> {
        T run(int thread) throws Exception;
    }

    private Together() {
    }

    /** Runs {@code work} on {@code threads} threads released at once; its results in thread order, or the first failure. */
    public static <T> List<T> run(int threads, Work<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<T> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<T> task = () -> {
                    start.await();
                    return work.run(thread);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
        }
        return results;
    }
}
