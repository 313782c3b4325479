package ma.socialhub.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleConsumer;
import javax.sql.DataSource;
import ma.socialhub.intake.PeopleBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills a hub with national volumes for load tests and the benchmarks: tickets over the past
 * years across the active centers (weekdays, a Monday-morning peak, Friday lighter, seasons),
 * waits and service times drawn from log-normal laws, no-shows, transfers, walk-ins; people with
 * encrypted identifiers; visits of some of them; referrals to the partners of their region, with
 * their accompaniments. Ends before today, so today's live queues stay as they are.
 *
 * <p>Bulk SQL, month by month, with the rollup triggers off; each month's rollups are then counted
 * from its tickets in one statement, and the referral indicators from the referrals. The benchmark
 * checks afterwards that every rollup equals a recount.
 */
@Component
public class VolumeGenerator {

    /** What to generate: {@code tickets} and {@code people} over the {@code span} that ends yesterday. */
    public record Spec(long tickets, int people, Period span, long seed) {
    }

    static final String MARK = "g-";
    private static final Logger log = LoggerFactory.getLogger(VolumeGenerator.class);
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final DataSource dataSource;
    private final PeopleBulkLoad people;
    private final Clock clock;

    VolumeGenerator(DataSource dataSource, PeopleBulkLoad people, Clock clock) {
        this.dataSource = dataSource;
        this.people = people;
        this.clock = clock;
    }

    /** Tickets made by an earlier run (their tokens start with {@value #MARK}). */
    public long generatedTickets() {
        return count("SELECT count(*) FROM ticket WHERE qr_token LIKE 'g-%'");
    }

    /** Tickets not made by the generator: real ones, or the demo's waiting people. */
    public long ticketsOtherThanGenerated() {
        return count("SELECT count(*) FROM ticket WHERE qr_token NOT LIKE 'g-%'");
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection()) {
            return single(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates {@code spec}; {@code progress} hears 0 to 1. Refuses to run twice on the same database. */
    public void generate(Spec spec, DoubleConsumer progress) {
        if (generatedTickets() > 0) {
            throw new IllegalStateException("This database already holds generated volumes");
        }
        LocalDate last = LocalDate.now(clock.withZone(MOROCCO)).minusDays(1);
        LocalDate first = last.minus(spec.span()).plusDays(1);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setseed(" + (spec.seed() % 1000) / 1000.0 + ")");
                s.execute("ALTER TABLE ticket DISABLE TRIGGER ticket_service_day_insert");
                s.execute("ALTER TABLE ticket DISABLE TRIGGER ticket_service_day_update");
                s.execute("ALTER TABLE visit DISABLE TRIGGER visit_outcome_day_insert");
                s.execute("ALTER TABLE referral DISABLE TRIGGER referral_day_insert");
            }
            try {
                long agent = single(c, "SELECT min(id) FROM staff_account WHERE role = 'AGENT'");
                lines(c);
                double base = spec.tickets() / (double) single(c, DAY_WEIGHTS, first, last);
                List<YearMonth> months = new ArrayList<>();
                for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
                    months.add(m);
                }
                for (int i = 0; i < months.size(); i++) {
                    LocalDate from = max(months.get(i).atDay(1), first);
                    LocalDate to = min(months.get(i).atEndOfMonth(), last);
                    update(c, TICKETS, from, to, base, agent);
                    update(c, SERVICE_DAYS, from, to);
                    progress.accept(0.6 * (i + 1) / months.size());
                    log.info("Tickets of {} generated", months.get(i));
                }
                // fresh statistics before each step that joins what was just loaded: without them
                // the planner takes the ticket table for empty and joins it once per person
                script(c, "ANALYZE ticket");
                loadPeople(c, spec, agent, first, progress);
                script(c, "ANALYZE beneficiary");
                script(c, VISITS);
                script(c, "ANALYZE visit");
                update(c, "INSERT INTO visit_outcome_day (center_id, day, outcome, visits) "
                        + "SELECT center_id, (started_at AT TIME ZONE 'Africa/Casablanca')::date, outcome, count(*) FROM visit "
                        + "WHERE ticket_id IN (SELECT id FROM ticket WHERE qr_token LIKE 'g-%') GROUP BY 1, 2, 3 "
                        + "ON CONFLICT (center_id, day, outcome) DO UPDATE SET visits = visit_outcome_day.visits + EXCLUDED.visits");
                progress.accept(0.9);
                update(c, REFERRALS, Timestamp.from(clock.instant()));
                script(c, REFERRAL_EVENTS_AND_STEPS);
                script(c, REFERRAL_ROLLUPS);
                // vacuumed now rather than by autovacuum during the first measurements
                script(c, "VACUUM ANALYZE");
                progress.accept(1);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE ticket ENABLE TRIGGER ticket_service_day_insert");
                    s.execute("ALTER TABLE ticket ENABLE TRIGGER ticket_service_day_update");
                    s.execute("ALTER TABLE visit ENABLE TRIGGER visit_outcome_day_insert");
                    s.execute("ALTER TABLE referral ENABLE TRIGGER referral_day_insert");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Volume generation failed: " + e.getMessage(), e);
        }
    }

