package ma.socialhub.supervision;

import java.time.Duration;
import java.util.List;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.CounterState;

/** One service of a center today, with the counters that serve it. */
public record ServiceLive(long serviceId, char letter, LocalizedText name, int targetWaitMinutes, LiveFigures figures,
        List<CounterAtWork> counters) {

    public ServiceLive {
        counters = List.copyOf(counters);
    }

    /** Someone has waited in this line longer than the service's target. */
    public boolean overTarget() {
        return figures.longestWait() != null && figures.longestWait().compareTo(Duration.ofMinutes(targetWaitMinutes)) > 0;
    }

    public long countersOpen() {
        return counters.stream().filter(c -> c.state() == CounterState.OPEN).count();
    }
}
