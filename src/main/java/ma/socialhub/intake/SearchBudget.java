package ma.socialhub.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many searches for people a member of staff may make: {@code hub.intake.searches-per-hour}
 * in any hour, counted from the trail of searches itself. Past {@code hub.intake.searches-alert-per-hour}
 * the supervisor is told once an hour (an agent going through files); at the limit, searches are
 * refused and the supervisor told. An advisory lock per person makes parallel searches from a
 * script count one after the other, in the transaction that records the search.
 */
@Component
class SearchBudget {

    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final AccessAlerts alerts;
    private final Clock clock;
    private final int perHour;
    private final int alertAt;

    SearchBudget(JdbcClient jdbc, AccessAlerts alerts, Clock clock,
            @Value("${hub.intake.searches-per-hour:100}") int perHour,
            @Value("${hub.intake.searches-alert-per-hour:60}") int alertAt) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.clock = clock;
        this.perHour = perHour;
        this.alertAt = alertAt;
    }

    /** Takes one search from the budget of {@code staffId}, working at {@code centerId}; throws {@link TooManySearches} past it. */
    void spend(long staffId, long centerId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('person-search|' || ?))").param(staffId).query((rs, n) -> 1).single();
        Instant now = clock.instant();
        int done = jdbc.sql("""
                SELECT count(*) FROM personal_data_access
                 WHERE staff_id = ? AND action = 'SEARCH' AND beneficiary_id IS NULL AND at > ?
                """).params(staffId, Timestamp.from(now.minus(HOUR))).query(Integer.class).single();
        if (done >= perHour) {
            if (!alerts.raisedSince(AccessAlerts.Kind.SEARCH_LIMIT, staffId, now.minus(HOUR))) {
                alerts.raise(AccessAlerts.Kind.SEARCH_LIMIT, staffId, centerId, null, "searches=" + done);
            }
            throw new TooManySearches();
        }
        if (done + 1 >= alertAt && !alerts.raisedSince(AccessAlerts.Kind.SEARCH_VOLUME, staffId, now.minus(HOUR))) {
            alerts.raise(AccessAlerts.Kind.SEARCH_VOLUME, staffId, centerId, null, "searches=" + (done + 1));
        }
    }
}
