package ma.socialhub.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Grows a hub to the nation's shape for the supervision benchmark: active centers up to a total
 * (2,000), spread over the 12 regions by population, each offering a few services at a few counters,
 * and years of their history in every supervision rollup.
 *
 * <p>The history is written as the rollup rows themselves, not as tickets: two years of tickets at
 * 2,000 centers are some 100 million rows, which this machine cannot hold, and which the screens
 * under test never read (they read rollups, ADR 0015). The rows are drawn as VolumeGenerator draws
 * tickets (seasons, weekdays, a Monday peak, a morning peak, log-normal waits and service times) and
 * counted in memory ticket by ticket, so each row holds together (issued is the sum of its hours,
 * waits the histogram of wait_count drawn waits, served + no-shows ≤ called) and each month row is
 * the exact sum of its days. Waits and service times are whole seconds, so that sums of them in any
 * order are exact. No ticket, visit, referral or booking stands behind these rows: a recount from
 * the facts does not find them.
 */
final class NationalShape {

    static final String CODE_PREFIX = "n-";

    private static final String ZONE = "Africa/Casablanca";
    /** The tables written; their triggers are off while they are, since the rows come with their sums. */
    private static final List<String> ROLLUPS = List.of("service_day", "service_month", "visit_outcome_day",
            "visit_outcome_month", "referral_day", "referral_month", "appointment_day");
    /** Kept by the answers' trigger in a live hub; written here from the generated days (ADR 0032). */
    private static final List<String> FEEDBACK_ROLLUPS = List.of("feedback_day", "feedback_month", "feedback_region_day",
            "feedback_region_month");
    /** Small enough that a batch's rows stay a few megabytes, large enough that COPY dominates round trips. */
    private static final int CENTERS_PER_BATCH = 25;
    private static final int FLUSH_CHARS = 1 << 20;

    /** Inhabitants per region id (thousands, 2024 census): where the centers go. */
    private static final int[] POPULATION = {0, 4030, 2295, 4468, 5133, 2526, 7689, 4892, 1656, 3020, 449, 451, 220};
    private static final String[] KINDS = {"SOCIAL_POLE", "MULTIDISCIPLINARY", "YOUTH_PLATFORM", "ELDERLY", "CHILDHOOD",
            "EMERGENCY"};
    private static final double[] KIND_SHARES = {0.45, 0.30, 0.10, 0.05, 0.05, 0.05};

