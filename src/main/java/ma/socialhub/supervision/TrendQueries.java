package ma.socialhub.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.staff.Scope;
import ma.socialhub.visit.VisitOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the trends: sums over the rollups, never over the tickets themselves: whole months
 * from {@code service_month}, the days at the ends of a range from {@code service_day}. Arrays are summed cell
 * by cell with one {@code sum(a[i])} a cell, which PostgreSQL does in the same pass.
 */
@Component
class TrendQueries {

    private static final String HOURS = IntStream.rangeClosed(1, 24).mapToObj(i -> "sum(issued_by_hour[" + i + "]) AS h" + i)
            .collect(Collectors.joining(", "));
    private static final String WEEK_HOURS = IntStream.rangeClosed(1, 168)
            .mapToObj(i -> "sum(issued_by_week_hour[" + i + "]) AS c" + i).collect(Collectors.joining(", "));
    private static final String WAITS = IntStream.rangeClosed(1, WaitHistogram.BUCKETS)
            .mapToObj(i -> "sum(waits[" + i + "]) AS w" + i).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    TrendQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans this transaction's statements as the small reads they are. For their actual values:
     * the driver prepares a statement on the server after a few uses, and PostgreSQL may then keep
     * a generic plan, which read {@code service_day} by day across every center for one center's
     * two years (16 ms instead of 1 ms); planning each time costs about a millisecond. Without
     * parallel workers: starting them took longer (7 ms a statement here) than the few thousand
     * rollup rows they would share.
     */
    void planAsSmallReads() {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 0").update();
    }

    /** Tickets issued per weekday and hour: whole months from their 168 cells, the range's other days by weekday. */
    int[][] heat(Scope area, LocalDate from, LocalDate to) {
        Months months = Months.within(from, to);
        Scope.Condition in = area.centers("center_id");
        int[][] heat = new int[7][24];
        if (months.any()) {
            jdbc.sql("SELECT " + WEEK_HOURS + " FROM service_month WHERE " + in.sql() + " AND month BETWEEN ? AND ?")
                    .params(in.paramsThen(months.first(), months.last()))
                    .query((rs, n) -> {
                        for (int cell = 0; cell < 168; cell++) {
                            heat[cell / 24][cell % 24] += rs.getInt("c" + (cell + 1));
                        }
                        return n;
                    }).list();
        }
        jdbc.sql("SELECT extract(isodow FROM day)::int AS dow, " + HOURS + " FROM service_day WHERE " + in.sql()
                        + " AND (day BETWEEN ? AND ? OR day BETWEEN ? AND ?) GROUP BY 1")
                .params(in.paramsThen(months.looseDays(from, to)))
                .query((rs, n) -> {
                    int weekday = rs.getInt("dow") - 1;
                    for (int h = 0; h < 24; h++) {
                        heat[weekday][h] += rs.getInt("h" + (h + 1));
                    }
                    return weekday;
                }).list();
        return heat;
    }

    /** Each service's sums over the range. */
    List<ServiceTrend> services(Scope area, LocalDate from, LocalDate to) {
        Scope.Condition in = area.centers("center_id");
        return jdbc.sql("""
                SELECT d.service_id, s.letter, s.name_ar, s.name_zgh, s.name_fr, s.name_en, s.target_wait_minutes,
                       sum(d.issued) AS issued, sum(d.called) AS called, sum(d.served) AS served, sum(d.no_shows) AS no_shows,
                       sum(d.transferred) AS transferred, sum(d.wait_seconds) AS wait_seconds, sum(d.wait_count) AS wait_count,
                       sum(d.service_seconds) AS service_seconds, sum(d.service_count) AS service_count, %s
                  FROM (%s) d JOIN service_label s ON s.id = d.service_id
                 GROUP BY d.service_id, s.letter, s.name_ar, s.name_zgh, s.name_fr, s.name_en, s.target_wait_minutes
                 ORDER BY s.letter
                """.formatted(WAITS.replace("waits[", "d.waits["), rows(in)))
                .params(splitParameters(in, from, to))
                .query((rs, n) -> new ServiceTrend(rs.getLong("service_id"), rs.getString("letter").charAt(0),
                        names(rs), rs.getInt("target_wait_minutes"), rs.getInt("issued"), rs.getInt("called"), rs.getInt("served"),
                        rs.getInt("no_shows"), rs.getInt("transferred"),
                        LiveFigures.average(rs.getDouble("wait_seconds"), rs.getInt("wait_count")), histogram(rs),
                        LiveFigures.average(rs.getDouble("service_seconds"), rs.getInt("service_count"))))
                .list();
    }

