package ma.socialhub.supervision;

import java.time.Duration;
import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/** One service over a date range and an area: demand, outcomes at the counter, waits and service time. */
public record ServiceTrend(long serviceId, char letter, LocalizedText name, int targetWaitMinutes, int issued, int called,
        int served, int noShows, int transferred, @Nullable Duration averageWait, WaitHistogram waits,
        @Nullable Duration averageService) {

    public @Nullable Duration medianWait() {
        return waits.percentile(0.5);
    }

    public @Nullable Duration p90Wait() {
        return waits.percentile(0.9);
    }
}
