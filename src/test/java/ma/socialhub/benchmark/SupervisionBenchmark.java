package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.security.SystemAuthority;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.demo.VolumeGenerator;
import ma.socialhub.staff.Scope;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.supervision.RegionRollupChecks;
import ma.socialhub.supervision.RegionRollups;
import ma.socialhub.supervision.Reports;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every supervision screen on national volumes: 10 million tickets over two years, a million
 * people, their visits and referrals (generated on the first run, kept for the next ones), plus a
 * live morning at every center. Each screen is opened as a supervisor opens it (a new browser
 * session, the view built with its data and charts, server side), and the SQL it sent is sent
 * again over plain JDBC on the same database: the raw-SQL limit. Checks first that the rollups
 * equal a recount on that data. Writes its figures to {@code docs/benchmarks.md}.
 *
 * <p>Runs only in the {@code benchmark} profile: {@code ./mvnw -Pbenchmark verify}. The database is
 * {@code SPRING_DATASOURCE_URL} when set, otherwise an embedded one kept in
 * {@code ~/.smart-social-hub/benchmark-pgdata}.
 */
@SpringBootTest(properties = {
        // the benchmark makes its own national volumes; the demo's 90 days would stand in their way
        "hub.demo.history-days=0",
        "hub.embedded-db.data-dir=${HUB_BENCHMARK_DATA_DIR:${user.home}/.smart-social-hub/benchmark-pgdata}",
        "hub.data-key-file=${user.home}/.smart-social-hub/benchmark.key",
        // the folder Fixtures writes the tests' kiosks to
        "hub.kiosk.config-dir=target/test-kiosk-config", "hub.kiosk.demo-secrets=true",
        "hub.kiosk.demo-config-dir=target/test-kiosk-config",
        "spring.datasource.hikari.maximum-pool-size=10", "logging.level.root=WARN"})
@ActiveProfiles("demo")
@Import(SupervisionBenchmark.Recorder.class)
class SupervisionBenchmark {

