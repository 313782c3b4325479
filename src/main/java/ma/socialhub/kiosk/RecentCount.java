package ma.socialhub.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How many times something happened per key within the last {@code window}, on this node. */
final class RecentCount {

    private final Clock clock;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    RecentCount(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    void add(String key) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    int recent(String key) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(window);
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
