package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import ma.socialhub.benchmark.Concurrently.Measured;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.journey.Browsers;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.SecondNode;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.QueueChanged;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The queue under load, through the service layer, each figure next to a raw JDBC loop sending the
 * statements that change the database (the same SQL, triggers and NOTIFY included) on the same
 * database in the same run:
 * <ul>
 *   <li>issuance: 50 concurrent issuers across 500 centers;
 *   <li>call next: 50 concurrent counters, 10 to a center on one line, each call then finished,
 *       and no ticket called twice;
 *   <li>a call on node A heard on node B (through PostgreSQL), where node B's displays refresh.
 * </ul>
 * Runs on a database of its own ({@code socialhub_queue_bench}, made afresh on the server of
 * {@code SPRING_DATASOURCE_URL}, or an embedded throw-away one). Writes to {@code docs/benchmarks.md}.
 */
@SpringBootTest(properties = {"hub.embedded-db.data-dir=", "hub.embedded-db.demo=false", "management.server.port=0",
        "hub.kiosk.config-dir=target/benchmark-kiosk-config", "spring.datasource.hikari.maximum-pool-size=60",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=WARN",
        "logging.level.ma.socialhub.ticketing.QueueMetrics=WARN"})
@Import({Fixtures.class, SupervisionBenchmark.Recorder.class})
class QueueBenchmark {

