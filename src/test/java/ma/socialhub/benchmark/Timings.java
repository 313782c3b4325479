package ma.socialhub.benchmark;

import java.util.Arrays;

/** Measured durations in nanoseconds, read as percentiles in milliseconds (nearest rank). */
final class Timings {

    private final long[] nanos;
    private int count;

    Timings(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    double max() {
        return percentile(100);
    }
}