    private static final long TICKETS = Long.getLong("benchmark.tickets", 10_000_000L);
    private static final int PEOPLE = Integer.getInteger("benchmark.people", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 100);
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 40);
    private static final double TARGET_MS = 200;
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    /**
     * {@code -Dbenchmark.shape=national}: 2,000 centers over the 12 regions with two years of
     * history written as rollups (NationalShape), beside a sample of real tickets at the demo's
     * centers that their rollups are checked against; in a database of its own.
     */
    static {
        // the data key of the benchmark's own database, made on the first run of a new machine (the hub refuses to make one)
        java.nio.file.Path key = java.nio.file.Path.of(System.getProperty("user.home"), ".smart-social-hub", "benchmark.key");
        try {
            if (!java.nio.file.Files.exists(key)) {
                byte[] bytes = new byte[32];
                new java.security.SecureRandom().nextBytes(bytes);
                java.nio.file.Files.createDirectories(key.getParent());
                java.nio.file.Files.writeString(key, java.util.Base64.getEncoder().encodeToString(bytes));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    private static final boolean NATIONAL = "national".equals(System.getProperty("benchmark.shape"));
    private static final int NATIONAL_CENTERS = Integer.getInteger("benchmark.centers", 2_000);
    private static final long SAMPLE_TICKETS = Long.getLong("benchmark.sample-tickets", 300_000L);
    /** Tickets a second at random centers while a screen marked "under load" is measured. */
    private static final int LOAD_PER_SECOND = 50;

    @TestConfiguration
    static class Recorder {
        @Bean
        static StatementRecorder statementRecorder() {
            return new StatementRecorder();
        }
    }

    /** A screen as a supervisor opens it; {@code underLoad}: while kiosks issue tickets across the nation. */
    record Screen(String name, String user, String route, String query, boolean underLoad) {

        Screen(String name, String user, String route, String query) {
            this(name, user, route, query, false);
        }
    }

    @Autowired ApplicationContext context;
    @Autowired StatementRecorder recorder;
    @Autowired VolumeGenerator generator;
    @Autowired JdbcClient jdbc;
    @Autowired Catalog catalog;
    @Autowired Tickets tickets;
    @Autowired Reports reports;
    @Autowired StaffAccounts accounts;
    @Autowired StaffDirectory staff;
    @Autowired SecurityContextHolderStrategy securityContexts;
    @Autowired RegionRollups regionRollups;
    @Autowired DataSource dataSource;

    @Test
    void everySupervisionScreenOnNationalVolumesComparedWithItsRawSql() throws Exception {
        StringBuilder notes = new StringBuilder();
        long generatedAt = System.nanoTime();
        NationalShape shape = new NationalShape(dataSource, 42);
        if (NATIONAL && shape.addedCenters() == 0) {
            System.out.printf("Generating a sample of %,d tickets at the demo's centers, then %,d centers' rollups...%n",
                    SAMPLE_TICKETS, NATIONAL_CENTERS);
            if (generator.generatedTickets() == 0) {
                generator.generate(new VolumeGenerator.Spec(SAMPLE_TICKETS, (int) (SAMPLE_TICKETS / 10), Period.ofYears(2), 42), share -> { });
            }
            shape.addCenters(NATIONAL_CENTERS);
            LocalDate yesterday = LocalDate.now(MOROCCO).minusDays(1);
            shape.writeHistory(yesterday.minusYears(2).plusDays(1), yesterday, share -> { });
            notes.append("Volumes generated in this run in %d min.%n".formatted(
                    TimeUnit.NANOSECONDS.toMinutes(System.nanoTime() - generatedAt)));
        } else if (!NATIONAL && generator.generatedTickets() == 0) {
            System.out.printf("Generating %,d tickets and %,d people (once for this database)...%n", TICKETS, PEOPLE);
            generator.generate(new VolumeGenerator.Spec(TICKETS, PEOPLE, Period.ofYears(2), 42), share -> { });
            notes.append("Volumes generated in this run in %d min.%n".formatted(
                    TimeUnit.NANOSECONDS.toMinutes(System.nanoTime() - generatedAt)));
        }
        long summing = System.nanoTime();
        int summed = regionRollups.catchUp();
        if (summed > 0) {
            notes.append("The region rollups (ADR 0029) summed %,d days in %.0f s in this run.%n".formatted(summed,
                    (System.nanoTime() - summing) / 1e9));
        }
        // this machine's PostgreSQL runs without autovacuum (its conf.d): the tables the run wrote are
        // analyzed here, as autovacuum would have done within a minute on a real server
        jdbc.sql("ANALYZE region_service_day, region_service_month, region_outcome_day, region_referral_day, region_appointment_day,"
                + " region_rollup_stale").update();
        long checkStart = System.nanoTime();
        assertThat(rollupDifferences()).as("rollup rows that differ from a recount").isEmpty();
        assertThat(RegionRollupChecks.differences(jdbc)).as("region rollup rows that differ from their centers summed").isEmpty();
        double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
        aLiveMorningAtEveryCenter();

        short region = jdbc.sql("""
                SELECT p.region_id FROM center c JOIN province p ON p.id = c.province_id WHERE c.active
                 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1""").query(Short.class).single();
        // the busiest center of that region (in the regional supervisor's scope)
        Center busiest = catalog.center(jdbc.sql("""
                SELECT d.center_id FROM service_day d JOIN center c ON c.id = d.center_id JOIN province p ON p.id = c.province_id
                 WHERE p.region_id = ? AND c.active GROUP BY 1 ORDER BY sum(d.issued) DESC LIMIT 1""")
                .param(region).query(Long.class).single()).orElseThrow();
        String regional = regionalSupervisor(region);
        LocalDate today = LocalDate.now(MOROCCO);
        LocalDate yesterday = today.minusDays(1);
        List<Screen> screens = List.of(
                new Screen("Live list, nation", "supervisor", "supervision", "area=nation"),
                new Screen("Live list, nation, under load (%d tickets/s)".formatted(LOAD_PER_SECOND), "supervisor", "supervision",
                        "area=nation", true),
                new Screen("Live list, region " + region, regional, "supervision", ""),
                new Screen("Center board (" + busiest.code() + ")", regional, "supervision/center/" + busiest.code(), ""),
                new Screen("Trends, region, last 30 days", regional, "supervision/trends", range("region-" + region, yesterday.minusDays(29), yesterday)),
                new Screen("Trends, nation, last 12 months", "supervisor", "supervision/trends", range("nation", yesterday.minusMonths(12).plusDays(1), yesterday)),
                new Screen("Trends, nation, 2 years", "supervisor", "supervision/trends", range("nation", yesterday.minusYears(2).plusDays(1), yesterday)),
                new Screen("Trends, busiest center, 2 years", regional, "supervision/trends",
                        range("center-" + busiest.id(), yesterday.minusYears(2).plusDays(1), yesterday)),
                new Screen("Program indicators", "supervisor", "programs", ""));

        Routes routes = new Routes().autoDiscoverViews("ma.socialhub");
        List<String> rows = new ArrayList<>();
        boolean allMet = true;
        for (Screen screen : screens) {
            Timings opened = new Timings(RUNS);
            List<StatementRecorder.Sent> sent = List.of();
            KioskLoad load = screen.underLoad() ? new KioskLoad(LOAD_PER_SECOND) : null;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                open(routes, screen.user());
                boolean recording = i == WARM_UP - 1;
                if (recording) {
                    recorder.start();
                }
                long start = System.nanoTime();
                UI.getCurrent().navigate(screen.route(), QueryParameters.fromString(screen.query()));
                MockVaadin.clientRoundtrip(false); // the first response: grids render their rows
                long elapsed = System.nanoTime() - start;
                if (recording) {
                    sent = recorder.stop();
                }
                if (i >= WARM_UP) {
                    opened.add(elapsed);
                }
                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(screen.name()).isNotEmpty();
                MockVaadin.tearDown();
                signOut();
            }
            if (load != null) {
                notes.append("Under load: %s.%n".formatted(load.stop()));
            }
            Timings raw = replay(sent);
            System.out.println(screen.name() + " — slowest statement: " + slowest(sent));
            boolean met = opened.percentile(95) <= TARGET_MS;
            allMet &= met;
            rows.add("| %s | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %.1f× | %s |".formatted(screen.name(), opened.percentile(50),
                    opened.percentile(95), opened.max(), sent.size(), raw.percentile(50), raw.percentile(95),
                    opened.percentile(50) / Math.max(0.001, raw.percentile(50)), met ? "yes" : "**no**"));
            System.out.println(rows.getLast());
        }

        String reportLine = monthlyReportLine(region, busiest);
        BenchmarkReport.write(NATIONAL ? "supervision-national" : "supervision",
                markdown(rows, reportLine, checkSeconds, notes.toString(), allMet));
        // figures written first, so that a miss is on record beside its target
        assertThat(rows).as("every screen within its target").noneMatch(row -> row.endsWith("| **no** |"));
    }

    /**
     * Rows of every rollup that differ from the same figures counted again from the facts. At the
     * national shape the facts are the sample's: the generated centers' day rows have none behind
     * them and are left out of that recount, while every month row, theirs too, is checked against
     * its days.
     */
    private List<String> rollupDifferences() {
        List<String> differences = new ArrayList<>();
        // both sides of the sample: the morning's live tickets at the generated centers are counted, their history is not
        differences.addAll(seconds("service_day", "day", sample("service_day"), sample("service_day_counted(NULL, NULL)"), "issued_by_hour"));
        differences.addAll(seconds("service_month", "month", "service_month", "service_month_recount", "issued_by_week_hour"));
        differences.addAll(diff("visit_outcome_day", "SELECT center_id, day, outcome, visits FROM " + sample("visit_outcome_day")
                + " v WHERE visits <> 0", """
                SELECT v.center_id, (v.started_at AT TIME ZONE c.time_zone)::date, v.outcome, count(*)::int FROM visit v
                  JOIN center c ON c.id = v.center_id WHERE v.outcome IS NOT NULL GROUP BY 1, 2, 3"""));
        differences.addAll(diff("referral_day", "SELECT organization_id, center_id, day, status, referrals FROM " + sample("referral_day")
                + " r WHERE referrals <> 0", """
                SELECT r.organization_id, r.center_id, (r.created_at AT TIME ZONE c.time_zone)::date, r.status, count(*)::int
                  FROM referral r JOIN center c ON c.id = r.center_id GROUP BY 1, 2, 3, 4"""));
        differences.addAll(diff("visit_outcome_month", "SELECT center_id, month, outcome, visits FROM visit_outcome_month WHERE visits <> 0",
                "SELECT center_id, date_trunc('month', day)::date, outcome, sum(visits)::int FROM visit_outcome_day GROUP BY 1, 2, 3 HAVING sum(visits) <> 0"));
        differences.addAll(diff("referral_month", """
                SELECT organization_id, center_id, month, status, referrals FROM referral_month WHERE referrals <> 0""", """
                SELECT organization_id, center_id, date_trunc('month', day)::date, status, sum(referrals)::int FROM referral_day
                 GROUP BY 1, 2, 3, 4 HAVING sum(referrals) <> 0"""));
        differences.addAll(diff("referral_status_count", "SELECT organization_id, status, referrals FROM referral_status_count WHERE referrals <> 0",
                "SELECT organization_id, status, count(*)::int FROM referral GROUP BY 1, 2"));
        differences.addAll(diff("program_region_count", "SELECT program_id, region_id, women_accompanied FROM program_region_count WHERE women_accompanied <> 0",
                "SELECT program_id, region_id, count(*)::int FROM program_participant GROUP BY 1, 2"));
        differences.addAll(diff("project_launch_count", "SELECT region_id, project_form, projects FROM project_launch_count WHERE projects <> 0", """
                SELECT o.region_id, a.project_form, count(*)::int FROM accompaniment_step a JOIN referral r ON r.id = a.referral_id
                  JOIN partner_organization o ON o.id = r.organization_id WHERE a.kind = 'PROJECT_LAUNCHED' GROUP BY 1, 2"""));
        differences.addAll(feedbackDifferences());
        return differences;
    }

    /**
     * The rollups of the citizens' answers (ADR 0032): the days of the sample against its answers, every
     * month against its days, every region against its centers.
     */
    private List<String> feedbackDifferences() {
        String sums = "sum(answers)::int, sum(total)::int, sum(satisfied)::int, sum(about_wait)::int, sum(wait_satisfied_count)::int, "
                + "sum(wait_satisfied_seconds)::bigint, sum(wait_unsatisfied_count)::int, sum(wait_unsatisfied_seconds)::bigint";
        String columns = "answers, total, satisfied, about_wait, wait_satisfied_count, wait_satisfied_seconds, wait_unsatisfied_count, "
                + "wait_unsatisfied_seconds";
        List<String> differences = new ArrayList<>();
        differences.addAll(diff("feedback_day", "SELECT center_id, day, service_id, " + columns + " FROM " + sample("feedback_day")
                + " d WHERE answers <> 0", """
                SELECT center_id, day, service_id, count(*)::int, sum(score)::int, count(*) FILTER (WHERE score >= 4)::int,
                       count(*) FILTER (WHERE 'WAIT' = ANY (reasons))::int,
                       count(waited_seconds) FILTER (WHERE score >= 4)::int, coalesce(sum(waited_seconds) FILTER (WHERE score >= 4), 0)::bigint,
                       count(waited_seconds) FILTER (WHERE score <= 2)::int, coalesce(sum(waited_seconds) FILTER (WHERE score <= 2), 0)::bigint
                  FROM feedback GROUP BY 1, 2, 3"""));
        differences.addAll(diff("feedback_month", "SELECT center_id, month, service_id, " + columns + " FROM feedback_month WHERE answers <> 0",
                "SELECT center_id, date_trunc('month', day)::date, service_id, " + sums + " FROM feedback_day GROUP BY 1, 2, 3 HAVING sum(answers) <> 0"));
        differences.addAll(diff("feedback_region_day", "SELECT region_id, day, service_id, " + columns + " FROM feedback_region_day WHERE answers <> 0",
                "SELECT p.region_id, d.day, d.service_id, " + sums + " FROM feedback_day d JOIN center_place p ON p.id = d.center_id"
                        + " GROUP BY 1, 2, 3 HAVING sum(answers) <> 0"));
        differences.addAll(diff("feedback_region_month", "SELECT region_id, month, service_id, " + columns
                + " FROM feedback_region_month WHERE answers <> 0", "SELECT region_id, date_trunc('month', day)::date, service_id, " + sums
                + " FROM feedback_region_day GROUP BY 1, 2, 3 HAVING sum(answers) <> 0"));
        return differences;
    }

    /**
     * Rows of a rollup of tickets that differ from their recount: counts and arrays exactly, sums of
     * seconds within a hundredth (floating-point sums added in another order differ in the last digits).
     */
    private List<String> seconds(String name, String period, String kept, String counted, String hours) {
        return jdbc.sql("""
                SELECT '%1$s ' || coalesce(k.center_id, c.center_id) || ' ' || coalesce(k.%2$s, c.%2$s) || ' ' || coalesce(k.service_id, c.service_id)
                  FROM %3$s k FULL JOIN %4$s c ON c.center_id = k.center_id AND c.%2$s = k.%2$s AND c.service_id = k.service_id
                 WHERE k.center_id IS NULL OR c.center_id IS NULL
                    OR (k.issued, k.called, k.served, k.no_shows, k.transferred, k.wait_count, k.service_count, k.%5$s, k.waits)
                       IS DISTINCT FROM (c.issued, c.called, c.served, c.no_shows, c.transferred, c.wait_count, c.service_count, c.%5$s, c.waits)
                    OR abs(k.wait_seconds - c.wait_seconds) > 0.01 OR abs(k.service_seconds - c.service_seconds) > 0.01
                 LIMIT 20""".formatted(name, period, kept, counted, hours)).query(String.class).list();
    }

    /** {@code table}, or at the national shape its rows of the centers whose facts exist (not generated as rollups). */
    private static String sample(String table) {
        return NATIONAL ? "(SELECT * FROM " + table + " WHERE center_id NOT IN (SELECT id FROM center WHERE code LIKE '"
                + NationalShape.CODE_PREFIX + "%'))" : table;
    }

    private List<String> diff(String name, String kept, String counted) {
        return jdbc.sql("SELECT '" + name + " ' || x::text FROM ((" + kept + " EXCEPT ALL " + counted + ") UNION ALL ("
                + counted + " EXCEPT ALL " + kept + ")) x LIMIT 20").query(String.class).list();
    }

    /**
     * Today's queues: tickets waiting at every counter's services of every active center, taken
     * through the kiosks' own service (so the rollups follow), up to 40 per center.
     */
    private void aLiveMorningAtEveryCenter() {
        for (Center center : catalog.activeCenters()) {
            int already = jdbc.sql("SELECT count(*) FROM ticket WHERE center_id = ? AND day = ?")
                    .params(center.id(), LocalDate.now(center.timeZone())).query(Integer.class).single();
            List<SocialService> services = catalog.servicesAt(center.id());
            for (int i = already; i < (NATIONAL ? 5 : 40) && !services.isEmpty(); i++) {
                tickets.issue(center.id(), services.get(i % services.size()).id(), PriorityClass.STANDARD,
                        i % 3 == 0 ? HubLanguage.FRENCH : HubLanguage.ARABIC);
            }
        }
    }

    /**
     * Kiosks across the nation issuing {@code perSecond} tickets a second at random active centers,
     * through the kiosks' own service (rollup triggers, NOTIFY and all), until stopped: every open
     * live list hears of each ticket of its area.
     */
    private final class KioskLoad {
        private final Thread thread;
        private volatile boolean running = true;
        private int issued;
        private final long started = System.nanoTime();

        KioskLoad(int perSecond) {
            List<long[]> places = new ArrayList<>();
            for (Center center : catalog.activeCenters()) {
                for (SocialService service : catalog.servicesAt(center.id())) {
                    places.add(new long[] {center.id(), service.id()});
                }
            }
            java.util.Random random = new java.util.Random(7);
            long interval = 1_000_000_000L / perSecond;
            thread = Thread.ofPlatform().name("kiosk-load").start(() -> {
                long next = System.nanoTime();
                while (running) {
                    long[] place = places.get(random.nextInt(places.size()));
                    tickets.issue(place[0], place[1], PriorityClass.STANDARD, HubLanguage.ARABIC);
                    issued++;
                    next += interval;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            });
        }

        String stop() throws InterruptedException {
            running = false;
            thread.join();
            double seconds = (System.nanoTime() - started) / 1e9;
            return "%,d tickets issued at random centers in %.0f s (%.1f a second) while the national list was opened"
                    .formatted(issued, seconds, issued / seconds);
        }
    }

    private String regionalSupervisor(short region) {
        String username = "bench-supervisor";
        SystemAuthority.run(securityContexts, () -> accounts.ensure(username, "benchmark-only-" + System.nanoTime(),
                "Benchmark supervisor", Roles.SUPERVISOR, null, "fr"));
        // made without a center, the account watches the nation; the benchmark narrows it to one region
        jdbc.sql("UPDATE staff_account SET region_id = ?, nation_scope = false WHERE username = ?").params(region, username).update();
        return username;
    }

    /** A new browser session in French, signed in as {@code username}. */
    private void open(Routes routes, String username) {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().getSession().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
        StaffMember member = staff.loadUserByUsername(username);
        MockSignIn.as(member, securityContexts);
    }

    private void signOut() {
        securityContexts.clearContext();
    }

    private Timings replay(List<StatementRecorder.Sent> sent) throws SQLException {
        Timings raw = new Timings(RUNS);
        try (Connection connection = recorder.raw().getConnection()) {
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                StatementRecorder.replay(connection, sent);
                long elapsed = System.nanoTime() - start;
                if (i >= WARM_UP) {
                    raw.add(elapsed);
                }
            }
        }
        return raw;
    }

    /** The statement of {@code sent} that takes longest alone (median of 5), to see where time goes. */
    private String slowest(List<StatementRecorder.Sent> sent) throws SQLException {
        String slowest = "";
        double longest = -1;
        try (Connection connection = recorder.raw().getConnection()) {
            for (StatementRecorder.Sent statement : sent) {
                Timings alone = new Timings(5);
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    StatementRecorder.replay(connection, settingsThen(sent, statement));
                    alone.add(System.nanoTime() - start);
                }
                if (Boolean.getBoolean("benchmark.verbose")) {
                    System.out.printf("  %.1f ms %s %s%n", alone.percentile(50), statement.sql().replaceAll("\\s+", " ").substring(0,
                            Math.min(120, statement.sql().replaceAll("\\s+", " ").length())), statement.parameters().stream()
                            .map(b -> Arrays.toString(b.arguments())).toList());
                }
                if (alone.percentile(50) > longest) {
                    longest = alone.percentile(50);
                    slowest = "%.1f ms: %s".formatted(longest, statement.sql().replaceAll("\\s+", " "));
                }
            }
        }
        return slowest.length() > 300 ? slowest.substring(0, 300) : slowest;
    }

    /** The {@code SET} statements of a screen's transaction, then {@code statement}. */
    private static List<StatementRecorder.Sent> settingsThen(List<StatementRecorder.Sent> sent, StatementRecorder.Sent statement) {
        List<StatementRecorder.Sent> all = new ArrayList<>(sent.stream().filter(s -> s.sql().startsWith("SET ")).toList());
        all.add(statement);
        return all;
    }

    /** The monthly PDF report (built in the background on the screen): measured for information. */
    private String monthlyReportLine(short region, Center center) throws Exception {
        YearMonth month = YearMonth.now(MOROCCO).minusMonths(1);
        StaffMember national = staff.loadUserByUsername("supervisor");
        SecurityContext security = securityContexts.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(national, null, national.getAuthorities()));
        securityContexts.setContext(security);
        try {
            long regionStart = System.nanoTime();
            byte[] regionPdf = reports.monthly(new Scope(Scope.Level.REGION, region, region), month, HubLanguage.FRENCH, p -> { })
                    .get(2, TimeUnit.MINUTES);
            long regionMs = (System.nanoTime() - regionStart) / 1_000_000;
            long centerStart = System.nanoTime();
            byte[] centerPdf = reports.monthly(new Scope(Scope.Level.CENTER, center.id(), center.regionId()), month,
                    HubLanguage.ARABIC, p -> { }).get(2, TimeUnit.MINUTES);
            long centerMs = (System.nanoTime() - centerStart) / 1_000_000;
            return "Monthly PDF report of %s, built in the background: region %d in %d ms (%,d bytes, French), center %s in %d ms (%,d bytes, Arabic)."
                    .formatted(month, region, regionMs, regionPdf.length, center.code(), centerMs, centerPdf.length);
        } finally {
            signOut();
        }
    }

    private String markdown(List<String> rows, String reportLine, double checkSeconds, String notes, boolean allMet) {
        var volumes = jdbc.sql("""
                SELECT (SELECT count(*) FROM ticket) AS tickets, (SELECT count(*) FROM beneficiary) AS people,
                       (SELECT count(*) FROM visit) AS visits, (SELECT count(*) FROM referral) AS referrals,
                       (SELECT count(*) FROM center WHERE active) AS centers, (SELECT count(*) FROM service_day) AS rollups,
                       (SELECT count(*) FROM service_month) AS months, (SELECT count(*) FROM region_service_day) AS region_days,
                       (SELECT count(*) FROM center WHERE code LIKE 'n-%') AS generated,
                       pg_size_pretty(pg_database_size(current_database())) AS size, current_setting('server_version') AS pg,
                       current_setting('shared_buffers') AS buffers""").query().singleRow();
        String data = NATIONAL
                ? """
                  Data: %,d active centers over the 12 regions, two years of history; %,d of the centers have theirs written as
                  rollups directly (%,d daily and %,d monthly rollup rows in all; %,d daily rows in the region tables), the demo's
                  centers as %,d real tickets, %,d people, %,d visits, %,d referrals, the sample their rollups are checked against;
                  database %s.""".formatted(volumes.get("centers"), volumes.get("generated"), volumes.get("rollups"),
                        volumes.get("months"), volumes.get("region_days"), volumes.get("tickets"), volumes.get("people"),
                        volumes.get("visits"), volumes.get("referrals"), volumes.get("size"))
                : """
                  Data: %,d tickets over two years at %d centers, %,d people, %,d visits, %,d referrals; %,d daily rollup rows;
                  database %s.""".formatted(volumes.get("tickets"), volumes.get("centers"), volumes.get("people"),
                        volumes.get("visits"), volumes.get("referrals"), volumes.get("rollups"), volumes.get("size"));
        String reproduce = NATIONAL
                ? """
                  Reproduce (the first run generates the sample and the centers' rollups and sums the region rollups; later runs
                  reuse them):

                  ```
                  createdb -h 127.0.0.1 -U postgres socialhub_national
                  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/socialhub_national SPRING_DATASOURCE_USERNAME=postgres \\
                    ./mvnw -B -ntp -Pbenchmark verify -Dit.test=SupervisionBenchmark -Dbenchmark.shape=national
                  ```
                  `-Dbenchmark.centers=… -Dbenchmark.sample-tickets=…` change the shape of a new database."""
                : """
                  Reproduce (first run generates the volumes, about 15 minutes on this machine; later runs reuse them):

                  ```
                  createdb -h 127.0.0.1 -U postgres socialhub_bench
                  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/socialhub_bench SPRING_DATASOURCE_USERNAME=postgres \\
                    ./mvnw -B -ntp -Pbenchmark verify -Dit.test=SupervisionBenchmark
                  ```
                  Without `SPRING_DATASOURCE_URL` the benchmark keeps its data in an embedded PostgreSQL under
                  `~/.smart-social-hub/benchmark-pgdata`. `-Dbenchmark.tickets=… -Dbenchmark.people=…` change the volumes of a new database.""";
        return """
                ## %s

                Run on %s (Morocco time): %d cores, %d GB of memory given to the JVM at most, PostgreSQL %s (shared_buffers %s) on the same machine.
                %s %s
                The rollups were checked equal to a recount of the facts before measuring (%.0f s for the recount).

                Each screen is opened %d times (after %d warm-up openings) in a new browser session with Karibu: server time to
                build the view with its data and its SVG charts and write its first response (grids render their rows). Its statements, recorded once, are sent again %d times over plain
                JDBC on the same database (every column of every row read): the raw-SQL limit. Times in milliseconds; target: p95 ≤ %.0f ms.

                | Screen | p50 | p95 | max | statements | raw SQL p50 | raw SQL p95 | screen ÷ raw (p50) | p95 ≤ %.0f ms |
                |---|---|---|---|---|---|---|---|---|
                %s

                %s

                %s

                %s
                """.formatted(NATIONAL ? "Supervision screens at the national shape (2,000 centers)" : "Supervision screens on national volumes",
                LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 30, volumes.get("pg"),
                volumes.get("buffers"), data.strip(), notes.strip(), checkSeconds, RUNS, WARM_UP,
                RUNS, TARGET_MS, TARGET_MS, String.join("\n", rows),
                allMet ? "Every screen meets the target." : "**Some screens miss the target: see the last column.**", reportLine,
                reproduce.strip());
    }

    private static String range(String area, LocalDate from, LocalDate to) {
        return "area=" + area + "&from=" + from + "&to=" + to;
    }
}