    /** The area's appointments over the range, per service (by letter) or per center (the most booked first). */
    List<AppointmentFigures> appointments(Scope area, LocalDate from, LocalDate to, boolean perCenter) {
        Scope.Condition in = area.centers("a.center_id");
        String key = perCenter ? "c.code" : "s.letter";
        String names = perCenter ? "c.name_ar, c.name_zgh, c.name_fr, c.name_en" : "s.name_ar, s.name_zgh, s.name_fr, s.name_en";
        return jdbc.sql("""
                SELECT %s AS key, %s, sum(a.booked) AS booked, sum(a.checked_in) AS checked_in, sum(a.no_shows) AS no_shows,
                       sum(a.cancelled) AS cancelled, sum(a.called) AS called, sum(a.on_time) AS on_time
                  FROM appointment_day a JOIN service_label s ON s.id = a.service_id JOIN center_place c ON c.id = a.center_id
                 WHERE %s AND a.day BETWEEN ? AND ?
                 GROUP BY %s, %s
                 ORDER BY %s
                """.formatted(key, names, in.sql(), key, names, perCenter ? "sum(a.booked) DESC, c.code" : "s.letter"))
                .params(in.paramsThen(from, to))
                .query((rs, n) -> new AppointmentFigures(rs.getString("key"), names(rs), rs.getInt("booked"), rs.getInt("checked_in"),
                        rs.getInt("no_shows"), rs.getInt("cancelled"), rs.getInt("called"), rs.getInt("on_time")))
                .list();
    }

    /** Each center of the area over the range, the busiest first. */
    List<CenterTrend> centers(Scope area, LocalDate from, LocalDate to) {
        Scope.Condition in = area.centers("center_id");
        return jdbc.sql("""
                SELECT d.center_id, c.code, c.name_ar, c.name_zgh, c.name_fr, c.name_en,
                       sum(d.issued) AS issued, sum(d.served) AS served, sum(d.no_shows) AS no_shows,
                       sum(d.transferred) AS transferred, sum(d.wait_seconds) AS wait_seconds, sum(d.wait_count) AS wait_count,
                       sum(d.service_seconds) AS service_seconds, sum(d.service_count) AS service_count, %s
                  FROM (%s) d JOIN center_place c ON c.id = d.center_id
                 GROUP BY d.center_id, c.code, c.name_ar, c.name_zgh, c.name_fr, c.name_en
                 ORDER BY sum(d.issued) DESC, c.code
                """.formatted(WAITS.replace("waits[", "d.waits["), rows(in)))
                .params(splitParameters(in, from, to))
                .query((rs, n) -> new CenterTrend(rs.getLong("center_id"), rs.getString("code"), names(rs), rs.getInt("issued"),
                        rs.getInt("served"), rs.getInt("no_shows"), rs.getInt("transferred"),
                        LiveFigures.average(rs.getDouble("wait_seconds"), rs.getInt("wait_count")), histogram(rs),
                        LiveFigures.average(rs.getDouble("service_seconds"), rs.getInt("service_count"))))
                .list();
    }

    Map<VisitOutcome, Integer> outcomes(Scope area, LocalDate from, LocalDate to) {
        Scope.Condition in = area.centers("center_id");
        Map<VisitOutcome, Integer> outcomes = new EnumMap<>(VisitOutcome.class);
        jdbc.sql("""
                SELECT outcome, sum(visits) AS visits FROM (
                    SELECT outcome, visits FROM visit_outcome_month WHERE {in} AND month BETWEEN ? AND ?
                    UNION ALL
                    SELECT outcome, visits FROM visit_outcome_day WHERE {in} AND (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)) v
                 GROUP BY outcome""".replace("{in}", in.sql()))
                .params(splitParameters(in, from, to))
                .query((rs, n) -> outcomes.put(VisitOutcome.valueOf(rs.getString("outcome")), rs.getInt("visits"))).list();
        outcomes.values().removeIf(v -> v == 0);
        return outcomes;
    }

