package ma.socialhub.supervision;

import java.time.Duration;
import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/** One center over a date range: what it handled and how long people waited. */
public record CenterTrend(long centerId, String code, LocalizedText name, int issued, int served, int noShows, int transferred,
        @Nullable Duration averageWait, WaitHistogram waits, @Nullable Duration averageService) {

    public @Nullable Duration p90Wait() {
        return waits.percentile(0.9);
    }
}
