package ma.socialhub.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.staff.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the live figures. "Now" (waiting, longest wait in line, over target) is read
 * from the tickets waiting today, through the partial index on waiting tickets; the day's figures
 * from {@code service_day}, which the database keeps in each ticket's transaction. No query here
 * reads the day's tickets one by one.
 */
@Component
class LiveQueries {

    private final JdbcClient jdbc;

    LiveQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active center of the area, with its today's figures (its day in its own zone), the longest waits first. */
    List<CenterLive> centers(Scope area, Instant now) {
        Scope.Condition in = area.centers("c.id");
        return jdbc.sql("""
                WITH area AS (
                    SELECT c.id, c.code, c.name_ar, c.name_zgh, c.name_fr, c.name_en, c.province_id, c.region_id, c.time_zone
                      FROM center_place c WHERE c.active AND %s),
                waiting AS (
                    SELECT t.center_id, count(*) AS waiting,
                           max(extract(epoch FROM ?::timestamptz - t.waiting_since)) AS longest,
                           bool_or(?::timestamptz - t.waiting_since > make_interval(mins => s.target_wait_minutes)) AS over_target
                      FROM waiting_ticket t JOIN service_label s ON s.id = t.service_id JOIN area a ON a.id = t.center_id
                     WHERE t.day = (?::timestamptz AT TIME ZONE a.time_zone)::date
                     GROUP BY t.center_id),
                today AS (
                    SELECT center_id, sum(issued) AS issued, sum(served) AS served, sum(no_shows) AS no_shows,
                           sum(transferred) AS transferred, sum(wait_seconds) AS wait_seconds, sum(wait_count) AS wait_count,
                           sum(service_seconds) AS service_seconds, sum(service_count) AS service_count
                      FROM service_day d JOIN area a ON a.id = d.center_id
                     WHERE d.day = (?::timestamptz AT TIME ZONE a.time_zone)::date GROUP BY center_id),
                desks AS (
                    SELECT center_id, count(*) FILTER (WHERE state = 'OPEN') AS open, count(*) AS desks
                      FROM counter_desk WHERE center_id IN (SELECT id FROM area) GROUP BY center_id)
                SELECT a.*, coalesce(w.waiting, 0) AS waiting, w.longest, coalesce(w.over_target, false) AS over_target,
                       coalesce(d.issued, 0) AS issued, coalesce(d.served, 0) AS served, coalesce(d.no_shows, 0) AS no_shows,
                       coalesce(d.transferred, 0) AS transferred, coalesce(d.wait_seconds, 0) AS wait_seconds,
                       coalesce(d.wait_count, 0) AS wait_count, coalesce(d.service_seconds, 0) AS service_seconds,
                       coalesce(d.service_count, 0) AS service_count, coalesce(k.open, 0) AS open, coalesce(k.desks, 0) AS desks
                  FROM area a LEFT JOIN waiting w ON w.center_id = a.id LEFT JOIN today d ON d.center_id = a.id
                  LEFT JOIN desks k ON k.center_id = a.id
                 ORDER BY w.longest DESC NULLS LAST, a.code
                """.formatted(in.sql()))
                .params(in.paramsThen(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now)))
                .query((rs, n) -> new CenterLive(rs.getLong("id"), rs.getString("code"), names(rs), rs.getInt("province_id"),
                        rs.getShort("region_id"), figures(rs), rs.getInt("open"), rs.getInt("desks"), rs.getBoolean("over_target")))
                .list();
    }

    /** Today's appointments of each service of a center that has any, by service id. */
    Map<Long, AppointmentFigures> appointments(long centerId, LocalDate today) {
        Map<Long, AppointmentFigures> figures = new HashMap<>();
        jdbc.sql("""
                SELECT a.service_id, s.letter, s.name_ar, s.name_zgh, s.name_fr, s.name_en, a.booked, a.checked_in, a.no_shows,
                       a.cancelled, a.called, a.on_time
                  FROM appointment_day a JOIN service_label s ON s.id = a.service_id
                 WHERE a.center_id = ? AND a.day = ?
                """).params(centerId, today).query((rs, n) -> figures.put(rs.getLong("service_id"), new AppointmentFigures(
                        rs.getString("letter"), names(rs), rs.getInt("booked"), rs.getInt("checked_in"), rs.getInt("no_shows"),
                        rs.getInt("cancelled"), rs.getInt("called"), rs.getInt("on_time")))).list();
        return figures;
    }

    /** Today's figures of each service of a center that has any, by service id. */
    Map<Long, LiveFigures> services(long centerId, LocalDate today, Instant now) {
        Map<Long, LiveFigures> figures = new HashMap<>();
        jdbc.sql("""
                WITH waiting AS (
                    SELECT service_id, count(*) AS waiting,
                           max(extract(epoch FROM ?::timestamptz - waiting_since)) AS longest
                      FROM waiting_ticket WHERE center_id = ? AND day = ? GROUP BY service_id),
                today AS (SELECT * FROM service_day WHERE center_id = ? AND day = ?)
                SELECT coalesce(w.service_id, d.service_id) AS service_id, coalesce(w.waiting, 0) AS waiting, w.longest,
                       coalesce(d.issued, 0) AS issued, coalesce(d.served, 0) AS served, coalesce(d.no_shows, 0) AS no_shows,
                       coalesce(d.transferred, 0) AS transferred, coalesce(d.wait_seconds, 0) AS wait_seconds,
                       coalesce(d.wait_count, 0) AS wait_count, coalesce(d.service_seconds, 0) AS service_seconds,
                       coalesce(d.service_count, 0) AS service_count
                  FROM waiting w FULL JOIN today d ON d.service_id = w.service_id
                """).params(Timestamp.from(now), centerId, today, centerId, today)
                .query((rs, n) -> figures.put(rs.getLong("service_id"), figures(rs))).list();
        return figures;
    }

    /** The counters of a center, who works each, and the services each serves. */
    List<Map.Entry<CounterAtWork, List<Long>>> counters(long centerId) {
        return jdbc.sql("""
                SELECT k.id, k.label, k.state, s.display_name,
                       array(SELECT cs.service_id FROM counter_serving cs WHERE cs.counter_id = k.id ORDER BY 1) AS services
                  FROM counter_desk k LEFT JOIN staff_name s ON s.id = k.staff_id
                 WHERE k.center_id = ? ORDER BY k.label
                """).param(centerId).query((rs, n) -> Map.entry(
                        new CounterAtWork(rs.getLong("id"), rs.getString("label"), CounterState.valueOf(rs.getString("state")),
                                rs.getString("display_name")),
                        List.of((Long[]) rs.getArray("services").getArray()))).list();
    }

    private static LiveFigures figures(ResultSet rs) throws SQLException {
        double longest = rs.getDouble("longest");
        @Nullable Duration longestWait = rs.wasNull() ? null : Duration.ofSeconds(Math.round(longest));
        return new LiveFigures(rs.getInt("waiting"), longestWait, rs.getInt("issued"), rs.getInt("served"), rs.getInt("no_shows"),
                rs.getInt("transferred"), LiveFigures.average(rs.getDouble("wait_seconds"), rs.getInt("wait_count")),
                LiveFigures.average(rs.getDouble("service_seconds"), rs.getInt("service_count")));
    }

    private static LocalizedText names(ResultSet rs) throws SQLException {
        return new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"), rs.getString("name_en"));
    }
}
