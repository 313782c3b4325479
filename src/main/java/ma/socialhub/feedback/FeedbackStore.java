package ma.socialhub.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.socialhub.staff.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code feedback} table, and its rollups kept by its trigger (ADR 0032). */
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

    /**
     * Score counts and sums per center and service over a range of days, from the rollups the
     * answers' trigger keeps (ADR 0032): the range's whole months from {@code feedback_month}, the
     * days at its ends from {@code feedback_day}, each part its own select of one key range.
     */
    List<Satisfaction> satisfaction(LocalDate from, LocalDate to, Scope area) {
        // a region's rows by its region (an index holding the sums, read alone); a province's or a center's by their ids
        Scope.Condition centers = area.level() == Scope.Level.REGION ? area.regions("region_id") : area.centers("center_id");
        Parts parts = Parts.of(from, to);
        String part = "SELECT center_id, service_id, " + ROLLED + " FROM %s WHERE " + centers.sql() + " AND %s BETWEEN ? AND ?";
        List<Object> params = new ArrayList<>();
        params.addAll(List.of(centers.paramsThen(parts.firstMonth(), parts.lastMonth())));
        params.addAll(List.of(centers.paramsThen(parts.headFrom(), parts.headTo())));
        params.addAll(List.of(centers.paramsThen(parts.tailFrom(), parts.tailTo())));
        return jdbc.sql("SELECT center_id, service_id, " + SUMS + " FROM ("
                        + part.formatted("feedback_month", "month") + " UNION ALL " + part.formatted("feedback_day", "day")
                        + " UNION ALL " + part.formatted("feedback_day", "day") + ") r GROUP BY center_id, service_id")
                .params(params)
                .query((rs, n) -> satisfaction(rs, rs.getLong("center_id"))).list();
    }

    /** The same per region and service, from the region rollups: the nation's view, a few hundred rows for two years. */
    List<RegionSatisfaction> satisfactionOfRegions(LocalDate from, LocalDate to) {
        Parts parts = Parts.of(from, to);
        String part = "SELECT region_id, service_id, " + ROLLED + " FROM %s WHERE %s BETWEEN ? AND ?";
        return jdbc.sql("SELECT region_id, service_id, " + SUMS + " FROM ("
                        + part.formatted("feedback_region_month", "month") + " UNION ALL "
                        + part.formatted("feedback_region_day", "day") + " UNION ALL "
                        + part.formatted("feedback_region_day", "day") + ") r GROUP BY region_id, service_id")
                .params(parts.firstMonth(), parts.lastMonth(), parts.headFrom(), parts.headTo(), parts.tailFrom(), parts.tailTo())
                .query((rs, n) -> new RegionSatisfaction(rs.getShort("region_id"), satisfaction(rs, 0))).list();
    }

    private static final String ROLLED = "answers, total, satisfied, about_wait, wait_satisfied_count, wait_satisfied_seconds, "
            + "wait_unsatisfied_count, wait_unsatisfied_seconds";
    private static final String SUMS = """
            sum(answers)::int AS answers, sum(total) AS total, sum(satisfied)::int AS satisfied, sum(about_wait)::int AS about_wait,
            sum(wait_satisfied_seconds)::float8 / nullif(sum(wait_satisfied_count), 0) AS wait_satisfied,
            sum(wait_unsatisfied_seconds)::float8 / nullif(sum(wait_unsatisfied_count), 0) AS wait_unsatisfied""";

    private static Satisfaction satisfaction(ResultSet rs, long centerId) throws SQLException {
        return new Satisfaction(centerId, rs.getLong("service_id"), rs.getInt("answers"), rs.getLong("total"),
                rs.getInt("satisfied"), rs.getInt("about_wait"), minutes(rs.getObject("wait_satisfied", Double.class)),
                minutes(rs.getObject("wait_unsatisfied", Double.class)));
    }

    /**
     * A range cut where the rollups are kept: its whole months, and the loose days before and after
     * them. A part that does not exist is an empty range (its start after its end), which selects
     * nothing, so that the statement keeps one shape.
     */
    record Parts(LocalDate firstMonth, LocalDate lastMonth, LocalDate headFrom, LocalDate headTo, LocalDate tailFrom,
            LocalDate tailTo) {

        static Parts of(LocalDate from, LocalDate to) {
            LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate lastWholeEnd = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
            LocalDate none = to.plusDays(1);
            if (firstWhole.isAfter(lastWholeEnd)) {
                return new Parts(none, to, from, to, none, to);
            }
            return new Parts(firstWhole, lastWholeEnd.withDayOfMonth(1), from, firstWhole.minusDays(1),
                    lastWholeEnd.plusDays(1), to);
        }
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
