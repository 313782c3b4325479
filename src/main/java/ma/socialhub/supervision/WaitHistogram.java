package ma.socialhub.supervision;

import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Waits counted in the buckets of the database's {@code wait_bucket} (upper bounds in seconds; the
 * last bucket is open). Percentiles over any range and area come from the summed buckets, read by
 * linear interpolation inside the bucket that holds the rank: exact to within a bucket's width
 * (one minute for short waits, more for long ones), which is what a supervisor reads anyway.
 */
public record WaitHistogram(int[] counts) {

    /** The bounds of {@code wait_bucket} in V15; keep both in step. */
    static final int[] UPPER_BOUNDS = {60, 120, 180, 300, 420, 600, 900, 1200, 1500, 1800, 2400, 3000, 3600,
        4500, 5400, 7200, 9000, 10800, 14400};
    static final int BUCKETS = UPPER_BOUNDS.length + 1;

    public WaitHistogram {
        if (counts.length != BUCKETS) {
            throw new IllegalArgumentException("A wait histogram has " + BUCKETS + " buckets, not " + counts.length);
        }
        counts = counts.clone();
    }

    public long total() {
        return Arrays.stream(counts).asLongStream().sum();
    }

    /**
     * The wait below which {@code share} (0 to 1) of the waits fall; null without any wait. A rank
     * in the open last bucket reads as its lower bound (four hours): "at least".
     */
    public @Nullable Duration percentile(double share) {
        long total = total();
        if (total == 0) {
            return null;
        }
        double rank = share * total;
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] > 0 && seen + counts[i] >= rank) {
                int lower = i == 0 ? 0 : UPPER_BOUNDS[i - 1];
                if (i == BUCKETS - 1) {
                    return Duration.ofSeconds(lower);
                }
                double within = (rank - seen) / counts[i];
                return Duration.ofSeconds(Math.round(lower + within * (UPPER_BOUNDS[i] - lower)));
            }
            seen += counts[i];
        }
        return Duration.ofSeconds(UPPER_BOUNDS[UPPER_BOUNDS.length - 1]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaitHistogram h && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "WaitHistogram" + Arrays.toString(counts);
    }
}