    private static final int THREADS = 50;
    private static final int CENTERS = 500;
    private static final int OPERATIONS = Integer.getInteger("benchmark.queue.operations", 10_000);
    private static final int WARM_UP = Math.min(2_000, OPERATIONS / 5);
    private static final int LATENCY_SAMPLES = 400;
    private static final int BROWSER_SAMPLES = 100;
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
        OwnDatabase.use(registry, "socialhub_queue_bench");
    }

    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired StatementRecorder recorder;
    @Autowired QueueUpdates updates;

    @Test
    void issuingAndCallingThroughTheServicesComparedWithRawJdbc() throws Exception {
        long service = fixtures.service('Q');
        List<Long> centers = new ArrayList<>();
        for (int i = 0; i < CENTERS; i++) {
            long center = fixtures.center();
            fixtures.counter(center, "1", service);
            centers.add(center);
        }
        List<String> rows = new ArrayList<>();
        Connections raw = new Connections(recorder.raw());

        // issuance
        run(THREADS, WARM_UP, () -> issue(centers, service)); // warm-up
        Measured issued = run(THREADS, OPERATIONS, () -> issue(centers, service));
        run(THREADS, WARM_UP, () -> raw.issue(centers, service));
        Measured rawIssued = run(THREADS, OPERATIONS, () -> raw.issue(centers, service));
        rows.add(row("Issue a ticket (50 issuers, 500 centers)", issued, rawIssued, 0.5));
        Gap gap = new Gap();
        gap.issue(centers, service, rawIssued);

        // call next: 10 centers, 5 counters each on the same line
        List<long[]> counters = new ArrayList<>(); // {center, counter, agent's index}
        List<String> agents = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            long center = fixtures.center();
            String agent = fixtures.agent(center);
            agents.add(agent);
            for (long counter : fixtures.counters(center, 5, service)) {
                counters.add(new long[] {center, counter, c});
            }
        }
        // enough waiting tickets for both runs, with a margin: threads do not share the calls exactly evenly
        int perCenter = (int) ((OPERATIONS + WARM_UP) * 2 / 10 * 1.3);
        List<Long> lines = counters.stream().map(k -> k[0]).distinct().toList();
        run(THREADS, perCenter * lines.size(), () -> raw.issue(lines, service));
        Set<Long> calledByService = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        Calling calling = new Calling(counters, agents, calledByService, twice);
        run(THREADS, WARM_UP, calling::serviceCall);
        Measured called = run(THREADS, OPERATIONS, calling::serviceCall);
        Calling rawCalling = new Calling(counters, agents, calledByService, twice);
        run(THREADS, WARM_UP, () -> rawCalling.rawCall(raw));
        Measured rawCalled = run(THREADS, OPERATIONS, () -> rawCalling.rawCall(raw));
        assertThat(twice.get()).as("tickets called twice").isZero();
        rows.add(row("Call next (50 counters, 10 centers)", called, rawCalled, 0.5));
        gap.call(counters, service, rawCalled, rawCalling, raw);
        assertThat(twice.get()).as("tickets called twice, the raw loop without triggers included").isZero();

        String crossNode = crossNodeLatency(service);
        BenchmarkReport.write("queue", markdown(rows, calledByService.size(), crossNode, gap.markdown()));
        // figures written first, so that a miss is on record beside its target
        assertThat(rows).as("service throughput at least half of raw").noneMatch(row -> row.endsWith("| **no** |"));
    }

    /** Issues one ticket at a random center through the service; returns the nanoseconds it took. */
    private long issue(List<Long> centers, long service) {
        long center = centers.get(ThreadLocalRandom.current().nextInt(centers.size()));
        long start = System.nanoTime();
        IssueResult result = tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        long elapsed = System.nanoTime() - start;
        assertThat(result).isInstanceOf(IssueResult.Issued.class);
        return elapsed;
    }

    /** Each thread works one counter, as its center's agent; every call is finished before the next. */
    private final class Calling {
        private final List<long[]> counters;
        private final List<String> agents;
        private final Set<Long> called;
        private final AtomicInteger twice;
        private final ThreadLocal<long[]> mine;
        private final AtomicInteger next = new AtomicInteger();

        Calling(List<long[]> counters, List<String> agents, Set<Long> called, AtomicInteger twice) {
            this.counters = counters;
            this.agents = agents;
            this.called = called;
            this.twice = twice;
            this.mine = ThreadLocal.withInitial(() -> counters.get(next.getAndIncrement() % counters.size()));
        }

        long serviceCall() {
            long[] counter = mine.get();
            fixtures.signIn(agents.get((int) counter[2]));
            long start = System.nanoTime();
            CallResult result = tickets.callNext(counter[1]);
            long elapsed = System.nanoTime() - start;
            if (result instanceof CallResult.Called call) {
                remember(call.ticket().id());
                tickets.finish(call.ticket().id(), counter[1]);
            } else {
                throw new IllegalStateException("Expected a call, got " + result);
            }
            return elapsed;
        }

        long rawCall(Connections raw) {
            long[] counter = mine.get();
            long start = System.nanoTime();
            long ticket = raw.callNext(counter[0], counter[1]);
            long elapsed = System.nanoTime() - start;
            remember(ticket);
            raw.finish(ticket);
            return elapsed;
        }

        private void remember(long ticket) {
            if (!called.add(ticket)) {
                twice.incrementAndGet();
            }
        }
    }

    /**
     * The statements that change the database, on plain JDBC connections of the same pool: what
     * the service layer adds on top (the catalogue checks, people ahead, the agent's rights, the
     * counter's current ticket) is its cost.
     */
    private static final class Connections {
        private final DataSource dataSource;
        private final boolean notify;

        Connections(DataSource dataSource) {
            this(dataSource, true);
        }

        Connections(DataSource dataSource, boolean notify) {
            this.dataSource = dataSource;
            this.notify = notify;
        }

        /** A connection of the pool for one transaction, as the services borrow theirs. */
        private Connection open() {
            try {
                Connection c = dataSource.getConnection();
                c.setAutoCommit(false);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        long issue(List<Long> centers, long service) {
            long center = centers.get(ThreadLocalRandom.current().nextInt(centers.size()));
            long start = System.nanoTime();
            insert(center, service);
            return System.nanoTime() - start;
        }

        void fill(long center, long service, int count) {
            for (int i = 0; i < count; i++) {
                insert(center, service);
            }
        }

        private void insert(long center, long service) {
            Instant now = Instant.now();
            try (Connection c = open(); PreparedStatement insert = c.prepareStatement(ISSUE); PreparedStatement notify = c.prepareStatement(NOTIFY)) {
                insert.setLong(1, center);
                insert.setLong(2, service);
                insert.setObject(3, LocalDate.now(MOROCCO));
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setString(5, "raw-" + UUID.randomUUID());
                insert.setTimestamp(6, Timestamp.from(now));
                long id;
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                if (this.notify) {
                    notify.setString(1, center + "," + id + ",ISSUED");
                    notify.executeQuery().close();
                }
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        long callNext(long center, long counter) {
            try (Connection c = open(); PreparedStatement lock = c.prepareStatement("SELECT id FROM counter WHERE id = ? FOR UPDATE");
                    PreparedStatement call = c.prepareStatement(CALL); PreparedStatement notify = c.prepareStatement(NOTIFY)) {
                lock.setLong(1, counter);
                lock.executeQuery().close();
                Timestamp now = Timestamp.from(Instant.now());
                call.setLong(1, counter);
                call.setTimestamp(2, now);
                call.setTimestamp(3, now);
                call.setTimestamp(4, now);
                call.setLong(5, center);
                call.setObject(6, LocalDate.now(MOROCCO));
                call.setLong(7, counter);
                call.setLong(8, counter);
                long id;
                try (ResultSet rs = call.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("The line is empty");
                    }
                    id = rs.getLong(1);
                }
                if (this.notify) {
                    notify.setString(1, center + "," + id + ",CALLED");
                    notify.executeQuery().close();
                }
                c.commit();
                return id;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void finish(long ticket) {
            try (Connection c = open(); PreparedStatement finish = c.prepareStatement("""
                    UPDATE ticket SET state = 'DONE', started_at = coalesce(started_at, last_called_at), finished_at = now(),
                                      version = version + 1 WHERE id = ? AND state IN ('CALLED', 'IN_SERVICE')""")) {
                finish.setLong(1, ticket);
                finish.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }


        /** TicketQueue's insert, with the ticket's own number from its sequence. */
        private static final String ISSUE = """
                WITH seq AS (
                    INSERT INTO ticket_sequence (center_id, service_id, day, last_number) VALUES (?, ?, ?, 1)
                    ON CONFLICT (center_id, service_id, day) DO UPDATE SET last_number = ticket_sequence.last_number + 1
                    RETURNING center_id, service_id, day, last_number)
                INSERT INTO ticket (center_id, service_id, first_service_id, day, number, letter, priority_class, queue_key,
                                    qr_token, language, issued_at)
                SELECT seq.center_id, seq.service_id, seq.service_id, seq.day, seq.last_number, 'Q', 0, ?, ?, 'ar', ?
                  FROM seq
                RETURNING id
                """;
        /** TicketQueue's call next. */
        private static final String CALL = """
                UPDATE ticket t
                   SET state = 'CALLED', counter_id = ?, called_at = ?, last_called_at = ?,
                       first_called_at = coalesce(t.first_called_at, ?), version = t.version + 1
                 WHERE t.id = (SELECT w.id FROM ticket w
                                WHERE w.center_id = ? AND w.day = ? AND w.state = 'WAITING'
                                  AND (w.wanted_counter_id = ?
                                       OR (w.wanted_counter_id IS NULL
                                           AND w.service_id IN (SELECT cs.service_id FROM counter_service cs WHERE cs.counter_id = ?)))
                                ORDER BY w.queue_key, w.id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING t.id
                """;
        private static final String NOTIFY = "SELECT pg_notify('queue_changed', ?)";
    }

    /** Operations measured together: latencies and the wall time of the whole run. */
    /** Runs {@code operations} calls of {@code operation} (which returns its own latency) on {@code threads} threads. */
    private static Measured run(int threads, int operations, Callable<Long> operation) throws Exception {
        return Concurrently.run(threads, operations, thread -> operation.call());
    }

    /**
     * Node B, a second application on the same database, listens as its displays do; node A calls.
     * Measures from just before the call on A to the moment B's listener hears it.
     */
    private String crossNodeLatency(long service) throws Exception {
        var hikari = (HikariDataSource) recorder.raw();
        long center = fixtures.center();
        long counter = fixtures.counter(center, "1", service);
        String agent = fixtures.agent(center);
        new Connections(recorder.raw()).fill(center, service, LATENCY_SAMPLES + 20 + BROWSER_SAMPLES + 10);
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext nodeB = SecondNode.start(hikari, "--logging.level.root=WARN")) {
            SecurityContextHolder.setContextHolderStrategy(ours);
            QueueUpdates onB = nodeB.getBean(QueueUpdates.class);
            assertThat(onB.isListening()).as("node B listening").isTrue();
            BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
            onB.subscribe(center, change -> {
                if (change.kind() == QueueChanged.Kind.CALLED) {
                    heard.add(System.nanoTime());
                }
            });
            fixtures.signIn(agent);
            Timings latency = new Timings(LATENCY_SAMPLES);
            for (int i = 0; i < LATENCY_SAMPLES + 20; i++) {
                long start = System.nanoTime();
                CallResult call = tickets.callNext(counter);
                Long at = heard.poll(5, TimeUnit.SECONDS);
                assertThat(at).as("the call heard on node B").isNotNull();
                if (i >= 20) {
                    latency.add(at - start);
                }
                tickets.finish(((CallResult.Called) call).ticket().id(), counter);
                Thread.sleep(5);
            }
            String listener = "| Call on node A heard by node B's listener | %.1f | %.1f | %.1f | p95 ≤ 500 ms: %s |".formatted(
                    latency.percentile(50), latency.percentile(95), latency.percentile(99), latency.percentile(95) <= 500 ? "yes" : "**no**");
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            Timings shown = onDisplayInChromium("http://localhost:" + portB + "/display/" + fixtures.code(center) + "?lang=fr", counter);
            return listener + "\n" + "| Call on node A shown on a display in Chromium attached to node B | %.1f | %.1f | %.1f | p95 ≤ 500 ms: %s |"
                    .formatted(shown.percentile(50), shown.percentile(95), shown.percentile(99), shown.percentile(95) <= 500 ? "yes" : "**no**");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
            fixtures.signOut();
        }
    }

    /**
     * A real display in Chromium on node B; each call on node A is timed from just before
     * {@code callNext} (this JVM's clock) to the moment the browser's DOM shows its number (the
     * browser's clock: the same machine's). Milliseconds.
     */
    private Timings onDisplayInChromium(String displayUrl, long counter) throws Exception {
        WebDriver display = Browsers.chromium("fr", 1920, 1080);
        try {
            display.get(displayUrl);
            new WebDriverWait(display, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".display-current")));
            JavascriptExecutor page = (JavascriptExecutor) display;
            page.executeScript("""
                    window.hubShown = {};
                    const current = document.querySelector('.display-current');
                    new MutationObserver(() => {
                        const number = current.querySelector('.call-number');
                        if (number && !(number.textContent in window.hubShown)) window.hubShown[number.textContent] = Date.now();
                    }).observe(current, {childList: true, subtree: true, characterData: true});
                    """);
            Timings shown = new Timings(BROWSER_SAMPLES);
            for (int i = 0; i < BROWSER_SAMPLES + 10; i++) {
                long start = System.currentTimeMillis();
                CallResult.Called call = (CallResult.Called) tickets.callNext(counter);
                String number = call.ticket().number().toString();
                Long at = new WebDriverWait(display, Duration.ofSeconds(5), Duration.ofMillis(5)).until(
                        b -> (Long) page.executeScript("return window.hubShown[arguments[0]] || null", number));
                if (i >= 10) {
                    shown.add(TimeUnit.MILLISECONDS.toNanos(at - start));
                }
                tickets.finish(call.ticket().id(), counter);
                Thread.sleep(100);
            }
            return shown;
        } finally {
            display.quit();
        }
    }

    private static String row(String name, Measured service, Measured raw, double target) {
        double share = service.perSecond() / raw.perSecond();
        return "| %s | %,.0f | %.1f | %.1f | %,.0f | %.1f | %.1f | %.0f %% | %s |".formatted(name, service.perSecond(),
                service.latencies().percentile(50), service.latencies().percentile(99), raw.perSecond(), raw.latencies().percentile(50),
                raw.latencies().percentile(99), share * 100, share >= target ? "yes" : "**no**");
    }

    /**
     * Where the raw loop's time goes (issue 18): the same statements with one part taken away at a
     * time, from this JVM and from pgbench, on the same database in the same run.
     */
    private final class Gap {
        private final Map<String, String[]> cells = new LinkedHashMap<>();
        private final QueueGap pgbench;
        private final boolean pgbenchHere = QueueGap.available();
        private List<String> triggers = List.of();

        Gap() throws Exception {
            pgbench = new QueueGap((HikariDataSource) recorder.raw());
        }

        void issue(List<Long> centers, long service, Measured rawIssued) throws Exception {
            put("raw", 0, rawIssued);
            triggers = pgbenchHere ? pgbench.ticketTriggerNames() : List.of();
            Connections bare = new Connections(recorder.raw(), false);
            withoutTriggers(() -> {
                run(THREADS, WARM_UP, () -> bare.issue(centers, service));
                put("raw-bare", 0, run(THREADS, OPERATIONS, () -> bare.issue(centers, service)));
            });
            if (!pgbenchHere) {
                return;
            }
            long first = centers.getFirst();
            assertThat(centers.getLast() - first).as("the issuing centers' ids follow each other").isEqualTo(centers.size() - 1);
            put("pg", 0, pgbench.run("issue", pgbench.issueScript(first, centers.size(), service, true), THREADS, 0));
            put("pg-no-notify", 0, pgbench.run("issue-no-notify", pgbench.issueScript(first, centers.size(), service, false), THREADS, 0));
            withoutTriggers(() -> {
                put("pg-no-triggers", 0, pgbench.run("issue-no-triggers", pgbench.issueScript(first, centers.size(), service, true), THREADS, 0));
                put("pg-bare", 0, pgbench.run("issue-bare", pgbench.issueScript(first, centers.size(), service, false), THREADS, 0));
            });
            put("pg-8", 0, pgbench.run("issue-8", pgbench.issueScript(first, centers.size(), service, true), 8, 0));
        }

        void call(List<long[]> counters, long service, Measured rawCalled, Calling calling, Connections raw) throws Exception {
            put("raw", 1, rawCalled);
            List<Long> lineCenters = counters.stream().map(k -> k[0]).distinct().toList();
            int perCenter = counters.size() / lineCenters.size();
            // waiting tickets for the bare loop, issued as the raw loop issues them
            run(THREADS, (OPERATIONS + WARM_UP) * 13 / 10, () -> raw.issue(lineCenters, service));
            Connections bare = new Connections(recorder.raw(), false);
            withoutTriggers(() -> {
                run(THREADS, WARM_UP, () -> calling.rawCall(bare));
                put("raw-bare", 1, run(THREADS, OPERATIONS, () -> calling.rawCall(bare)));
            });
            if (!pgbenchHere) {
                return;
            }
            long firstCenter = counters.getFirst()[0];
            long firstCounter = counters.getFirst()[1];
            for (int k = 0; k < counters.size(); k++) {
                assertThat(counters.get(k)[1]).as("counters follow each other, %d a center", perCenter).isEqualTo(firstCounter + k);
                assertThat(counters.get(k)[0]).as("centers follow each other").isEqualTo(firstCenter + k / perCenter);
            }
            // each run starts with tickets enough waiting at each center (a client finding its line empty would stop) and
            // the dead versions of the calls before it vacuumed away; on 8 connections clients 0-7 work the first two
            // centers' counters, so one center takes up to perCenter / 8 of a run's calls, at up to 4 times the raw pace
            int waiting = (int) Math.max(2_000, rawCalled.perSecond() * 4 * QueueGap.SECONDS * perCenter / 8);
            String callScript = pgbench.callScript(firstCenter, firstCounter, perCenter, true);
            String quiet = pgbench.callScript(firstCenter, firstCounter, perCenter, false);
            String[][] runs = {{"pg", callScript, "50"}, {"pg-no-notify", quiet, "50"}, {"pg-no-triggers", callScript, "50"},
                {"pg-bare", quiet, "50"}, {"pg-8", callScript, "8"}};
            for (String[] run : runs) {
                int fill = waiting - pgbench.fewestWaiting(lineCenters);
                if (fill > 0) {
                    pgbench.run("fill", pgbench.fillScript(firstCenter, service), lineCenters.size(), fill);
                }
                pgbench.vacuumTickets();
                boolean off = run[0].equals("pg-no-triggers") || run[0].equals("pg-bare");
                if (off) {
                    withoutTriggers(() -> put(run[0], 1, pgbench.run("call-" + run[0], run[1], Integer.parseInt(run[2]), 0)));
                } else {
                    put(run[0], 1, pgbench.run("call-" + run[0], run[1], Integer.parseInt(run[2]), 0));
                }
            }
        }

        private interface Work {
            void run() throws Exception;
        }

        /** {@code work} with the ticket table's own triggers (the rollups) off; on again after, whatever happens. */
        private void withoutTriggers(Work work) throws Exception {
            pgbench.ticketTriggers(false);
            try {
                work.run();
            } finally {
                pgbench.ticketTriggers(true);
            }
        }

        private void put(String variant, int column, Measured measured) {
            cells.computeIfAbsent(variant, v -> new String[2])[column] = "%,.0f /s, p50 %.1f ms".formatted(measured.perSecond(),
                    measured.latencies().percentile(50));
        }

        private void put(String variant, int column, QueueGap.Result result) {
            cells.computeIfAbsent(variant, v -> new String[2])[column] = "%,.0f /s, mean %.1f ms".formatted(result.perSecond(),
                    result.latencyMs());
        }

        String markdown() {
            Map<String, String> names = Map.of(
                    "raw", "the raw loop above: this JVM, its JDBC driver, the pool, 50 threads",
                    "raw-bare", "the raw loop without the ticket's triggers or NOTIFY",
                    "pg", "pgbench, 50 connections: the raw loop's statements",
                    "pg-no-notify", "pgbench, 50 connections, without NOTIFY",
                    "pg-no-triggers", "pgbench, 50 connections, without the ticket's triggers",
                    "pg-bare", "pgbench, 50 connections, without either: the bare statements",
                    "pg-8", "pgbench, 8 connections: the raw loop's statements");
            StringBuilder table = new StringBuilder("| statements sent by | issue a ticket | call next, then finish |\n|---|---|---|\n");
            for (Map.Entry<String, String[]> row : cells.entrySet()) {
                table.append("| ").append(names.get(row.getKey())).append(" | ").append(row.getValue()[0] == null ? "—" : row.getValue()[0])
                        .append(" | ").append(row.getValue()[1] == null ? "—" : row.getValue()[1]).append(" |\n");
            }
            return table + "\nThe ticket's triggers: " + (triggers.isEmpty() ? "(pgbench not found: its lines are missing)"
                    : String.join(", ", triggers.stream().map(t -> "`" + t + "`").toList())) + " (the rollups of ADR 0015 and what "
                    + "they keep). pgbench runs " + QueueGap.SECONDS + " s a line, prepared statements, on the same database"
                    + " after the raw loops (the ticket table grows from line to line; each call line starts with its lines"
                    + " topped up and the table vacuumed); a call's line counts a call and its finish (two transactions), as the"
                    + " raw loop does.";
        }
    }

    private static String markdown(List<String> rows, int calls, String crossNode, String gap) {
        return """
                ## The queue under load

                Run on %s: %d cores, PostgreSQL on the same machine, a database of its own. %,d operations measured
                per line after %,d warm-up ones, 50 threads each. The service layer runs everything a kiosk or a counter
                runs (catalogue checks, the ticket's number from its sequence, the rollup triggers, NOTIFY, people ahead;
                for a call: the agent's rights, the counter's row lock and its current ticket); the raw loop sends only the
                statements that change the database (same SQL, same triggers, NOTIFY) on plain JDBC connections of the
                same pool. Latencies in milliseconds. Target: service throughput at least 50 %% of raw.

                | Operation | service /s | p50 | p99 | raw /s | raw p50 | raw p99 | service ÷ raw | ≥ 50 %% |
                |---|---|---|---|---|---|---|---|---|
                %s

                %,d tickets called by 50 counters sharing lines: none was called twice (checked by id, every call
                finished before the next).

                Where the raw loop's time goes (issue 18): the same statements with one part taken away at a time,
                sent from this JVM and from `pgbench` (PostgreSQL's own client in C: one connection a client, no pool),
                one after another on the same database.

                %s

                | Across nodes | p50 | p95 | p99 | target |
                |---|---|---|---|---|
                %s

                Both lines start just before `callNext` on node A. The first ends when node B's queue listener (which
                refreshes node B's displays, counters and phone pages) hears the change through PostgreSQL `LISTEN/NOTIFY`
                (%,d calls); the second when a waiting-room display in headless Chromium, attached to node B, has the new
                number in its page (%,d calls; the browser's clock and the JVM's are the same machine's).

                Reproduce: `./mvnw -B -ntp -Pbenchmark verify -Dit.test=QueueBenchmark` (with `SPRING_DATASOURCE_URL` set, the
                benchmark makes a database `socialhub_queue_bench` on that server; without it, an embedded one).
                """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), OPERATIONS, WARM_UP, String.join("\n", rows), calls, gap, crossNode,
                LATENCY_SAMPLES, BROWSER_SAMPLES);
    }
}
