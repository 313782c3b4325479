package ma.socialhub.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Region;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.staff.Scope;
import ma.socialhub.visit.VisitOutcome;
import org.jspecify.annotations.Nullable;
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

    /** The figures of a service rollup row. */
    private static final String SERVICE_COLUMNS = """
            service_id, issued, called, served, no_shows, transferred, wait_seconds, wait_count, service_seconds, service_count,
            waits""";
    /** The figures of the centers' list, summed with their rows' signs ({@link Reading#signed}). */
    private static final String SIGNED_SUMS = Stream.concat(
            Stream.of("issued", "served", "no_shows", "transferred", "wait_seconds", "wait_count", "service_seconds", "service_count")
                    .map(f -> "sum(d.sign * d." + f + ") AS " + f),
            IntStream.rangeClosed(1, WaitHistogram.BUCKETS).mapToObj(i -> "sum(d.sign * d.waits[" + i + "]) AS w" + i))
            .collect(Collectors.joining(", "));
    /** A per-center table with each row's region, for the nation's figures per region after the region tables' last day. */
    private static final String BY_REGION = "(SELECT c.region_id, x.* FROM %s x JOIN center_place c ON c.id = x.center_id) r";
    private static final LocalizedText EMPTY = new LocalizedText("", "", "", "");

    private final JdbcClient jdbc;
    private final Catalog catalog;

    TrendQueries(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
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

    /**
     * Where a report's rows come from, per rollup: its region table up to the last day that table
     * holds exactly (the last day summed, or before its first day marked stale), if any.
     */
    Readings readings(Scope area, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT (%s) AS service, (%s) AS outcome, (%s) AS referral, (%s) AS appointment
                """.formatted(RegionRollups.exactThroughSql("service"), RegionRollups.exactThroughSql("outcome"),
                        RegionRollups.exactThroughSql("referral"), RegionRollups.exactThroughSql("appointment")))
                .query((rs, n) -> new Readings(new Reading(area, from, to, rs.getObject("service", LocalDate.class)),
                        new Reading(area, from, to, rs.getObject("outcome", LocalDate.class)),
                        new Reading(area, from, to, rs.getObject("referral", LocalDate.class)),
                        new Reading(area, from, to, rs.getObject("appointment", LocalDate.class)))).single();
    }

    /** The readings of the four rollups of a report. */
    record Readings(Reading service, Reading outcome, Reading referral, Reading appointment) {
    }

    /** Tickets issued per weekday and hour: whole months from their 168 cells, the range's other days by weekday. */
    int[][] heat(Reading r) {
        int[][] heat = new int[7][24];
        Rows months = r.months("issued_by_week_hour", new Rows());
        if (!months.isEmpty()) {
            jdbc.sql("SELECT " + WEEK_HOURS + " FROM (" + months.sql() + ") m")
                    .params(months.params())
                    .query((rs, n) -> {
                        for (int cell = 0; cell < 168; cell++) {
                            heat[cell / 24][cell % 24] += rs.getInt("c" + (cell + 1));
                        }
                        return n;
                    }).list();
        }
        Rows days = r.looseDays("day, issued_by_hour", new Rows());
        jdbc.sql("SELECT extract(isodow FROM day)::int AS dow, " + HOURS + " FROM (" + days.sql() + ") d GROUP BY 1")
                .params(days.params())
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
    List<ServiceTrend> services(Reading r) {
        Rows rows = r.serviceRows(null);
        return jdbc.sql("""
                SELECT d.service_id, s.letter, s.name_ar, s.name_zgh, s.name_fr, s.name_en, s.target_wait_minutes,
                       sum(d.issued) AS issued, sum(d.called) AS called, sum(d.served) AS served, sum(d.no_shows) AS no_shows,
                       sum(d.transferred) AS transferred, sum(d.wait_seconds) AS wait_seconds, sum(d.wait_count) AS wait_count,
                       sum(d.service_seconds) AS service_seconds, sum(d.service_count) AS service_count, %s
                  FROM (%s) d JOIN service_label s ON s.id = d.service_id
                 GROUP BY d.service_id, s.letter, s.name_ar, s.name_zgh, s.name_fr, s.name_en, s.target_wait_minutes
                 ORDER BY s.letter
                """.formatted(WAITS.replace("waits[", "d.waits["), rows.sql()))
                .params(rows.params())
                .query((rs, n) -> new ServiceTrend(rs.getLong("service_id"), rs.getString("letter").charAt(0),
                        names(rs), rs.getInt("target_wait_minutes"), rs.getInt("issued"), rs.getInt("called"), rs.getInt("served"),
                        rs.getInt("no_shows"), rs.getInt("transferred"),
                        LiveFigures.average(rs.getDouble("wait_seconds"), rs.getInt("wait_count")), histogram(rs),
                        LiveFigures.average(rs.getDouble("service_seconds"), rs.getInt("service_count"))))
                .list();
    }

    /**
     * The area's appointments over the range, per service (by letter) or per center (the most
     * booked first); for the nation, per region rather than per center.
     */
    List<AppointmentFigures> appointments(Reading r, boolean perCenter) {
        if (perCenter && r.byRegion()) {
            Rows rows = r.dayRows("region_id, booked, checked_in, no_shows, cancelled, called, on_time",
                    "region_appointment_day", BY_REGION.formatted("appointment_day"));
            return perRegion(jdbc.sql("""
                    SELECT region_id, sum(booked) AS booked, sum(checked_in) AS checked_in, sum(no_shows) AS no_shows,
                           sum(cancelled) AS cancelled, sum(called) AS called, sum(on_time) AS on_time
                      FROM (%s) a GROUP BY region_id ORDER BY sum(booked) DESC, region_id""".formatted(rows.sql()))
                    .params(rows.params()).query((rs, n) -> Map.entry(rs.getShort("region_id"), appointment(rs, "", EMPTY))).list(),
                    (region, a) -> appointment(a, region.code(), region.name()));
        }
        if (perCenter) {
            Scope.Condition in = r.area().centers("a.center_id");
            return jdbc.sql("""
                    SELECT c.code AS key, c.name_ar, c.name_zgh, c.name_fr, c.name_en, sum(a.booked) AS booked,
                           sum(a.checked_in) AS checked_in, sum(a.no_shows) AS no_shows, sum(a.cancelled) AS cancelled,
                           sum(a.called) AS called, sum(a.on_time) AS on_time
                      FROM appointment_day a JOIN center_place c ON c.id = a.center_id
                     WHERE %s AND a.day BETWEEN ? AND ?
                     GROUP BY c.code, c.name_ar, c.name_zgh, c.name_fr, c.name_en
                     ORDER BY sum(a.booked) DESC, c.code
                    """.formatted(in.sql()))
                    .params(in.paramsThen(r.from(), r.to()))
                    .query((rs, n) -> appointment(rs, rs.getString("key"), names(rs))).list();
        }
        Rows rows = r.dayRows("service_id, booked, checked_in, no_shows, cancelled, called, on_time", "region_appointment_day",
                "appointment_day");
        return jdbc.sql("""
                SELECT s.letter AS key, s.name_ar, s.name_zgh, s.name_fr, s.name_en, sum(a.booked) AS booked,
                       sum(a.checked_in) AS checked_in, sum(a.no_shows) AS no_shows, sum(a.cancelled) AS cancelled,
                       sum(a.called) AS called, sum(a.on_time) AS on_time
                  FROM (%s) a JOIN service_label s ON s.id = a.service_id
                 GROUP BY s.letter, s.name_ar, s.name_zgh, s.name_fr, s.name_en
                 ORDER BY s.letter
                """.formatted(rows.sql()))
                .params(rows.params())
                .query((rs, n) -> appointment(rs, rs.getString("key"), names(rs))).list();
    }

    /**
     * Each center of the area over the range, the busiest first; for the nation, each region: a
     * national list of a few thousand centers would be read by nobody and cost the most.
     */
    List<CenterTrend> centers(Reading r) {
        String sums = """
                sum(d.issued) AS issued, sum(d.served) AS served, sum(d.no_shows) AS no_shows,
                sum(d.transferred) AS transferred, sum(d.wait_seconds) AS wait_seconds, sum(d.wait_count) AS wait_count,
                sum(d.service_seconds) AS service_seconds, sum(d.service_count) AS service_count, """
                + WAITS.replace("waits[", "d.waits[");
        if (r.byRegion()) {
            Rows rows = r.serviceRows("region_id");
            return perRegion(jdbc.sql("SELECT d.region_id, " + sums + " FROM (" + rows.sql() + ") d GROUP BY d.region_id")
                    .params(rows.params())
                    .query((rs, n) -> Map.entry(rs.getShort("region_id"), centerTrend(rs, 0, "", EMPTY))).list(),
                    (region, c) -> new CenterTrend(region.id(), region.code(), region.name(), c.issued(), c.served(), c.noShows(),
                            c.transferred(), c.averageWait(), c.waits(), c.averageService()))
                    .stream().sorted(Comparator.comparingInt(CenterTrend::issued).reversed().thenComparing(CenterTrend::code))
                    .toList();
        }
        // a center's rows of a long part of a month read as its month row less the month's other days:
        // the day rows of a region's centers lie among every center's rows of those days
        Rows rows = Reading.signed(new Rows(), "center_id, " + SERVICE_COLUMNS, "service_month", "service_day",
                r.area().centers("center_id"), r.from(), r.to());
        return jdbc.sql("""
                SELECT d.center_id, c.code, c.name_ar, c.name_zgh, c.name_fr, c.name_en, %s
                  FROM (%s) d JOIN center_place c ON c.id = d.center_id
                 GROUP BY d.center_id, c.code, c.name_ar, c.name_zgh, c.name_fr, c.name_en
                HAVING sum(d.sign * d.issued) <> 0 OR sum(d.sign * d.served) <> 0 OR sum(d.sign * d.no_shows) <> 0
                    OR sum(d.sign * d.transferred) <> 0 OR sum(d.sign * d.wait_count) <> 0 OR sum(d.sign * d.service_count) <> 0
                 ORDER BY sum(d.sign * d.issued) DESC, c.code
                """.formatted(SIGNED_SUMS, rows.sql()))
                .params(rows.params())
                .query((rs, n) -> centerTrend(rs, rs.getLong("center_id"), rs.getString("code"), names(rs)))
                .list();
    }

    Map<VisitOutcome, Integer> outcomes(Reading r) {
        Rows rows = r.split("outcome, visits", "visit_outcome_month", "visit_outcome_day", "region_outcome_day");
        Map<VisitOutcome, Integer> outcomes = new EnumMap<>(VisitOutcome.class);
        jdbc.sql("SELECT outcome, sum(visits) AS visits FROM (" + rows.sql() + ") v GROUP BY outcome")
                .params(rows.params())
                .query((rs, n) -> outcomes.put(VisitOutcome.valueOf(rs.getString("outcome")), rs.getInt("visits"))).list();
        outcomes.values().removeIf(v -> v == 0);
        return outcomes;
    }

    List<PartnerReferrals> referrals(Reading r) {
        Rows rows = r.split("organization_id, status, referrals", "referral_month", "referral_day", "region_referral_day");
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        Map<Long, Map<ReferralStatus, Integer>> counts = new LinkedHashMap<>();
        // summed before the names are joined: a nation's year is tens of thousands of rows, sorted by
        // their names they spilled to disk (87 ms)
        jdbc.sql("""
                SELECT r.organization_id, o.name_ar, o.name_zgh, o.name_fr, o.name_en, r.status, r.referrals
                  FROM (SELECT organization_id, status, sum(referrals) AS referrals FROM (%s) x
                         GROUP BY organization_id, status HAVING sum(referrals) > 0) r
                  JOIN partner_place o ON o.id = r.organization_id
                 ORDER BY o.name_fr, r.organization_id
                """.formatted(rows.sql())).params(rows.params())
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

    List<TrendReport.DayCount> days(Reading r) {
        Rows rows = r.dayRows("day, issued, served", "region_service_day", "service_day");
        return jdbc.sql("SELECT day, sum(issued) AS issued, sum(served) AS served FROM (" + rows.sql() + ") d GROUP BY day ORDER BY day")
                .params(rows.params())
                .query((rs, n) -> new TrendReport.DayCount(rs.getDate("day").toLocalDate(), rs.getInt("issued"), rs.getInt("served")))
                .list();
    }

    /** Rows keyed by region id, named from the catalogue's regions, in the catalogue's order. */
    private <T> List<T> perRegion(List<Map.Entry<Short, T>> rows, BiFunction<Region, T, T> named) {
        Map<Short, T> byRegion = rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return catalog.regions().stream().filter(region -> byRegion.containsKey(region.id()))
                .map(region -> named.apply(region, byRegion.get(region.id()))).toList();
    }

    private static AppointmentFigures appointment(ResultSet rs, String key, LocalizedText name) throws SQLException {
        return new AppointmentFigures(key, name, rs.getInt("booked"), rs.getInt("checked_in"), rs.getInt("no_shows"),
                rs.getInt("cancelled"), rs.getInt("called"), rs.getInt("on_time"));
    }

    private static AppointmentFigures appointment(AppointmentFigures a, String key, LocalizedText name) {
        return new AppointmentFigures(key, name, a.booked(), a.checkedIn(), a.noShows(), a.cancelled(), a.called(), a.onTime());
    }

    private static CenterTrend centerTrend(ResultSet rs, long id, String code, LocalizedText name) throws SQLException {
        return new CenterTrend(id, code, name, rs.getInt("issued"), rs.getInt("served"), rs.getInt("no_shows"), rs.getInt("transferred"),
                LiveFigures.average(rs.getDouble("wait_seconds"), rs.getInt("wait_count")), histogram(rs),
                LiveFigures.average(rs.getDouble("service_seconds"), rs.getInt("service_count")));
    }

    /** SQL rows and their parameters, in the order of their placeholders, joined with UNION ALL. */
    static final class Rows {
        private final List<String> selects = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Rows add(String select, Object... values) {
            selects.add(select);
            params.addAll(Arrays.asList(values));
            return this;
        }

        boolean isEmpty() {
            return selects.isEmpty();
        }

        String sql() {
            return String.join("\nUNION ALL\n", selects);
        }

        Object[] params() {
            return params.toArray();
        }
    }

    /**
     * Where a report's rows come from. For the nation or a region, the days up to {@code through}
     * come from the region tables and the later ones from the per-center tables; a province's or a
     * center's from the per-center tables alone. Each side reads its whole months from a month
     * table when it has one, its other days from a day table.
     */
    record Reading(Scope area, LocalDate from, LocalDate to, @Nullable LocalDate through) {

        /** For the nation, figures per region rather than per center. */
        boolean byRegion() {
            return area.level() == Scope.Level.NATION;
        }

        /** The last day read from the region tables; before {@code from} when none is. */
        LocalDate rolledTo() {
            LocalDate last = through;
            if (last == null || last.isBefore(from) || area.level() == Scope.Level.PROVINCE || area.level() == Scope.Level.CENTER) {
                return from.minusDays(1);
            }
            return last.isBefore(to) ? last : to;
        }

        /** Rows of the service rollups: every figure, after {@code key} (a column both sides have) if any. */
        Rows serviceRows(@Nullable String key) {
            String centerTable = "region_id".equals(key) ? BY_REGION : "%s";
            return split(key == null ? SERVICE_COLUMNS : key + ", " + SERVICE_COLUMNS, centerTable.formatted("service_month"), centerTable.formatted("service_day"),
                    "region_service_month", "region_service_day");
        }

        /** Rows of tables kept by day only, on both sides. */
        Rows dayRows(String columns, String regionDay, String centerDay) {
            Rows rows = regionDays(columns, regionDay);
            if (rolledTo().isBefore(to)) {
                Scope.Condition in = area.centers("center_id");
                rows.add("SELECT " + columns + " FROM " + centerDay + " WHERE " + in.sql() + " AND day BETWEEN ? AND ?",
                        in.paramsThen(rolledTo().plusDays(1), to));
            }
            return rows;
        }

        /** Rows of tables kept by month and by day per center, and by day only per region. */
        Rows split(String columns, String centerMonth, String centerDay, String regionDay) {
            return centerSide(regionDays(columns, regionDay), columns, centerMonth, centerDay);
        }

        /** Rows of tables kept by month and by day on both sides. */
        Rows split(String columns, String centerMonth, String centerDay, String regionMonth, String regionDay) {
            Rows rows = new Rows();
            if (!rolledTo().isBefore(from)) {
                split(rows, columns, regionMonth, regionDay, area.regions("region_id"), from, rolledTo());
            }
            return centerSide(rows, columns, centerMonth, centerDay);
        }

        private Rows regionDays(String columns, String regionDay) {
            Rows rows = new Rows();
            if (!rolledTo().isBefore(from)) {
                Scope.Condition in = area.regions("region_id");
                rows.add("SELECT " + columns + " FROM " + regionDay + " WHERE " + in.sql() + " AND day BETWEEN ? AND ?",
                        in.paramsThen(from, rolledTo()));
            }
            return rows;
        }

        /** The days after the region tables' last one, from the per-center tables: whole months by month. */
        private Rows centerSide(Rows rows, String columns, String centerMonth, String centerDay) {
            if (rolledTo().isBefore(to)) {
                split(rows, columns, centerMonth, centerDay, area.centers("center_id"), rolledTo().plusDays(1), to);
            }
            return rows;
        }

        /** The whole months of both sides, from their month tables. */
        Rows months(String columns, Rows rows) {
            if (!rolledTo().isBefore(from)) {
                months(rows, columns, "region_service_month", area.regions("region_id"), Months.within(from, rolledTo()));
            }
            if (rolledTo().isBefore(to)) {
                months(rows, columns, "service_month", area.centers("center_id"), Months.within(rolledTo().plusDays(1), to));
            }
            return rows;
        }

        /** The days of both sides outside their whole months, from their day tables. */
        Rows looseDays(String columns, Rows rows) {
            if (!rolledTo().isBefore(from)) {
                looseDays(rows, columns, "region_service_day", area.regions("region_id"), from, rolledTo());
            }
            if (rolledTo().isBefore(to)) {
                looseDays(rows, columns, "service_day", area.centers("center_id"), rolledTo().plusDays(1), to);
            }
            return rows;
        }

        static Rows split(Rows rows, String columns, String monthTable, String dayTable, Scope.Condition in, LocalDate from, LocalDate to) {
            months(rows, columns, monthTable, in, Months.within(from, to));
            return looseDays(rows, columns, dayTable, in, from, to);
        }

        /**
         * Rows of a range with a {@code sign} column, month by month: a whole month from the month
         * table; a part of a month from the day table, or, when its month's other days are fewer,
         * as the month's row (+1) less those other days (−1). The month rows hold the sums of their
         * days (ADR 0015), so either way the signed sums are the range's; only fewer day rows are read.
         */
        static Rows signed(Rows rows, String columns, String monthTable, String dayTable, Scope.Condition in, LocalDate from,
                LocalDate to) {
            for (LocalDate start = from; !start.isAfter(to); start = start.withDayOfMonth(1).plusMonths(1)) {
                LocalDate monthStart = start.withDayOfMonth(1);
                LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
                LocalDate end = monthEnd.isBefore(to) ? monthEnd : to;
                int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
                int otherDays = monthStart.lengthOfMonth() - days;
                if (otherDays == 0 || 1 + otherDays < days) {
                    rows.add("SELECT 1 AS sign, " + columns + " FROM " + monthTable + " WHERE " + in.sql() + " AND month = ?",
                            in.paramsThen(monthStart));
                    if (start.isAfter(monthStart)) {
                        signedDays(rows, -1, columns, dayTable, in, monthStart, start.minusDays(1));
                    }
                    if (end.isBefore(monthEnd)) {
                        signedDays(rows, -1, columns, dayTable, in, end.plusDays(1), monthEnd);
                    }
                } else {
                    signedDays(rows, 1, columns, dayTable, in, start, end);
                }
            }
            return rows;
        }

        private static void signedDays(Rows rows, int sign, String columns, String table, Scope.Condition in, LocalDate from,
                LocalDate to) {
            rows.add("SELECT " + sign + " AS sign, " + columns + " FROM " + table + " WHERE " + in.sql() + " AND day BETWEEN ? AND ?",
                    in.paramsThen(from, to));
        }

        private static void months(Rows rows, String columns, String table, Scope.Condition in, Months months) {
            if (months.any()) {
                rows.add("SELECT " + columns + " FROM " + table + " WHERE " + in.sql() + " AND month BETWEEN ? AND ?",
                        in.paramsThen(months.first(), months.last()));
            }
        }

        /**
         * One select a range of days outside the whole months, each a plain range of the table's
         * (center or region, day) key: PostgreSQL 15 cannot use two ORed ranges as an index
         * condition and read every day of a center's two years instead (4 ms a center, issue 18).
         * With no loose day, one select of nothing, so that the rows are never empty.
         */
        private static Rows looseDays(Rows rows, String columns, String table, Scope.Condition in, LocalDate from, LocalDate to) {
            List<LocalDate[]> ranges = Months.within(from, to).looseDays(from, to);
            if (ranges.isEmpty()) {
                return rows.add("SELECT " + columns + " FROM " + table + " WHERE FALSE");
            }
            for (LocalDate[] range : ranges) {
                rows.add("SELECT " + columns + " FROM " + table + " WHERE " + in.sql() + " AND day BETWEEN ? AND ?",
                        in.paramsThen(range[0], range[1]));
            }
            return rows;
        }
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
         * The days of {@code from}–{@code to} outside the whole months: the range itself when it
         * holds no whole month, otherwise the days before them and the days after them, each if any.
         */
        List<LocalDate[]> looseDays(LocalDate from, LocalDate to) {
            if (!any()) {
                return List.<LocalDate[]>of(new LocalDate[] {from, to});
            }
            List<LocalDate[]> ranges = new ArrayList<>();
            if (from.isBefore(first)) {
                ranges.add(new LocalDate[] {from, first.minusDays(1)});
            }
            if (end.isBefore(to)) {
                ranges.add(new LocalDate[] {end.plusDays(1), to});
            }
            return ranges;
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
