package ma.socialhub.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.socialhub.staff.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code feedback} table. */
@Repository
class FeedbackStore {

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> scoreOf(long ticketId) {
        return jdbc.sql("SELECT score FROM feedback WHERE ticket_id = ?").param(ticketId).query(Integer.class).optional();
    }

    /** Keeps the answer; false when the visit has one already (the database decides, once). */
    boolean add(long ticketId, long centerId, long serviceId, @Nullable Long counterId, LocalDate day,
            @Nullable Integer waitedSeconds, int score, List<String> reasons, @Nullable String comment, String channel,
            Instant now) {
        return jdbc.sql("""
                INSERT INTO feedback (ticket_id, center_id, service_id, counter_id, day, waited_seconds, score, reasons,
                                      comment, channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) ON CONFLICT (ticket_id) DO NOTHING
                """).params(ticketId, centerId, serviceId, counterId, day, waitedSeconds, score,
                "{" + String.join(",", reasons) + "}", comment, channel, Timestamp.from(now)).update() > 0;
    }

    /** Score counts and sums per center and service over a range of days. */
    List<Satisfaction> satisfaction(LocalDate from, LocalDate to, Scope.Condition centers) {
        return jdbc.sql("""
                SELECT center_id, service_id, count(*) AS answers, sum(score) AS total,
                       count(*) FILTER (WHERE score >= 4) AS satisfied,
                       count(*) FILTER (WHERE 'WAIT' = ANY (reasons)) AS about_wait,
                       avg(waited_seconds) FILTER (WHERE score >= 4)::float8 AS wait_satisfied,
                       avg(waited_seconds) FILTER (WHERE score <= 2)::float8 AS wait_unsatisfied
                  FROM feedback
                 WHERE day BETWEEN ? AND ? AND %s
                 GROUP BY center_id, service_id
                """.formatted(centers.sql())).params(centers.paramsWith(from, to))
                .query((rs, n) -> new Satisfaction(rs.getLong("center_id"), rs.getLong("service_id"), rs.getInt("answers"),
                        rs.getLong("total"), rs.getInt("satisfied"), rs.getInt("about_wait"),
                        minutes(rs.getObject("wait_satisfied", Double.class)), minutes(rs.getObject("wait_unsatisfied", Double.class))))
                .list();
    }

    /** The latest comments of a center, for its supervisors; never with a name or number. */
    List<FeedbackComment> comments(long centerId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                SELECT day, service_id, score, comment FROM feedback
                 WHERE center_id = ? AND day BETWEEN ? AND ? AND comment IS NOT NULL
                 ORDER BY created_at DESC LIMIT ?
                """).params(centerId, from, to, limit)
                .query((rs, n) -> new FeedbackComment(rs.getObject("day", LocalDate.class), rs.getLong("service_id"),
                        rs.getInt("score"), rs.getString("comment"))).list();
    }

    private static @Nullable Integer minutes(@Nullable Double seconds) {
        return seconds == null ? null : (int) Math.round(seconds / 60);
    }
}