    /** Lower bounds of wait buckets 2 to 20, as wait_bucket() (V15) has them. */
    private static final long[] WAIT_BOUNDS = {60, 120, 180, 300, 420, 600, 900, 1200, 1500, 1800, 2400, 3000, 3600, 4500,
            5400, 7200, 9000, 10800, 14400};
    /** VolumeGenerator's cap: a wait beyond four hours is a ticket forgotten, not a wait. */
    private static final double LONGEST_WAIT = 14400;
    private static final int FIRST_HOUR = 8;
    /** Shares of a day's tickets taken from 8 h to 16 h: people come in the morning. */
    private static final double[] HOURS = {0.09, 0.17, 0.19, 0.16, 0.10, 0.07, 0.09, 0.08, 0.05};
    /** Monday to Friday: Mondays are busiest, Friday (the prayer) lightest. */
    private static final double[] WEEKDAY = {1.25, 1.1, 1.0, 0.95, 0.7};
    /** The public holidays on fixed dates; the religious ones move with the moon and are left out. */
    private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 11), MonthDay.of(1, 14),
            MonthDay.of(5, 1), MonthDay.of(7, 30), MonthDay.of(8, 14), MonthDay.of(8, 20), MonthDay.of(8, 21),
            MonthDay.of(11, 6), MonthDay.of(11, 18));

    /** VisitOutcome's values, and how visits end (VolumeGenerator's shares). */
    private static final String[] OUTCOMES = {"SERVED", "ORIENTED", "REFERRED", "FOLLOW_UP", "LEFT"};
    private static final double[] OUTCOME_SHARES = {0.50, 0.25, 0.12, 0.10, 0.03};
    private static final int REFERRED = 2;
    /** ReferralStatus's values: a referral's status is its current one, so young referrals are still open. */
    private static final String[] STATUSES = {"PROPOSED", "SENT", "ACCEPTED", "DECLINED", "IN_ACCOMPANIMENT", "COMPLETED",
            "DROPPED"};
    private static final double[] YOUNG_STATUS = {0.05, 0.35, 0.25, 0.08, 0.22, 0.0, 0.05};
    private static final double[] SETTLED_STATUS = {0.0, 0.03, 0.04, 0.10, 0.25, 0.43, 0.15};
    private static final int SETTLING_DAYS = 60;

    /** Indexes of a service's counts, in the order of the rollup columns. */
    private static final int ISSUED = 0;
    private static final int CALLED = 1;
    private static final int SERVED = 2;
    private static final int NO_SHOWS = 3;
    private static final int TRANSFERRED = 4;
    private static final int WAIT_COUNT = 5;
    private static final int COUNTS = 6;
    private static final int WAITED = 0;
    private static final int SERVING = 1;

    private static final String FIGURES =
            "issued, called, served, no_shows, transferred, wait_count, wait_seconds, service_count, service_seconds";

    private final DataSource dataSource;
    private final long seed;

    NationalShape(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.seed = seed;
    }

    /** Centers it added earlier (code LIKE 'n-%'). */
    int addedCenters() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM center WHERE code LIKE ?")) {
            s.setString(1, CODE_PREFIX + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds active centers until the hub has {@code total} active ones, in proportion to each region's
     * population, in that region's provinces (the main provinces of each region are added first where
     * missing: the demo has provinces in four regions only). One transaction. Returns how many it added.
     */
    int addCenters(int total) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int added = insertCenters(c, total);
                c.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Adding centers failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the added centers' rollups over {@code first..last}: service_day, visit_outcome_day,
     * referral_day and appointment_day by COPY, and their months added to service_month,
     * visit_outcome_month and referral_month (added, not replaced, so that a month holding days
     * outside the range, today's live tickets say, stays the sum of its days). Refuses a range where
     * these centers already have rows. Returns the number of service_day rows written.
     */
    long writeHistory(LocalDate first, LocalDate last, DoubleConsumer progress) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("History from " + first + " to " + last + " ends before it starts");
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            List<AddedCenter> centers = centersAdded(c);
            if (centers.isEmpty()) {
                progress.accept(1);
                return 0;
            }
            if (hasHistory(c, first, last)) {
                throw new IllegalStateException("The added centers already have rollups between " + first + " and " + last);
            }
            HistoryWriter writer = new HistoryWriter(first, last, seed, services(c), partnersByRegion(c));
            CopyManager copies = c.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            switchTriggers(c, "DISABLE");
            try {
                execute(c, STAGING);
                c.setAutoCommit(false);
                try {
                    for (int from = 0; from < centers.size(); from += CENTERS_PER_BATCH) {
                        List<AddedCenter> batch = centers.subList(from, Math.min(centers.size(), from + CENTERS_PER_BATCH));
                        rows += writer.batch(c, copies, batch);
                        c.commit();
                        progress.accept(0.95 * (from + batch.size()) / centers.size());
                    }
                    markRegionDaysStale(c, first, last);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } finally {
                switchTriggers(c, "ENABLE");
                execute(c, List.of(DROP_STAGING));
            }
            // rows in the order a live hub writes them: each day's rows of every center together (the
            // batches above go center by center, which favoured one center's reads and hurt a day's)
            execute(c, List.of("CLUSTER service_day USING service_day_day_idx", "CLUSTER visit_outcome_day USING visit_outcome_day_day_idx",
                    "CLUSTER referral_day USING referral_day_day_idx", "CLUSTER appointment_day USING appointment_day_day_idx"));
            writeFeedback(c, first, last);
            // the first benchmark queries would otherwise be planned for the empty tables of before, and
            // for the demo's 5 provinces and 10 centers (the region screens joined them by merge, 3 s)
            execute(c, List.of("ANALYZE " + String.join(", ", ROLLUPS) + ", " + String.join(", ", FEEDBACK_ROLLUPS)
                    + ", province, center, counter, counter_service"));
            progress.accept(1);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the national history failed: " + e.getMessage(), e);
        }
    }

    /**
     * What the citizens said at the added centers (ADR 0032), as the answers' trigger would have
     * summed it: 10 to 20 % of each day's served visits answer (varying by center and day), mean
     * about 3.8 of 5, seven in ten satisfied, one in five naming the wait; the satisfied waited less
     * than the day's mean, the unsatisfied more. Then the months and the regions, summed from those
     * days, added to any row already there.
     */
    private static void writeFeedback(Connection c, LocalDate first, LocalDate last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO feedback_day (center_id, day, service_id, answers, total, satisfied, about_wait, wait_satisfied_count,
                                          wait_satisfied_seconds, wait_unsatisfied_count, wait_unsatisfied_seconds, region_id)
                SELECT d.center_id, d.day, d.service_id, a.n, a.n * 4 - a.n / 5, a.n * 7 / 10, a.n / 5, a.n * 7 / 10,
                       (a.n * 7 / 10 * a.mean * 0.8)::bigint, a.n / 8, (a.n / 8 * a.mean * 1.6)::bigint, p.region_id
                  FROM service_day d JOIN center_place p ON p.id = d.center_id
                 CROSS JOIN LATERAL (SELECT d.served * (10 + abs(hashint8(d.center_id * 100000 + (d.day - DATE '2000-01-01'))) % 11) / 100 AS n,
                                            d.wait_seconds / greatest(d.wait_count, 1) AS mean) a
                 WHERE d.center_id IN (SELECT id FROM center WHERE code LIKE ?) AND d.day BETWEEN ? AND ? AND a.n > 0
                 ORDER BY d.day""")) {
            s.setString(1, CODE_PREFIX + "%");
            s.setObject(2, first);
            s.setObject(3, last);
            s.executeUpdate();
        }
        String sums = "sum(answers), sum(total), sum(satisfied), sum(about_wait), sum(wait_satisfied_count), "
                + "sum(wait_satisfied_seconds), sum(wait_unsatisfied_count), sum(wait_unsatisfied_seconds)";
        String add = " DO UPDATE SET answers = t.answers + EXCLUDED.answers, total = t.total + EXCLUDED.total,"
                + " satisfied = t.satisfied + EXCLUDED.satisfied, about_wait = t.about_wait + EXCLUDED.about_wait,"
                + " wait_satisfied_count = t.wait_satisfied_count + EXCLUDED.wait_satisfied_count,"
                + " wait_satisfied_seconds = t.wait_satisfied_seconds + EXCLUDED.wait_satisfied_seconds,"
                + " wait_unsatisfied_count = t.wait_unsatisfied_count + EXCLUDED.wait_unsatisfied_count,"
                + " wait_unsatisfied_seconds = t.wait_unsatisfied_seconds + EXCLUDED.wait_unsatisfied_seconds";
        String added = "d.center_id IN (SELECT id FROM center WHERE code LIKE '" + CODE_PREFIX + "%') AND d.day BETWEEN '"
                + first + "' AND '" + last + "'";
        String columns = "answers, total, satisfied, about_wait, wait_satisfied_count, wait_satisfied_seconds, "
                + "wait_unsatisfied_count, wait_unsatisfied_seconds";
        execute(c, List.of(
                "INSERT INTO feedback_month AS t (center_id, month, service_id, region_id, " + columns + ") SELECT d.center_id,"
                        + " date_trunc('month', d.day)::date, d.service_id, min(d.region_id), " + sums + " FROM feedback_day d WHERE "
                        + added + " GROUP BY 1, 2, 3 ON CONFLICT (center_id, month, service_id)" + add,
                "INSERT INTO feedback_region_day AS t (region_id, day, service_id, " + columns + ") SELECT p.region_id, d.day,"
                        + " d.service_id, " + sums + " FROM feedback_day d JOIN center_place p ON p.id = d.center_id WHERE " + added
                        + " GROUP BY 1, 2, 3 ON CONFLICT (region_id, day, service_id)" + add,
                "INSERT INTO feedback_region_month AS t (region_id, month, service_id, " + columns + ") SELECT p.region_id,"
                        + " date_trunc('month', d.day)::date, d.service_id, " + sums + " FROM feedback_day d JOIN center_place p"
                        + " ON p.id = d.center_id WHERE " + added + " GROUP BY 1, 2, 3 ON CONFLICT (region_id, month, service_id)" + add));
    }

    // --- centers ---

    private int insertCenters(Connection c, int total) throws SQLException {
        int missing = total - (int) single(c, "SELECT count(*) FROM center WHERE active");
        if (missing <= 0) {
            return 0;
        }
        insertProvinces(c);
        Map<Integer, List<Place>> provinces = provincesByRegion(c);
        long[] services = ids(c, "SELECT id FROM social_service WHERE active ORDER BY display_order, id");
        if (services.length == 0) {
            throw new IllegalStateException("The hub has no active service for its centers to offer");
        }
        int number = (int) single(c, String.format(Locale.ROOT,
                "SELECT coalesce(max(substring(code FROM %d)::int), 0) FROM center WHERE code ~ '^%s[0-9]+$'",
                CODE_PREFIX.length() + 1, CODE_PREFIX));
        SplittableRandom random = new SplittableRandom(seed);
        int[] perRegion = perRegion(missing, provinces.keySet());
        List<NewCenter> made = new ArrayList<>();
        for (int region = 1; region < perRegion.length; region++) {
            List<Place> places = provinces.getOrDefault(region, List.of());
            for (int i = 0; i < perRegion[region]; i++) {
                made.add(newCenter(++number, places.get(random.nextInt(places.size())), services, random));
            }
        }

        Map<String, Long> centerIds = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO center (province_id, code, kind, name_ar, name_zgh, name_fr, name_en, time_zone)
                SELECT u.province, u.code, u.kind, u.ar, u.zgh, u.fr, u.en, ?
                  FROM unnest(?::int4[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                       AS u(province, code, kind, ar, zgh, fr, en)
                RETURNING id, code""")) {
            s.setString(1, ZONE);
            s.setArray(2, c.createArrayOf("int4", made.stream().map(NewCenter::province).toArray(Integer[]::new)));
            s.setArray(3, texts(c, made, NewCenter::code));
            s.setArray(4, texts(c, made, NewCenter::kind));
            s.setArray(5, texts(c, made, NewCenter::ar));
            s.setArray(6, texts(c, made, NewCenter::zgh));
            s.setArray(7, texts(c, made, NewCenter::fr));
            s.setArray(8, texts(c, made, NewCenter::en));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    centerIds.put(rs.getString(2), rs.getLong(1));
                }
            }
        }

        List<Long> counterCenters = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (NewCenter center : made) {
            for (int k = 1; k <= center.counters(); k++) {
                counterCenters.add(centerIds.get(center.code()));
                labels.add(Integer.toString(k));
            }
        }
        Map<String, Long> counters = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO counter (center_id, label) SELECT * FROM unnest(?::int8[], ?::text[]) RETURNING id, center_id, label""")) {
            s.setArray(1, c.createArrayOf("int8", counterCenters.toArray(Long[]::new)));
            s.setArray(2, c.createArrayOf("text", labels.toArray(String[]::new)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counters.put(rs.getLong(2) + "/" + rs.getString(3), rs.getLong(1));
                }
            }
        }

        // every service at some counter, every counter serving something: services go round the
        // counters, and counters left over take a service again as overflow
        List<Long> servingCounters = new ArrayList<>();
        List<Long> servedServices = new ArrayList<>();
        for (NewCenter center : made) {
            long id = centerIds.get(center.code());
            long[] offered = center.services();
            for (int i = 0; i < offered.length; i++) {
                servingCounters.add(counters.get(id + "/" + (i % center.counters() + 1)));
                servedServices.add(offered[i]);
            }
            for (int k = offered.length; k < center.counters(); k++) {
                servingCounters.add(counters.get(id + "/" + (k + 1)));
                servedServices.add(offered[k % offered.length]);
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO counter_service (counter_id, service_id) SELECT * FROM unnest(?::int8[], ?::int8[])")) {
            s.setArray(1, c.createArrayOf("int8", servingCounters.toArray(Long[]::new)));
            s.setArray(2, c.createArrayOf("int8", servedServices.toArray(Long[]::new)));
            s.executeUpdate();
        }
        return made.size();
    }

    private static NewCenter newCenter(int number, Place province, long[] services, SplittableRandom random) {
        int offered = Math.min(services.length, 3 + random.nextInt(4));
        long[] chosen = new long[offered];
        // the first service in display order (reception and orientation) is where every center starts
        chosen[0] = services[0];
        long[] others = Arrays.copyOfRange(services, 1, services.length);
        for (int i = 1; i < offered; i++) {
            int j = i - 1 + random.nextInt(others.length - (i - 1));
            long taken = others[j];
            others[j] = others[i - 1];
            others[i - 1] = taken;
            chosen[i] = taken;
        }
        // Locale.ROOT: Western digits in every name and in the code, whatever the machine's locale
        return new NewCenter(CODE_PREFIX + String.format(Locale.ROOT, "%04d", number), province.id(),
                KINDS[pick(random, KIND_SHARES)],
                String.format(Locale.ROOT, "المركز الاجتماعي رقم %d — %s", number, province.ar()),
                String.format(Locale.ROOT, "ⴰⵎⵙⵙⵓⴷⵙ ⴰⵏⴰⵎⵓⵏ %d — %s", number, province.zgh()),
                String.format(Locale.ROOT, "Centre social n°%d — %s", number, province.fr()),
                String.format(Locale.ROOT, "Social center no. %d — %s", number, province.en()),
                2 + random.nextInt(5), chosen);
    }

    /** {@code count} split over the regions by population, by largest remainder so that the parts add up. */
    private static int[] perRegion(int count, Set<Integer> regions) {
        int[] parts = new int[POPULATION.length];
        double[] remainders = new double[POPULATION.length];
        double population = regions.stream().mapToDouble(r -> POPULATION[r]).sum();
        int given = 0;
        for (int region : regions) {
            double exact = count * POPULATION[region] / population;
            parts[region] = (int) exact;
            remainders[region] = exact - parts[region];
            given += parts[region];
        }
        for (; given < count; given++) {
            int largest = regions.iterator().next();
            for (int region : regions) {
                if (remainders[region] > remainders[largest]) {
                    largest = region;
                }
            }
            parts[largest]++;
            remainders[largest] = -1;
        }
        return parts;
    }

    private static void insertProvinces(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO province (region_id, code, name_ar, name_zgh, name_fr, name_en)
                SELECT u.region, u.code, u.ar, u.zgh, u.fr, u.en
                  FROM unnest(?::int4[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(region, code, ar, zgh, fr, en)
                 WHERE u.region IN (SELECT id FROM region)
                ON CONFLICT (code) DO NOTHING""")) {
            s.setArray(1, c.createArrayOf("int4", PROVINCES.stream().map(Province::region).toArray(Integer[]::new)));
            s.setArray(2, c.createArrayOf("text", PROVINCES.stream().map(Province::code).toArray(String[]::new)));
            s.setArray(3, c.createArrayOf("text", PROVINCES.stream().map(Province::ar).toArray(String[]::new)));
            s.setArray(4, c.createArrayOf("text", PROVINCES.stream().map(Province::zgh).toArray(String[]::new)));
            s.setArray(5, c.createArrayOf("text", PROVINCES.stream().map(Province::fr).toArray(String[]::new)));
            s.setArray(6, c.createArrayOf("text", PROVINCES.stream().map(Province::en).toArray(String[]::new)));
            s.executeUpdate();
        }
    }

    private static Map<Integer, List<Place>> provincesByRegion(Connection c) throws SQLException {
        Map<Integer, List<Place>> places = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT id, region_id, name_ar, name_zgh, name_fr, name_en FROM province
                 WHERE region_id BETWEEN 1 AND 12 ORDER BY id""")) {
            while (rs.next()) {
                places.computeIfAbsent(rs.getInt(2), r -> new ArrayList<>())
                        .add(new Place(rs.getInt(1), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return places;
    }

    private static Array texts(Connection c, List<NewCenter> centers, Function<NewCenter, String> field) throws SQLException {
        return c.createArrayOf("text", centers.stream().map(field).toArray(String[]::new));
    }

    // --- history ---

    private static List<AddedCenter> centersAdded(Connection c) throws SQLException {
        List<AddedCenter> centers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT c.id, p.region_id, array_agg(DISTINCT cs.service_id ORDER BY cs.service_id)
                  FROM center c JOIN province p ON p.id = c.province_id
                  JOIN counter k ON k.center_id = c.id JOIN counter_service cs ON cs.counter_id = k.id
                 WHERE c.code LIKE ? GROUP BY c.id, p.region_id ORDER BY c.id""")) {
            s.setString(1, CODE_PREFIX + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Long[] services = (Long[]) rs.getArray(3).getArray();
                    centers.add(new AddedCenter(rs.getLong(1), rs.getInt(2), Arrays.stream(services).mapToLong(Long::longValue).toArray()));
                }
            }
        }
        return centers;
    }

    private static boolean hasHistory(Connection c, LocalDate first, LocalDate last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                WITH n AS (SELECT id FROM center WHERE code LIKE ?), r AS (SELECT ?::date AS since, ?::date AS until)
                SELECT EXISTS (SELECT 1 FROM service_day d, r WHERE d.center_id IN (SELECT id FROM n) AND d.day BETWEEN r.since AND r.until)
                    OR EXISTS (SELECT 1 FROM visit_outcome_day d, r WHERE d.center_id IN (SELECT id FROM n) AND d.day BETWEEN r.since AND r.until)
                    OR EXISTS (SELECT 1 FROM referral_day d, r WHERE d.center_id IN (SELECT id FROM n) AND d.day BETWEEN r.since AND r.until)
                    OR EXISTS (SELECT 1 FROM appointment_day d, r WHERE d.center_id IN (SELECT id FROM n) AND d.day BETWEEN r.since AND r.until)
                """)) {
            s.setString(1, CODE_PREFIX + "%");
            s.setObject(2, first);
            s.setObject(3, last);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Map<Long, Service> services(Connection c) throws SQLException {
        Map<Long, Service> services = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, target_wait_minutes, service_minutes, display_order FROM social_service")) {
            while (rs.next()) {
                services.put(rs.getLong(1), new Service(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
            }
        }
        return services;
    }

    private static Map<Integer, long[]> partnersByRegion(Connection c) throws SQLException {
        Map<Integer, long[]> partners = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT region_id, array_agg(id ORDER BY id) FROM partner_organization WHERE active GROUP BY 1""")) {
            while (rs.next()) {
                Long[] ids = (Long[]) rs.getArray(2).getArray();
                partners.put(rs.getInt(1), Arrays.stream(ids).mapToLong(Long::longValue).toArray());
            }
        }
        return partners;
    }

    private static void switchTriggers(Connection c, String how) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : ROLLUPS) {
                s.execute("ALTER TABLE " + table + " " + how + " TRIGGER USER");
            }
        }
    }

    /**
     * The region rollups (V35) sum closed days once and learn of later changes from triggers that
     * were off here: the days written that they had already summed are marked for summing again.
     */
    private static void markRegionDaysStale(Connection c, LocalDate first, LocalDate last) throws SQLException {
        if (single(c, "SELECT (to_regclass('region_rollup_state') IS NOT NULL)::int") == 0) {
            return;
        }
        LocalDate through;
        // FOR SHARE as the trigger takes it: a run of the summing job either saw these rows or waits for us
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT through FROM region_rollup_state WHERE through IS NOT NULL FOR SHARE")) {
            if (!rs.next()) {
                return; // nothing summed yet: the job will find these days itself
            }
            through = rs.getObject(1, LocalDate.class);
        }
        LocalDate until = through.isBefore(last) ? through : last;
        if (until.isBefore(first)) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO region_rollup_stale (rollup, day)
                SELECT r.rollup, d::date
                  FROM unnest(ARRAY['service', 'outcome', 'referral', 'appointment']) AS r(rollup),
                       generate_series(?::date, ?::date, interval '1 day') d
                 WHERE d::date < current_date
                ON CONFLICT DO NOTHING""")) {
            s.setObject(1, first);
            s.setObject(2, until);
            s.executeUpdate();
        }
    }

    /** Month rows are staged, then added to what the month tables hold (see writeHistory). */
    private static final String DROP_STAGING =
            "DROP TABLE IF EXISTS pg_temp.national_service_month, pg_temp.national_visit_outcome_month, pg_temp.national_referral_month";
    private static final List<String> STAGING = List.of(DROP_STAGING,
            "CREATE TEMP TABLE national_service_month (LIKE service_month) ON COMMIT DELETE ROWS",
            "CREATE TEMP TABLE national_visit_outcome_month (LIKE visit_outcome_month) ON COMMIT DELETE ROWS",
            "CREATE TEMP TABLE national_referral_month (LIKE referral_month) ON COMMIT DELETE ROWS");

    private static final List<String> MERGES = List.of("""
            INSERT INTO service_month AS m (center_id, month, service_id, %1$s, issued_by_week_hour, waits)
            SELECT center_id, month, service_id, %1$s, issued_by_week_hour, waits FROM national_service_month
            ON CONFLICT (center_id, month, service_id) DO UPDATE SET
                issued = m.issued + EXCLUDED.issued, called = m.called + EXCLUDED.called, served = m.served + EXCLUDED.served,
                no_shows = m.no_shows + EXCLUDED.no_shows, transferred = m.transferred + EXCLUDED.transferred,
                wait_count = m.wait_count + EXCLUDED.wait_count, wait_seconds = m.wait_seconds + EXCLUDED.wait_seconds,
                service_count = m.service_count + EXCLUDED.service_count,
                service_seconds = m.service_seconds + EXCLUDED.service_seconds,
                issued_by_week_hour = int_array_add(m.issued_by_week_hour, EXCLUDED.issued_by_week_hour),
                waits = int_array_add(m.waits, EXCLUDED.waits)""".formatted(FIGURES), """
            INSERT INTO visit_outcome_month AS m (center_id, month, outcome, visits)
            SELECT center_id, month, outcome, visits FROM national_visit_outcome_month
            ON CONFLICT (center_id, month, outcome) DO UPDATE SET visits = m.visits + EXCLUDED.visits""", """
            INSERT INTO referral_month AS m (organization_id, center_id, month, status, referrals)
            SELECT organization_id, center_id, month, status, referrals FROM national_referral_month
            ON CONFLICT (center_id, month, organization_id, status) DO UPDATE SET referrals = m.referrals + EXCLUDED.referrals""");

    /** Draws and writes the rollups of one center at a time, from its own random stream. */
    private static final class HistoryWriter {

        private final LocalDate first;
        private final LocalDate last;
        private final long seed;
        private final Map<Long, Service> services;
        private final Map<Integer, long[]> partners;
        private final String[] monthStarts;
        private final Rows serviceDays = new Rows("COPY service_day (center_id, day, service_id, " + FIGURES
                + ", issued_by_hour, waits) FROM STDIN");
        private final Rows serviceMonths = new Rows("COPY national_service_month (center_id, month, service_id, " + FIGURES
                + ", issued_by_week_hour, waits) FROM STDIN");
        private final Rows outcomeDays = new Rows("COPY visit_outcome_day (center_id, day, outcome, visits) FROM STDIN");
        private final Rows outcomeMonths = new Rows("COPY national_visit_outcome_month (center_id, month, outcome, visits) FROM STDIN");
        private final Rows referralDays = new Rows(
                "COPY referral_day (organization_id, center_id, day, status, referrals) FROM STDIN");
        private final Rows referralMonths = new Rows(
                "COPY national_referral_month (organization_id, center_id, month, status, referrals) FROM STDIN");
        private final Rows appointmentDays = new Rows("COPY appointment_day (center_id, day, service_id, booked, checked_in, "
                + "no_shows, cancelled, called, on_time) FROM STDIN");

        HistoryWriter(LocalDate first, LocalDate last, long seed, Map<Long, Service> services, Map<Integer, long[]> partners) {
            this.first = first;
            this.last = last;
            this.seed = seed;
            this.services = services;
            this.partners = partners;
            this.monthStarts = new String[month(last) + 1];
            for (int m = 0; m < monthStarts.length; m++) {
                monthStarts[m] = first.withDayOfMonth(1).plusMonths(m).toString();
            }
        }

        /** One transaction's work: the batch's days streamed while drawn, the rest sent after. */
        long batch(Connection c, CopyManager copies, List<AddedCenter> centers) throws SQLException {
            for (Rows rows : List.of(serviceDays, serviceMonths, outcomeDays, outcomeMonths, referralDays, referralMonths,
                    appointmentDays)) {
                rows.text.setLength(0);
            }
            long written = 0;
            CopyIn days = copies.copyIn(serviceDays.copy);
            try {
                for (AddedCenter center : centers) {
                    written += center(center);
                    if (serviceDays.text.length() > FLUSH_CHARS) {
                        serviceDays.sendTo(days);
                    }
                }
                serviceDays.sendTo(days);
                days.endCopy();
            } finally {
                if (days.isActive()) {
                    days.cancelCopy();
                }
            }
            for (Rows rows : List.of(outcomeDays, referralDays, appointmentDays, serviceMonths, outcomeMonths, referralMonths)) {
                rows.copy(copies);
            }
            execute(c, MERGES);
            return written;
        }

        /** Every rollup row of one center; returns its service_day rows. */
        private long center(AddedCenter center) {
            SplittableRandom random = new SplittableRandom(seed + center.id());
            long[] offered = center.services();
            int n = offered.length;
            // tickets on an ordinary Wednesday: most centers small, a few large ones in the cities
            double size = Math.clamp(Math.exp(Math.log(70) + 0.7 * random.nextGaussian()), 20, 400);
            // how long this center keeps people waiting, against each service's target
            double pace = 0.6 + 0.8 * random.nextDouble();
            int welcome = 0;
            for (int s = 1; s < n; s++) {
                if (services.get(offered[s]).displayOrder() < services.get(offered[welcome]).displayOrder()) {
                    welcome = s;
                }
            }
            double[] shares = new double[n];
            double[] medianWait = new double[n];
            double[] medianService = new double[n];
            double weights = 0;
            for (int s = 0; s < n; s++) {
                Service service = services.get(offered[s]);
                // everyone passes by reception first: its line is the longest
                shares[s] = s == welcome ? 2.0 : 0.6 + 1.2 * random.nextDouble();
                weights += shares[s];
                medianWait[s] = service.targetWaitMinutes() * 60.0 * pace;
                medianService[s] = service.serviceMinutes() * 60.0;
            }
            for (int s = 0; s < n; s++) {
                shares[s] /= weights;
            }
            long[] partnerIds = partners.getOrDefault(center.region(), new long[0]);
            // bookings came to some centers only, at some point of the range
            boolean books = random.nextDouble() < 0.4;
            LocalDate booksFrom = first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));

            int months = monthStarts.length;
            int[][][] monthCounts = new int[n][months][COUNTS];
            long[][][] monthSeconds = new long[n][months][2];
            int[][][] monthWeekHours = new int[n][months][7 * 24];
            int[][][] monthWaits = new int[n][months][WAIT_BOUNDS.length + 1];
            int[][] monthOutcomes = new int[months][OUTCOMES.length];
            int[][][] monthReferrals = new int[months][partnerIds.length][STATUSES.length];
            int[][] counts = new int[n][COUNTS];
            long[][] seconds = new long[n][2];
            int[][] hours = new int[n][24];
            int[][] waits = new int[n][WAIT_BOUNDS.length + 1];
            int[] outcomes = new int[OUTCOMES.length];
            int[][] referrals = new int[partnerIds.length][STATUSES.length];
            String id = Long.toString(center.id());
            long rows = 0;

            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                int weekday = day.getDayOfWeek().getValue();
                if (weekday > 5 || HOLIDAYS.contains(MonthDay.from(day))) {
                    continue;
                }
                for (int s = 0; s < n; s++) {
                    Arrays.fill(counts[s], 0);
                    Arrays.fill(seconds[s], 0);
                    Arrays.fill(hours[s], 0);
                    Arrays.fill(waits[s], 0);
                }
                Arrays.fill(outcomes, 0);
                double load = WEEKDAY[weekday - 1] * (1 + 0.15 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.0))
                        * (0.85 + 0.3 * random.nextDouble());
                long tickets = Math.round(size * load);
                for (long t = 0; t < tickets; t++) {
                    int s = pick(random, shares);
                    counts[s][ISSUED]++;
                    hours[s][FIRST_HOUR + pick(random, HOURS)]++;
                    if (random.nextDouble() < 0.03) {
                        continue; // gone before being called
                    }
                    counts[s][CALLED]++;
                    // a walk-in is called at once: the rollup counts no wait for it
                    if (random.nextDouble() >= 0.02) {
                        // busy days make everyone wait longer
                        long wait = Math.round(Math.min(LONGEST_WAIT, medianWait[s] * load * Math.exp(0.7 * random.nextGaussian())));
                        counts[s][WAIT_COUNT]++;
                        seconds[s][WAITED] += wait;
                        waits[s][bucket(wait)]++;
                    }
                    double end = random.nextDouble();
                    if (end < 0.06) {
                        counts[s][NO_SHOWS]++;
                        continue;
                    }
                    // a ticket sent on is counted served here, not at the line it went to, where it
                    // was never called first: a row never ends more tickets than it called
                    if (end < 0.09 && n > 1) {
                        counts[s][TRANSFERRED]++;
                    }
                    counts[s][SERVED]++;
                    seconds[s][SERVING] += Math.round(Math.clamp(medianService[s] * Math.exp(0.5 * random.nextGaussian()), 30, 5400));
                    // one served ticket in five is a visit of someone with a file (VolumeGenerator's share)
                    if (random.nextDouble() < 0.2) {
                        outcomes[pick(random, OUTCOME_SHARES)]++;
                    }
                }

                String date = day.toString();
                int month = month(day);
                int weekStart = (weekday - 1) * 24;
                for (int s = 0; s < n; s++) {
                    if (counts[s][ISSUED] == 0) {
                        continue;
                    }
                    figures(serviceDays.text, id, date, offered[s], counts[s], seconds[s], hours[s], waits[s]);
                    rows++;
                    add(monthCounts[s][month], counts[s]);
                    monthSeconds[s][month][WAITED] += seconds[s][WAITED];
                    monthSeconds[s][month][SERVING] += seconds[s][SERVING];
                    for (int h = 0; h < 24; h++) {
                        monthWeekHours[s][month][weekStart + h] += hours[s][h];
                    }
                    add(monthWaits[s][month], waits[s]);
                }
                for (int o = 0; o < OUTCOMES.length; o++) {
                    if (outcomes[o] > 0) {
                        outcomeDays.text.append(id).append('\t').append(date).append('\t').append(OUTCOMES[o]).append('\t')
                                .append(outcomes[o]).append('\n');
                        monthOutcomes[month][o] += outcomes[o];
                    }
                }
                if (partnerIds.length > 0) {
                    for (int[] row : referrals) {
                        Arrays.fill(row, 0);
                    }
                    double[] statuses = last.toEpochDay() - day.toEpochDay() < SETTLING_DAYS ? YOUNG_STATUS : SETTLED_STATUS;
                    for (int r = 0; r < outcomes[REFERRED]; r++) {
                        referrals[random.nextInt(partnerIds.length)][pick(random, statuses)]++;
                    }
                    for (int p = 0; p < partnerIds.length; p++) {
                        for (int st = 0; st < STATUSES.length; st++) {
                            if (referrals[p][st] > 0) {
                                referralDays.text.append(partnerIds[p]).append('\t').append(id).append('\t').append(date).append('\t')
                                        .append(STATUSES[st]).append('\t').append(referrals[p][st]).append('\n');
                                monthReferrals[month][p][st] += referrals[p][st];
                            }
                        }
                    }
                }
                if (books && !day.isBefore(booksFrom)) {
                    appointments(random, id, date, offered, counts);
                }
            }

            for (int s = 0; s < n; s++) {
                for (int m = 0; m < months; m++) {
                    if (monthCounts[s][m][ISSUED] > 0) {
                        figures(serviceMonths.text, id, monthStarts[m], offered[s], monthCounts[s][m], monthSeconds[s][m],
                                monthWeekHours[s][m], monthWaits[s][m]);
                    }
                }
            }
            for (int m = 0; m < months; m++) {
                for (int o = 0; o < OUTCOMES.length; o++) {
                    if (monthOutcomes[m][o] > 0) {
                        outcomeMonths.text.append(id).append('\t').append(monthStarts[m]).append('\t').append(OUTCOMES[o]).append('\t')
                                .append(monthOutcomes[m][o]).append('\n');
                    }
                }
                for (int p = 0; p < partnerIds.length; p++) {
                    for (int st = 0; st < STATUSES.length; st++) {
                        if (monthReferrals[m][p][st] > 0) {
                            referralMonths.text.append(partnerIds[p]).append('\t').append(id).append('\t').append(monthStarts[m])
                                    .append('\t').append(STATUSES[st]).append('\t').append(monthReferrals[m][p][st]).append('\n');
                        }
                    }
                }
            }
            return rows;
        }

        /**
         * A day's bookings per service: each one checked in, missed, cancelled or (rarely) left
         * booked; fewer than a quarter of the line's tickets, so the checked-in ones fit among them.
         */
        private void appointments(SplittableRandom random, String id, String date, long[] offered, int[][] counts) {
            for (int s = 0; s < offered.length; s++) {
                int issued = counts[s][ISSUED];
                if (issued == 0 || random.nextDouble() >= 0.7) {
                    continue;
                }
                int booked = 1 + random.nextInt(Math.max(1, issued / 4));
                int checkedIn = 0;
                int noShows = 0;
                int cancelled = 0;
                int called = 0;
                int onTime = 0;
                for (int b = 0; b < booked; b++) {
                    double u = random.nextDouble();
                    if (u < 0.74) {
                        checkedIn++;
                        if (random.nextDouble() < 0.97) {
                            called++;
                            if (random.nextDouble() < 0.8) {
                                onTime++;
                            }
                        }
                    } else if (u < 0.88) {
                        noShows++;
                    } else if (u < 0.98) {
                        cancelled++;
                    }
                }
                appointmentDays.text.append(id).append('\t').append(date).append('\t').append(offered[s]).append('\t').append(booked)
                        .append('\t').append(checkedIn).append('\t').append(noShows).append('\t').append(cancelled).append('\t')
                        .append(called).append('\t').append(onTime).append('\n');
            }
        }

        /** Months since the range's first month. */
        private int month(LocalDate day) {
            return (day.getYear() - first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
        }
    }

    /** A service_day or service_month row; the two share their columns but for the hours' array. */
    private static void figures(StringBuilder text, String center, String date, long service, int[] counts, long[] seconds,
            int[] hours, int[] waits) {
        text.append(center).append('\t').append(date).append('\t').append(service);
        for (int i = 0; i < COUNTS; i++) {
            text.append('\t').append(counts[i]);
        }
        text.append('\t').append(seconds[WAITED]).append('\t').append(counts[SERVED]).append('\t').append(seconds[SERVING]).append('\t');
        array(text, hours);
        text.append('\t');
        array(text, waits);
        text.append('\n');
    }

    private static void array(StringBuilder text, int[] values) {
        text.append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(values[i]);
        }
        text.append('}');
    }

    private static void add(int[] sums, int[] values) {
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i];
        }
    }

    /** The 0-based index of wait_bucket(seconds). */
    private static int bucket(long seconds) {
        int bucket = 0;
        while (bucket < WAIT_BOUNDS.length && seconds >= WAIT_BOUNDS[bucket]) {
            bucket++;
        }
        return bucket;
    }

    private static int pick(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long[] ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** One table's rows in COPY text form, held until that table's COPY of the batch. */
    private static final class Rows {
        final String copy;
        final StringBuilder text = new StringBuilder(1 << 16);

        Rows(String copy) {
            this.copy = copy;
        }

        void sendTo(CopyIn in) throws SQLException {
            if (!text.isEmpty()) {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                text.setLength(0);
            }
        }

        void copy(CopyManager copies) throws SQLException {
            CopyIn in = copies.copyIn(copy);
            try {
                sendTo(in);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }

    private record AddedCenter(long id, int region, long[] services) {
    }

    private record Service(int targetWaitMinutes, int serviceMinutes, int displayOrder) {
    }

    private record Place(int id, String ar, String zgh, String fr, String en) {
    }

    private record NewCenter(String code, int province, String kind, String ar, String zgh, String fr, String en, int counters,
            long[] services) {
    }

    private record Province(int region, String code, String ar, String zgh, String fr, String en) {
    }

    /**
     * The main provinces and prefectures of each region, added where missing (codes as the demo's;
     * Tifinagh names transliterated as V2's region names are).
     */
    private static final List<Province> PROVINCES = List.of(
            new Province(1, "tanger-assilah", "عمالة طنجة أصيلة", "ⵟⴰⵏⵊⴰ ⴰⵚⵉⵍⴰ", "Tanger-Assilah", "Tangier-Assilah"),
            new Province(1, "tetouan", "إقليم تطوان", "ⵜⵉⵟⵟⴰⵡⵉⵏ", "Tétouan", "Tetouan"),
            new Province(1, "al-hoceima", "إقليم الحسيمة", "ⵍⵃⵓⵙⵉⵎⴰ", "Al Hoceïma", "Al Hoceima"),
            new Province(1, "larache", "إقليم العرائش", "ⵍⵄⵔⴰⵢⵛ", "Larache", "Larache"),
            new Province(2, "oujda-angad", "عمالة وجدة أنكاد", "ⵡⵓⵊⴷⴰ ⴰⵏⴳⴰⴷ", "Oujda-Angad", "Oujda-Angad"),
            new Province(2, "nador", "إقليم الناظور", "ⵏⴰⴹⵓⵔ", "Nador", "Nador"),
            new Province(2, "berkane", "إقليم بركان", "ⴱⵔⴽⴰⵏ", "Berkane", "Berkane"),
            new Province(3, "fes", "عمالة فاس", "ⴼⴰⵙ", "Fès", "Fez"),
            new Province(3, "meknes", "عمالة مكناس", "ⵎⴽⵏⴰⵙ", "Meknès", "Meknes"),
            new Province(3, "taza", "إقليم تازة", "ⵜⴰⵣⴰ", "Taza", "Taza"),
            new Province(3, "ifrane", "إقليم إفران", "ⵉⴼⵔⴰⵏ", "Ifrane", "Ifrane"),
            new Province(4, "rabat", "عمالة الرباط", "ⵕⵕⴱⴰⵟ", "Rabat", "Rabat"),
            new Province(4, "sale", "عمالة سلا", "ⵙⵍⴰ", "Salé", "Sale"),
            new Province(4, "kenitra", "إقليم القنيطرة", "ⵇⵏⵉⵟⵔⴰ", "Kénitra", "Kenitra"),
            new Province(4, "skhirate-temara", "عمالة الصخيرات تمارة", "ⵚⵅⵉⵔⴰⵜ ⵜⵎⴰⵔⴰ", "Skhirate-Témara", "Skhirate-Temara"),
            new Province(4, "khemisset", "إقليم الخميسات", "ⵅⵎⵉⵙⴰⵜ", "Khémisset", "Khemisset"),
            new Province(5, "beni-mellal", "إقليم بني ملال", "ⴰⵢⵜ ⵎⵍⵍⴰⵍ", "Béni Mellal", "Beni Mellal"),
            new Province(5, "khouribga", "إقليم خريبكة", "ⵅⵔⵉⴱⴳⴰ", "Khouribga", "Khouribga"),
            new Province(5, "khenifra", "إقليم خنيفرة", "ⵅⵏⵉⴼⵔⴰ", "Khénifra", "Khenifra"),
            new Province(5, "azilal", "إقليم أزيلال", "ⴰⵣⵉⵍⴰⵍ", "Azilal", "Azilal"),
            new Province(6, "casablanca", "عمالة الدار البيضاء", "ⴰⵏⴼⴰ", "Casablanca", "Casablanca"),
            new Province(6, "mohammedia", "عمالة المحمدية", "ⵎⵓⵃⵎⵎⴷⵉⵢⴰ", "Mohammédia", "Mohammedia"),
            new Province(6, "el-jadida", "إقليم الجديدة", "ⵍⵊⴷⵉⴷⴰ", "El Jadida", "El Jadida"),
            new Province(6, "settat", "إقليم سطات", "ⵙⵟⵟⴰⵜ", "Settat", "Settat"),
            new Province(6, "berrechid", "إقليم برشيد", "ⴱⵔⵔⵛⵉⴷ", "Berrechid", "Berrechid"),
            new Province(7, "marrakech", "عمالة مراكش", "ⵎⵕⵕⴰⴽⵛ", "Marrakech", "Marrakesh"),
            new Province(7, "safi", "إقليم آسفي", "ⴰⵙⴼⵉ", "Safi", "Safi"),
            new Province(7, "essaouira", "إقليم الصويرة", "ⵎⵓⴳⴰⴷⵓⵔ", "Essaouira", "Essaouira"),
            new Province(7, "el-kelaa-des-sraghna", "إقليم قلعة السراغنة", "ⵇⵍⵄⴰ ⵏ ⵙⵔⴰⵖⵏⴰ", "El Kelâa des Sraghna",
                    "El Kelaa des Sraghna"),
            new Province(8, "errachidia", "إقليم الرشيدية", "ⵔⵔⴰⵛⵉⴷⵉⵢⴰ", "Errachidia", "Errachidia"),
            new Province(8, "ouarzazate", "إقليم ورزازات", "ⵡⴰⵔⵣⴰⵣⴰⵜ", "Ouarzazate", "Ouarzazate"),
            new Province(8, "tinghir", "إقليم تنغير", "ⵜⵉⵏⵖⵉⵔ", "Tinghir", "Tinghir"),
            new Province(8, "zagora", "إقليم زاكورة", "ⵣⴰⴳⵓⵔⴰ", "Zagora", "Zagora"),
            new Province(9, "agadir-ida-outanane", "عمالة أكادير إداوتنان", "ⴰⴳⴰⴷⵉⵔ ⵉⴷⴰ ⵓⵜⴰⵏⴰⵏ", "Agadir-Ida-Ou-Tanane",
                    "Agadir-Ida-Ou-Tanane"),
            new Province(9, "inezgane-ait-melloul", "عمالة إنزكان أيت ملول", "ⵉⵏⵣⴳⴰⵏ ⴰⵢⵜ ⵎⵍⵍⵓⵍ", "Inezgane-Aït Melloul",
                    "Inezgane-Ait Melloul"),
            new Province(9, "taroudant", "إقليم تارودانت", "ⵜⴰⵔⵓⴷⴰⵏⵜ", "Taroudant", "Taroudant"),
            new Province(9, "tiznit", "إقليم تيزنيت", "ⵜⵉⵣⵏⵉⵜ", "Tiznit", "Tiznit"),
            new Province(10, "guelmim", "إقليم كلميم", "ⴳⵍⵎⵉⵎ", "Guelmim", "Guelmim"),
            new Province(10, "tan-tan", "إقليم طانطان", "ⵟⴰⵏⵟⴰⵏ", "Tan-Tan", "Tan-Tan"),
            new Province(10, "sidi-ifni", "إقليم سيدي إفني", "ⵙⵉⴷⵉ ⵉⴼⵏⵉ", "Sidi Ifni", "Sidi Ifni"),
            new Province(11, "laayoune", "إقليم العيون", "ⵍⵄⵢⵓⵏ", "Laâyoune", "Laayoune"),
            new Province(11, "boujdour", "إقليم بوجدور", "ⴱⵓⵊⴷⵓⵔ", "Boujdour", "Boujdour"),
            new Province(11, "es-semara", "إقليم السمارة", "ⵙⵎⴰⵔⴰ", "Es-Semara", "Es-Semara"),
            new Province(12, "oued-ed-dahab", "إقليم وادي الذهب", "ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ", "Oued Ed-Dahab", "Oued Ed-Dahab"),
            new Province(12, "aousserd", "إقليم أوسرد", "ⴰⵡⵙⵔⴷ", "Aousserd", "Aousserd"));
}