    List<PartnerReferrals> referrals(Scope area, LocalDate from, LocalDate to) {
        Scope.Condition in = area.centers("center_id");
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        Map<Long, Map<ReferralStatus, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.organization_id, o.name_ar, o.name_zgh, o.name_fr, o.name_en, r.status, sum(r.referrals) AS referrals
                  FROM (SELECT organization_id, status, referrals FROM referral_month WHERE {in} AND month BETWEEN ? AND ?
                        UNION ALL
                        SELECT organization_id, status, referrals FROM referral_day
                         WHERE {in} AND (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)) r
                  JOIN partner_place o ON o.id = r.organization_id
                 GROUP BY r.organization_id, o.name_ar, o.name_zgh, o.name_fr, o.name_en, r.status
                HAVING sum(r.referrals) > 0
                 ORDER BY o.name_fr, r.organization_id
                """.replace("{in}", in.sql())).params(splitParameters(in, from, to))
                .query((rs, n) -> {
                    long id = rs.getLong("organization_id");
                    names.put(id, names(rs));
                    counts.computeIfAbsent(id, k -> new EnumMap<>(ReferralStatus.class))
                            .put(ReferralStatus.valueOf(rs.getString("status")), rs.getInt("referrals"));
                    return id;
                }).list();
        List<PartnerReferrals> partners = new ArrayList<>();
        counts.forEach((id, byStatus) -> partners.add(new PartnerReferrals(id, names.get(id), byStatus)));
        return partners;
    }

    List<TrendReport.DayCount> days(Scope area, LocalDate from, LocalDate to) {
        Scope.Condition in = area.centers("center_id");
        return jdbc.sql("SELECT day, sum(issued) AS issued, sum(served) AS served FROM service_day WHERE " + in.sql()
                        + " AND day BETWEEN ? AND ? GROUP BY day ORDER BY day")
                .params(in.paramsThen(from, to))
                .query((rs, n) -> new TrendReport.DayCount(rs.getDate("day").toLocalDate(), rs.getInt("issued"), rs.getInt("served")))
                .list();
    }

    /**
     * The rollup rows of a range: whole months from {@code service_month}, the other days from
     * {@code service_day}; both sides have the same columns, the area's condition on each.
     */
    private static String rows(Scope.Condition in) {
        return """
            SELECT center_id, service_id, issued, called, served, no_shows, transferred, wait_seconds, wait_count,
                   service_seconds, service_count, waits
              FROM service_month WHERE {in} AND month BETWEEN ? AND ?
            UNION ALL
            SELECT center_id, service_id, issued, called, served, no_shows, transferred, wait_seconds, wait_count,
                   service_seconds, service_count, waits
              FROM service_day WHERE {in} AND (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)""".replace("{in}", in.sql());
    }

    /** The parameters of a month part, then of a day part, each after the area's condition's own. */
    private static Object[] splitParameters(Scope.Condition in, LocalDate from, LocalDate to) {
        Months months = Months.within(from, to);
        List<Object> all = new ArrayList<>(in.params());
        all.add(months.first());
        all.add(months.last());
        all.addAll(in.params());
        all.addAll(List.of(months.looseDays(from, to)));
        return all.toArray();
    }

    /**
     * The whole calendar months inside a range: from the first day of {@code first} to {@code end},
     * the last day of {@code last}. When there is none, {@code first} is after {@code end} and every
     * day of the range is read by day.
     */
    record Months(LocalDate first, LocalDate last, LocalDate end) {

        static Months within(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate end = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to : to.withDayOfMonth(1).minusDays(1);
            return new Months(first, end.withDayOfMonth(1), end);
        }

        boolean any() {
            return !first.isAfter(end);
        }

        /**
         * The days of {@code from}–{@code to} outside the whole months, as two ranges (before and
         * after them; either may be empty): two index ranges rather than one range with a hole.
         */
        Object[] looseDays(LocalDate from, LocalDate to) {
            LocalDate beforeFirst = first.minusDays(1);
            LocalDate afterEnd = end.plusDays(1);
            return new Object[] {from, beforeFirst.isBefore(to) ? beforeFirst : to, afterEnd.isAfter(from) ? afterEnd : from, to};
        }
    }

    private static WaitHistogram histogram(ResultSet rs) throws SQLException {
        int[] counts = new int[WaitHistogram.BUCKETS];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = rs.getInt("w" + (i + 1));
        }
        return new WaitHistogram(counts);
    }

    private static LocalizedText names(ResultSet rs) throws SQLException {
        return new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"), rs.getString("name_en"));
    }

}
