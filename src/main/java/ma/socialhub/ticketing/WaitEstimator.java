package ma.socialhub.ticketing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Estimates the wait of a ticket from what the center does now.
 *
 * <p>The rule: {@code expected = (people ahead + ½) × service time ÷ open counters}, where the
 * service time is the mean of the last {@value #RECENT_SERVICES} visits of that service at that
 * center within {@value #RECENT_DAYS} days (the service's configured time when there are none), and
 * the open counters are those in state OPEN that serve the service. The half accounts for the
 * visit under way at the counter. The range shown is 0.7 × to 1.4 × the expected wait, rounded
 * outwards to five minutes (at least "0 to 5"). With no open counter there is no estimate.
 * Counters that serve several services are counted fully for each: the estimate leans short on
 * mixed counters, which the range absorbs on ordinary days.
 */
@Component
class WaitEstimator {

    static final int RECENT_SERVICES = 50;
    static final int RECENT_DAYS = 14;

    private final JdbcClient jdbc;
    private final Clock clock;

    WaitEstimator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    WaitEstimate estimate(Ticket ticket, int peopleAhead, int configuredServiceMinutes) {
        if (ticket.state() != TicketState.WAITING) {
            return new WaitEstimate.NotWaiting();
        }
        int open = openCounters(ticket.centerId(), ticket.serviceId());
        if (open == 0) {
            return new WaitEstimate.NotAvailable();
        }
        double serviceMinutes = recentServiceMinutes(ticket.centerId(), ticket.serviceId()).orElse(configuredServiceMinutes);
        return range((peopleAhead + 0.5) * serviceMinutes / open);
    }

    /** The estimate rule of one service now: two reads, then as many tickets as wait for it. */
    java.util.function.IntFunction<WaitEstimate> forService(long centerId, long serviceId, int configuredServiceMinutes) {
        int open = openCounters(centerId, serviceId);
        if (open == 0) {
            return ahead -> new WaitEstimate.NotAvailable();
        }
        double serviceMinutes = recentServiceMinutes(centerId, serviceId).orElse(configuredServiceMinutes);
        return ahead -> range((ahead + 0.5) * serviceMinutes / open);
    }

    /**
     * The expected wait of a ticket taken now for the service (the middle of the range above),
     * when a counter serving it is open.
     */
    OptionalDouble expectedForNew(long centerId, long serviceId, int waiting, int configuredServiceMinutes) {
        int open = openCounters(centerId, serviceId);
        if (open == 0) {
            return OptionalDouble.empty();
        }
        double serviceMinutes = recentServiceMinutes(centerId, serviceId).orElse(configuredServiceMinutes);
        return OptionalDouble.of((waiting + 0.5) * serviceMinutes / open);
    }

    private int openCounters(long centerId, long serviceId) {
        return jdbc.sql("""
                SELECT count(*) FROM counter_serving
                 WHERE center_id = ? AND service_id = ? AND state = 'OPEN'
                """).params(centerId, serviceId).query(Integer.class).single();
    }

    static WaitEstimate.Range range(double expectedMinutes) {
        int from = (int) Math.floor(expectedMinutes * 0.7 / 5) * 5;
        int to = Math.max(5, (int) Math.ceil(expectedMinutes * 1.4 / 5) * 5);
        return new WaitEstimate.Range(from, Math.max(to, from + 5));
    }

    private OptionalDouble recentServiceMinutes(long centerId, long serviceId) {
        Double mean = jdbc.sql("""
                SELECT avg(extract(epoch FROM finished_at - started_at)) / 60 FROM (
                    SELECT started_at, finished_at FROM ticket
                     WHERE center_id = ? AND service_id = ? AND state = 'DONE' AND started_at IS NOT NULL
                       AND finished_at > ?
                     ORDER BY finished_at DESC LIMIT ?) recent
                """).params(centerId, serviceId,
                        Timestamp.from(clock.instant().minus(Duration.ofDays(RECENT_DAYS))), RECENT_SERVICES)
                .query(Double.class).optional().orElse(null);
        return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }
}
