package ma.socialhub.supervision;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a supervisor reads for today, for a service or for a whole center: waiting now and the
 * longest wait in line, then the day's issued, served, no-shows, transfers and the average wait
 * (issue to first call) and service time.
 */
public record LiveFigures(int waiting, @Nullable Duration longestWait, int issued, int served, int noShows, int transferred,
        @Nullable Duration averageWait, @Nullable Duration averageService) {

    static @Nullable Duration average(double seconds, int count) {
        return count == 0 ? null : Duration.ofSeconds(Math.round(seconds / count));
    }
}
