package ma.socialhub.schedule;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of opening hours, periods and booking rules. */
@Repository
class ScheduleStore {

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The service's own weekly hours at the center, or the center's when the service has none. */
    List<OpenSpan> weekly(long centerId, long serviceId) {
        List<OpenSpan> own = weeklyOf(centerId, serviceId);
        return own.isEmpty() ? weeklyOf(centerId, null) : own;
    }

    /** Exactly the rows of the center ({@code serviceId} null) or of one service. */
    List<OpenSpan> weeklyOf(long centerId, @Nullable Long serviceId) {
        return jdbc.sql("""
                SELECT weekday, opens, closes FROM opening_hours
                 WHERE center_id = ? AND service_id IS NOT DISTINCT FROM ? ORDER BY weekday, opens
                """).params(centerId, serviceId).query(ScheduleStore::span).list();
    }

    void replaceWeekly(long centerId, @Nullable Long serviceId, List<OpenSpan> spans) {
        jdbc.sql("DELETE FROM opening_hours WHERE center_id = ? AND service_id IS NOT DISTINCT FROM ?")
                .params(centerId, serviceId).update();
        for (OpenSpan span : spans) {
            jdbc.sql("INSERT INTO opening_hours (center_id, service_id, weekday, opens, closes) VALUES (?, ?, ?, ?, ?)")
                    .params(centerId, serviceId, span.weekday().getValue(), Time.valueOf(span.opens()), Time.valueOf(span.closes()))
                    .update();
        }
    }

    /** The period that rules {@code day} at the center: the center's own before a national one, the newest first. */
    Optional<OpeningPeriod> periodOn(long centerId, LocalDate day) {
        return jdbc.sql("""
                SELECT id FROM opening_period
                 WHERE (center_id = ? OR center_id IS NULL) AND ? BETWEEN first_day AND last_day
                 ORDER BY center_id IS NULL, id DESC LIMIT 1
                """).params(centerId, Date.valueOf(day)).query(Long.class).optional().flatMap(this::period);
    }