    /** People, registered at the centers in proportion to their tickets, at a random day of the range. */
    private void loadPeople(Connection c, Spec spec, long agent, LocalDate first, DoubleConsumer progress) throws SQLException {
        List<long[]> centers = new ArrayList<>();
        long total = 0;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("""
                SELECT t.center_id, c.province_id, count(*) FROM ticket t JOIN center c ON c.id = t.center_id
                 WHERE t.qr_token LIKE 'g-%' GROUP BY 1, 2 ORDER BY 1""")) {
            while (rs.next()) {
                centers.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                total += rs.getLong(3);
            }
        }
        Random random = new Random(spec.seed());
        int batch = 20_000;
        int made = 0;
        Instant at = first.atStartOfDay(MOROCCO).toInstant();
        LocalDate consentUntil = LocalDate.now(clock.withZone(MOROCCO)).plusYears(3);
        for (long[] center : centers) {
            int count = (int) Math.round(spec.people() * (double) center[2] / total);
            for (int done = 0; done < count; done += batch) {
                List<PeopleBulkLoad.Person> chunk = new ArrayList<>();
                for (int i = done; i < Math.min(count, done + batch); i++) {
                    chunk.add(GeneratedPeople.person(random, center[0], (int) center[1], made + chunk.size()));
                }
                people.load(chunk, agent, at, consentUntil);
                made += chunk.size();
                progress.accept(0.6 + 0.25 * made / spec.people());
            }
        }
        log.info("{} people generated", made);
    }

    private static void lines(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS gen_lines, gen_centers");
            s.execute("""
                    CREATE TEMP TABLE gen_lines AS
                    SELECT k.center_id, cs.service_id, s.letter, min(cs.counter_id) AS counter_id,
                           1.0 + (cs.service_id % 4) AS weight
                      FROM counter_service cs JOIN counter k ON k.id = cs.counter_id
                      JOIN social_service s ON s.id = cs.service_id JOIN center c ON c.id = k.center_id
                     WHERE c.active GROUP BY k.center_id, cs.service_id, s.letter""");
            s.execute("""
                    ALTER TABLE gen_lines ADD COLUMN idx int, ADD COLUMN lines int, ADD COLUMN lo float8, ADD COLUMN hi float8""");
            s.execute("""
                    UPDATE gen_lines g SET idx = x.idx, lines = x.lines, lo = x.lo, hi = x.hi FROM (
                        SELECT center_id, service_id, (row_number() OVER w - 1)::int AS idx, (count(*) OVER c)::int AS lines,
                               coalesce(sum(weight) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(weight) OVER c AS lo,
                               sum(weight) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) / sum(weight) OVER c AS hi
                          FROM gen_lines WINDOW w AS (PARTITION BY center_id ORDER BY service_id), c AS (PARTITION BY center_id)) x
                     WHERE g.center_id = x.center_id AND g.service_id = x.service_id""");
            s.execute("UPDATE gen_lines SET hi = 1.0000001 WHERE hi >= 0.999999");
            s.execute("CREATE TEMP TABLE gen_centers AS SELECT center_id, 0.7 + random() * 0.6 AS size FROM gen_lines GROUP BY center_id");
        }
    }

    /** The sum over centers and weekdays of each day's weight: tickets = base × that. */
    private static final String DAY_WEIGHTS = """
            SELECT round(sum(c.size * %s * %s))::bigint FROM gen_centers c
              CROSS JOIN generate_series(?::date, ?::date, interval '1 day') d WHERE extract(isodow FROM d) < 6
            """.formatted(Sql.WEEKDAY.formatted("extract(isodow FROM d)"), Sql.SEASON.formatted("extract(doy FROM d)"));

    /** One month of tickets, each in its final state. */
    private static final String TICKETS = """
            WITH days AS (
                SELECT d::date AS day, extract(isodow FROM d)::int AS dow, extract(doy FROM d)::int AS doy
                  FROM generate_series(?::date, ?::date, interval '1 day') d WHERE extract(isodow FROM d) < 6),
            counts AS (
                SELECT c.center_id, d.day, greatest(0, round(?::float8 * c.size * %s * %s * (0.85 + 0.3 * random())))::int AS n
                  FROM gen_centers c CROSS JOIN days d),
            raw AS (
                SELECT n.center_id, n.day, random() AS u_line, random() AS u_hour, random() AS u_state, 1 - random() AS u1,
                       random() AS u2, 1 - random() AS u3, random() AS u4, random() AS u_misc, random() AS u_lang
                  FROM counts n CROSS JOIN LATERAL generate_series(1, n.n) g),
            placed AS (
                SELECT r.*, l.service_id, l.letter, l.counter_id, l.idx, l.lines,
                       ((r.day + make_interval(secs => 8 * 3600 + power(r.u_hour, 1.6) * 8.5 * 3600))::timestamp
                           AT TIME ZONE 'Africa/Casablanca') AS issued_at,
                       CASE WHEN r.u_misc < 0.02 THEN 0
                            ELSE least(14400, exp(ln(600) + 0.75 * sqrt(-2 * ln(r.u1)) * cos(2 * pi() * r.u2))) END AS wait_s,
                       least(5400, exp(ln(420) + 0.5 * sqrt(-2 * ln(r.u3)) * cos(2 * pi() * r.u4))) AS service_s
                  FROM raw r JOIN gen_lines l ON l.center_id = r.center_id AND r.u_line >= l.lo AND r.u_line < l.hi),
            shaped AS (
                SELECT p.*, p.u_state < 0.06 AS no_show, p.u_state > 0.96 AND p.lines > 1 AS moved,
                       p.issued_at + make_interval(secs => p.wait_s) AS first_call,
                       o.service_id AS other_service, o.counter_id AS other_counter,
                       row_number() OVER (PARTITION BY p.center_id, p.letter, p.day ORDER BY p.issued_at) AS number
                  FROM placed p JOIN gen_lines o ON o.center_id = p.center_id AND o.idx = (p.idx + 1) %% p.lines)
            INSERT INTO ticket (center_id, service_id, first_service_id, day, number, letter, priority_class, queue_key, state,
                                counter_id, language, qr_token, recall_count, issued_at, called_at, last_called_at, first_called_at,
                                started_at, finished_at, no_show_at, called_by, version, transfer_count, last_transferred_at, walk_in)
            SELECT center_id, CASE WHEN moved THEN other_service ELSE service_id END, service_id, day, number, letter,
                   CASE WHEN u_misc BETWEEN 0.02 AND 0.10 THEN 1 WHEN u_misc BETWEEN 0.10 AND 0.12 THEN 2 ELSE 0 END,
                   issued_at - CASE WHEN u_misc BETWEEN 0.02 AND 0.10 THEN interval '20 minutes'
                                    WHEN u_misc BETWEEN 0.10 AND 0.12 THEN interval '60 minutes' ELSE interval '0' END,
                   CASE WHEN no_show THEN 'NO_SHOW' ELSE 'DONE' END,
                   CASE WHEN moved THEN other_counter ELSE counter_id END,
                   CASE WHEN u_lang < 0.6 THEN 'ar' WHEN u_lang < 0.85 THEN 'fr' ELSE 'zgh' END,
                   'g-' || center_id || '-' || to_char(day, 'YYYYMMDD') || '-' || letter || number, 0, issued_at,
                   CASE WHEN moved THEN first_call + interval '3 minutes' + make_interval(secs => wait_s / 2) ELSE first_call END,
                   CASE WHEN moved THEN first_call + interval '3 minutes' + make_interval(secs => wait_s / 2) ELSE first_call END,
                   first_call,
                   CASE WHEN no_show THEN NULL
                        WHEN moved THEN first_call + interval '3 minutes' + make_interval(secs => wait_s / 2 + 40)
                        ELSE first_call + interval '40 seconds' END,
                   CASE WHEN no_show THEN NULL
                        WHEN moved THEN first_call + interval '3 minutes' + make_interval(secs => wait_s / 2 + 40 + service_s)
                        ELSE first_call + make_interval(secs => 40 + service_s) END,
                   CASE WHEN no_show THEN first_call + interval '3 minutes' END,
                   ?, 3, CASE WHEN moved THEN 1 ELSE 0 END, CASE WHEN moved THEN first_call + interval '3 minutes' END,
                   u_misc < 0.02
              FROM shaped
            """.formatted(Sql.WEEKDAY.formatted("d.dow"), Sql.SEASON.formatted("d.doy"));

    /**
     * The month's rollups, counted from its tickets (the triggers are off during the load); a day
     * that already had rollups (tickets of a real day) is counted again whole.
     */
    private static final String SERVICE_DAYS = """
            INSERT INTO service_day (center_id, day, service_id, issued, called, served, no_shows, transferred, wait_count,
                                     wait_seconds, service_count, service_seconds, issued_by_hour, waits)
            SELECT * FROM service_day_counted(?, ?) WHERE center_id IN (SELECT center_id FROM gen_centers)
            ON CONFLICT (center_id, day, service_id) DO UPDATE SET issued = EXCLUDED.issued, called = EXCLUDED.called,
                served = EXCLUDED.served, no_shows = EXCLUDED.no_shows, transferred = EXCLUDED.transferred,
                wait_count = EXCLUDED.wait_count, wait_seconds = EXCLUDED.wait_seconds, service_count = EXCLUDED.service_count,
                service_seconds = EXCLUDED.service_seconds, issued_by_hour = EXCLUDED.issued_by_hour, waits = EXCLUDED.waits
            """;

    /** Every fifth ticket served is a visit of someone registered at that center (spread evenly over them). */
    private static final String VISITS = """
            DROP TABLE IF EXISTS gen_people, gen_people_count, gen_needs;
            CREATE TEMP TABLE gen_people AS
            SELECT id, registered_center_id AS center_id,
                   (row_number() OVER (PARTITION BY registered_center_id ORDER BY id) - 1)::int AS n
              FROM beneficiary WHERE anonymised_at IS NULL;
            CREATE INDEX ON gen_people (center_id, n);
            CREATE TEMP TABLE gen_people_count AS SELECT center_id, count(*)::int AS total FROM gen_people GROUP BY 1;
            CREATE TEMP TABLE gen_needs AS SELECT service_id, array_agg(need_code ORDER BY need_code) AS needs
              FROM service_need GROUP BY 1;
            ANALYZE gen_people;
            ANALYZE gen_people_count;
            ANALYZE gen_needs;
            INSERT INTO visit (center_id, ticket_id, service_id, counter_id, agent_id, beneficiary_id, needs, outcome,
                               started_at, ended_at)
            SELECT t.center_id, t.id, t.service_id, t.counter_id, t.called_by, p.id, coalesce(n.needs, '{}'),
                   CASE WHEN t.k % 100 < 50 THEN 'SERVED' WHEN t.k % 100 < 75 THEN 'ORIENTED' WHEN t.k % 100 < 87 THEN 'REFERRED'
                        WHEN t.k % 100 < 97 THEN 'FOLLOW_UP' ELSE 'LEFT' END,
                   t.started_at, t.finished_at
              FROM (SELECT x.*, x.id / 5 AS k FROM ticket x WHERE x.qr_token LIKE 'g-%' AND x.state = 'DONE' AND x.id % 5 = 0) t
              JOIN gen_people_count pc ON pc.center_id = t.center_id
              JOIN gen_people p ON p.center_id = t.center_id AND p.n = (t.k % pc.total)::int
              LEFT JOIN gen_needs n ON n.service_id = t.service_id
            """;

    private static final String REFERRALS = """
            INSERT INTO referral (beneficiary_id, visit_id, center_id, organization_id, program_id, reason, needs, status,
                                  created_at, created_by, status_at, person_sex, outcome)
            SELECT v.beneficiary_id, v.id, v.center_id, o.id,
                   CASE WHEN b.sex = 'F' AND o.kind = 'INCUBATOR' AND v.id % 2 = 0 THEN (SELECT id FROM program WHERE code = 'jisr') END,
                   'Orientation générée (volume)', v.needs,
                   CASE WHEN v.id % 20 < 2 THEN 'SENT' WHEN v.id % 20 < 4 THEN 'ACCEPTED' WHEN v.id % 20 < 6 THEN 'DECLINED'
                        WHEN v.id % 20 < 13 THEN 'IN_ACCOMPANIMENT' WHEN v.id % 20 < 18 THEN 'COMPLETED' ELSE 'DROPPED' END,
                   v.ended_at, v.agent_id, least(v.ended_at + make_interval(days => (v.id % 40)::int), ?::timestamptz), b.sex,
                   CASE WHEN v.id % 20 BETWEEN 13 AND 17 THEN (ARRAY['PROJECT_LAUNCHED', 'EMPLOYED', 'TRAINED', 'OTHER'])[1 + v.id % 4] END
              FROM visit v JOIN beneficiary b ON b.id = v.beneficiary_id JOIN center c ON c.id = v.center_id
              JOIN province pr ON pr.id = c.province_id
              JOIN LATERAL (SELECT po.id, po.kind FROM partner_organization po
                             WHERE po.active AND po.region_id = pr.region_id
                             ORDER BY (po.id + v.id) % 7, po.id LIMIT 1) o ON true
             WHERE v.outcome = 'REFERRED' AND v.ticket_id IN (SELECT id FROM ticket WHERE qr_token LIKE 'g-%')
            """;

    private static final String REFERRAL_EVENTS_AND_STEPS = """
            INSERT INTO referral_event (referral_id, from_status, to_status, at, by_staff, note)
            SELECT id, NULL, status, status_at, created_by, '' FROM referral WHERE reason = 'Orientation générée (volume)';
            INSERT INTO accompaniment_step (referral_id, kind, happened_on, note, project_form, recorded_at, recorded_by)
            SELECT id, 'PROJECT_LAUNCHED', (status_at AT TIME ZONE 'Africa/Casablanca')::date, '',
                   (ARRAY['INCOME_GENERATING_ACTIVITY', 'COOPERATIVE', 'AUTO_ENTREPRENEUR'])[1 + id % 3], status_at, created_by
              FROM referral WHERE reason = 'Orientation générée (volume)' AND outcome = 'PROJECT_LAUNCHED';
            INSERT INTO program_participant (program_id, beneficiary_id, region_id, since)
            SELECT DISTINCT ON (r.program_id, r.beneficiary_id) r.program_id, r.beneficiary_id, o.region_id, r.status_at
              FROM referral r JOIN partner_organization o ON o.id = r.organization_id
             WHERE r.reason = 'Orientation générée (volume)' AND r.program_id IS NOT NULL AND r.person_sex = 'F'
               AND r.status IN ('IN_ACCOMPANIMENT', 'COMPLETED', 'DROPPED')
             ORDER BY r.program_id, r.beneficiary_id, r.status_at
            ON CONFLICT DO NOTHING;
            INSERT INTO referral_day (organization_id, center_id, day, status, referrals)
            SELECT organization_id, center_id, (created_at AT TIME ZONE 'Africa/Casablanca')::date, status, count(*)
              FROM referral WHERE reason = 'Orientation générée (volume)' GROUP BY 1, 2, 3, 4
            ON CONFLICT (center_id, day, organization_id, status) DO UPDATE SET referrals = referral_day.referrals + EXCLUDED.referrals
            """;

    /** The referral indicators counted again from everything (they are kept by the application). */
    private static final String REFERRAL_ROLLUPS = """
            DELETE FROM referral_status_count;
            INSERT INTO referral_status_count (organization_id, status, referrals)
            SELECT organization_id, status, count(*) FROM referral GROUP BY 1, 2;
            DELETE FROM program_region_count;
            INSERT INTO program_region_count (program_id, region_id, women_accompanied)
            SELECT program_id, region_id, count(*) FROM program_participant GROUP BY 1, 2;
            DELETE FROM project_launch_count;
            INSERT INTO project_launch_count (region_id, project_form, projects)
            SELECT o.region_id, a.project_form, count(*) FROM accompaniment_step a JOIN referral r ON r.id = a.referral_id
              JOIN partner_organization o ON o.id = r.organization_id WHERE a.kind = 'PROJECT_LAUNCHED' GROUP BY 1, 2
            """;

    /** Shared SQL pieces. */
    private static final class Sql {
        /** Mondays are busiest, Fridays (the prayer) lightest. */
        static final String WEEKDAY = "(CASE %s WHEN 1 THEN 1.25 WHEN 2 THEN 1.1 WHEN 3 THEN 1.0 WHEN 4 THEN 0.95 ELSE 0.7 END)";
        /** A little more in autumn and winter than in summer. */
        static final String SEASON = "(1 + 0.15 * cos(2 * pi() * (%s - 15) / 365.0))";
    }

    private static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        }
    }

    /** Statements without parameters, separated by semicolons at line ends. */
    private static void script(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
