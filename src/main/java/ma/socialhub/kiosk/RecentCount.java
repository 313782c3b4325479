package ma.socialhub.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A budget of attempts per key within the last {@code window}, on this node: an attempt is taken
 * before it is made (so that parallel attempts cannot all pass the count) and given back when it
 * turned out well.
 */
final class RecentCount {

    private final Clock clock;
    private final Duration window;
    private final int limit;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    RecentCount(Clock clock, Duration window, int limit) {
        this.clock = clock;
        this.window = window;
        this.limit = limit;
    }

    /** Takes one attempt of {@code key}'s budget; false when it is spent. */
    boolean take(String key) {
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant now = clock.instant();
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Gives the last attempt taken back: it did not count against the key. */
    void giveBack(String key) {
        Deque<Instant> times = attempts.get(key);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }
}