    /** The periods of the center and the national ones that touch the days from {@code from} to {@code to}, the ruling one first. */
    List<OpeningPeriod> periodsTouching(long centerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT id FROM opening_period
                 WHERE (center_id = ? OR center_id IS NULL) AND first_day <= ? AND last_day >= ?
                 ORDER BY center_id IS NULL, id DESC
                """).params(centerId, Date.valueOf(to), Date.valueOf(from)).query(Long.class).list().stream()
                .map(this::period).flatMap(Optional::stream).toList();
    }

    Optional<OpeningPeriod> period(long id) {
        return jdbc.sql("SELECT id, version, center_id, first_day, last_day, reason FROM opening_period WHERE id = ?").param(id)
                .query((rs, n) -> new OpeningPeriod(rs.getLong("id"), rs.getInt("version"), rs.getObject("center_id", Long.class),
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                        rs.getString("reason"), spansOf(rs.getLong("id"))))
                .optional();
    }

    /** The periods of the center and the national ones that end on or after {@code from}, in date order. */
    List<Long> periodsFrom(@Nullable Long centerId, LocalDate from) {
        return jdbc.sql("""
                SELECT id FROM opening_period
                 WHERE center_id IS NOT DISTINCT FROM ? AND last_day >= ? ORDER BY first_day, id
                """).params(centerId, Date.valueOf(from)).query(Long.class).list();
    }

    private List<OpenSpan> spansOf(long periodId) {
        return jdbc.sql("SELECT weekday, opens, closes FROM opening_period_hours WHERE period_id = ? ORDER BY weekday, opens")
                .param(periodId).query(ScheduleStore::span).list();
    }

    long insertPeriod(OpeningPeriod period) {
        long id = jdbc.sql("""
                INSERT INTO opening_period (center_id, first_day, last_day, reason) VALUES (?, ?, ?, ?) RETURNING id
                """).params(period.centerId(), Date.valueOf(period.firstDay()), Date.valueOf(period.lastDay()), period.reason())
                .query(Long.class).single();
        insertSpans(id, period.spans());
        return id;
    }

    /** False when someone changed the period meanwhile (its version moved). */
    boolean updatePeriod(OpeningPeriod period) {
        long id = Objects.requireNonNull(period.id());
        int updated = jdbc.sql("""
                UPDATE opening_period SET center_id = ?, first_day = ?, last_day = ?, reason = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """).params(period.centerId(), Date.valueOf(period.firstDay()), Date.valueOf(period.lastDay()), period.reason(),
                        id, period.version()).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM opening_period_hours WHERE period_id = ?").param(id).update();
        insertSpans(id, period.spans());
        return true;
    }

    boolean deletePeriod(long id) {
        return jdbc.sql("DELETE FROM opening_period WHERE id = ?").param(id).update() == 1;
    }

    private void insertSpans(long periodId, List<OpenSpan> spans) {
        for (OpenSpan span : spans) {
            jdbc.sql("INSERT INTO opening_period_hours (period_id, weekday, opens, closes) VALUES (?, ?, ?, ?)")
                    .params(periodId, span.weekday().getValue(), Time.valueOf(span.opens()), Time.valueOf(span.closes())).update();
        }
    }

    BookingRule rule(long centerId, long serviceId) {
        return jdbc.sql("SELECT walk_in_percent, early_minutes, late_minutes FROM booking_rule WHERE center_id = ? AND service_id = ?")
                .params(centerId, serviceId)
                .query((rs, n) -> new BookingRule(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional().orElse(BookingRule.DEFAULT);
    }

    void saveRule(long centerId, long serviceId, BookingRule rule) {
        jdbc.sql("""
                INSERT INTO booking_rule (center_id, service_id, walk_in_percent, early_minutes, late_minutes) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (center_id, service_id) DO UPDATE SET walk_in_percent = EXCLUDED.walk_in_percent,
                    early_minutes = EXCLUDED.early_minutes, late_minutes = EXCLUDED.late_minutes
                """).params(centerId, serviceId, rule.walkInPercent(), rule.earlyMinutes(), rule.lateMinutes()).update();
    }

    ClosingRule closingRule(long centerId) {
        return jdbc.sql("SELECT at_closing FROM closing_rule WHERE center_id = ?").param(centerId).query(String.class).optional()
                .map(ClosingRule::valueOf).orElse(ClosingRule.SERVE);
    }

    void saveClosingRule(long centerId, ClosingRule rule) {
        jdbc.sql("""
                INSERT INTO closing_rule (center_id, at_closing) VALUES (?, ?)
                ON CONFLICT (center_id) DO UPDATE SET at_closing = EXCLUDED.at_closing
                """).params(centerId, rule.name()).update();
    }

    /** The centers that do something at closing (the others serve), with their rule. */
    Map<Long, ClosingRule> centersEndingDays() {
        Map<Long, ClosingRule> rules = new LinkedHashMap<>();
        jdbc.sql("SELECT center_id, at_closing FROM closing_rule WHERE at_closing <> 'SERVE' ORDER BY center_id")
                .query((rs, n) -> rules.put(rs.getLong(1), ClosingRule.valueOf(rs.getString(2)))).list();
        return rules;
    }

    /** The counters of the center that serve the service, open or not: the capacity of an hour. */
    int counters(long centerId, long serviceId) {
        return jdbc.sql("SELECT count(*) FROM counter_serving WHERE center_id = ? AND service_id = ?")
                .params(centerId, serviceId).query(Integer.class).single();
    }

    private static OpenSpan span(ResultSet rs, int row) throws SQLException {
        return new OpenSpan(DayOfWeek.of(rs.getInt("weekday")), rs.getTime("opens").toLocalTime(), rs.getTime("closes").toLocalTime());
    }
}
