package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.journey.Browsers;
import ma.socialhub.support.Fixtures;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault drill (issue 19, ADR 0030): the primary PostgreSQL server dies under the restart drill's
 * load, and its synchronous standby takes over as a failover manager would make it.
 *
 * <p>Two PostgreSQL clusters on this machine ({@link PostgresPair}): a primary and a standby made
 * with {@code pg_basebackup}, the database's default {@code synchronous_commit = local} as
 * docs/deployment.md sets it, so that only the hub's acknowledged writes wait for the standby. The
 * nodes are pointed at both servers ({@code targetServerType=primary}). Under 20 kiosks and 10
 * counters on this node, with a kiosk open in Chromium on it and a display on a second node (a JVM
 * of its own), the primary is killed ({@code SIGKILL}:
 * no clean shutdown, no last WAL sent); after the time a failover manager takes to notice (Patroni
 * with {@code ttl: 20}, docs/deployment.md) the standby is promoted, and later the old primary is
 * rewound and brought back as the new standby. Counted: tickets acknowledged and found after,
 * none twice, none called twice, seconds until kiosks issue again (target ≤ 30 s), what the kiosk
 * and the display showed meanwhile; then the cost of a synchronous standby on issuing a ticket.
 *
 * <p>Runs PostgreSQL's own binaries as the {@code postgres} user: {@code bash .ci/drills} as root.
 * Writes to {@code docs/benchmarks.md}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"hub.embedded-db.data-dir=", "hub.embedded-db.demo=false",
        "management.server.port=0", "hub.kiosk.config-dir=target/test-kiosk-config", "hub.kiosk.demo-secrets=true",
        "hub.kiosk.demo-config-dir=target/test-kiosk-config",
        "spring.datasource.hikari.maximum-pool-size=40",
        "spring.datasource.hikari.connection-timeout=2000",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=ERROR"})
@Import(Fixtures.class)
class DatabaseFailoverDrill {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    /**
     * From the primary's death to the promotion: Patroni with {@code ttl: 20, loop_wait: 5}
     * (docs/deployment.md; newer Patroni raises a smaller ttl to 20) lets the leader key expire 15 to
     * 20 s after the primary's last renewal; the drill takes the worst case.
     */
    private static final int DETECTION_SECONDS = Integer.getInteger("drill.detection-seconds", 20);
    private static final double TARGET_SECONDS = 30;
    private static final int TIMED_ISSUES = 400;
    private static final String UNAVAILABLE_TAP = "Service momentanément indisponible. Touchez à nouveau dans un instant.";

    private static PostgresPair pair;

    @DynamicPropertySource
    static void twoServers(DynamicPropertyRegistry registry) {
        pair = PairedDatabase.use(registry, "hub-failover-drill", Integer.getInteger("drill.primary-port", 5441),
                Integer.getInteger("drill.standby-port", 5442));
    }

    @AfterAll
    static void stopServers() {
        if (pair != null) {
            pair.close();
        }
    }

    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired QueueUpdates updates;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired HikariDataSource dataSource;
    @LocalServerPort int port;

    @Test
    void aKilledPrimaryLosesNoAcknowledgedTicketAndKiosksIssueAgainOnTheStandbyWithinThirtySeconds() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long service = fixtures.service('R');
        List<Long> counters = fixtures.counters(center, 10, service);
        String agent = fixtures.agent(center);
        String kioskKey = fixtures.kiosk(center);
        int oldPrimary = pair.primaryPort();
        assertThat(health().getDetails()).containsEntry("primary", true).containsEntry("synchronousStandbys", 1);

        WebDriver kiosk = Browsers.chromium("fr", 1080, 1920);
        WebDriver display = Browsers.chromium("fr", 1920, 1080);
        // the display on a second node: it must follow the calls made through this one after the failover
        try (NodeProcess node2 = NodeProcess.start("failover-node2", dataSource, "--hub.kiosk.config-dir=target/test-kiosk-config",
                "--hub.kiosk.demo-secrets=true", "--hub.kiosk.demo-config-dir=target/test-kiosk-config")) {
            Browsers.registeredKiosk(kiosk, "http://localhost:" + port, kioskKey);
            kiosk.get("http://localhost:" + port + "/kiosk/" + code);
            waitFor(kiosk, "vaadin-button.language-tile[aria-label='Français']").click();
            waitFor(kiosk, "vaadin-button.service-tile").click();
            waitFor(kiosk, "vaadin-button.priority-none");
            display.get("http://localhost:" + node2.port + "/display/" + code + "?lang=fr");
            new WebDriverWait(display, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".display-current")));

            QueueLoad load = new QueueLoad(tickets, fixtures, center, service, counters, agent);
            Thread.sleep(8_000);
            long before = load.acknowledged().size();
            load.fault();
            pair.killPrimary();
            long killed = System.nanoTime();

            // meanwhile: a citizen taps at the kiosk, the display shows what it can
            waitFor(kiosk, "vaadin-button.priority-none").click();
            new WebDriverWait(kiosk, Duration.ofSeconds(20)).until(b -> notificationShows(b, UNAVAILABLE_TAP));
            double kioskSaid = (System.nanoTime() - killed) / 1e9;
            Set<String> displayShowed = new LinkedHashSet<>();
            while (System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(DETECTION_SECONDS)) {
                displayShowed.add(displayState(display));
                Thread.sleep(500);
            }

            Duration promotion = pair.promoteStandby();
            long promoted = System.nanoTime();
            String calledAtPromotion = callNumber(display);
            // the display follows the calls made on the new primary, without anybody touching it
            new WebDriverWait(display, Duration.ofSeconds(60)).until(b -> !callNumber(b).equals(calledAtPromotion)
                    && !callNumber(b).isEmpty());
            double displayBack = (System.nanoTime() - promoted) / 1e9;
            waitFor(kiosk, "vaadin-button.priority-none").click(); // the same tiles, the same interaction
            String number = new WebDriverWait(kiosk, Duration.ofSeconds(30)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ticket-number"))).getText();
            Thread.sleep(10_000);
            load.close();

            double kiosksBack = load.firstIssueAfter() == 0 ? Double.NaN : (load.firstIssueAfter() - killed) / 1e9;
            long stored = jdbc.sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Long.class).single();
            long distinctKeys = jdbc.sql("SELECT count(DISTINCT idempotency_key) FROM ticket WHERE center_id = ? AND idempotency_key IS NOT NULL")
                    .param(center).query(Long.class).single();
            long withKey = jdbc.sql("SELECT count(*) FROM ticket WHERE center_id = ? AND idempotency_key IS NOT NULL")
                    .param(center).query(Long.class).single();
            List<Long> missing = load.acknowledged().values().stream().filter(id -> jdbc.sql("SELECT count(*) FROM ticket WHERE id = ?")
                    .param(id).query(Long.class).single() != 1).toList();
            long listenerUp = waitForListener();
            Health afterwards = health();

            assertThat(missing).as("acknowledged tickets not on the new primary").isEmpty();
            assertThat(withKey).as("one ticket per kiosk key, none doubled by a retry").isEqualTo(distinctKeys);
            assertThat(load.calledTwice()).as("tickets called twice").isZero();
            assertThat(load.acknowledged().size()).as("tickets were issued after the failover").isGreaterThan((int) before);
            assertThat(load.firstFailure()).as("the primary's death was felt").isNotZero();
            assertThat(kiosksBack).as("seconds from the primary's death until kiosks issue again").isLessThanOrEqualTo(TARGET_SECONDS);
            assertThat(listenerUp).as("the queue listener is back on the new primary").isNotNegative();
            assertThat(number).as("the kiosk's next tap gives a ticket").matches("R-\\d{3}");
            assertThat(afterwards.getStatus()).as("health after the failover, alone").isEqualTo(Status.UP);
            assertThat(afterwards.getDetails()).containsEntry("primary", true).containsEntry("alone", true)
                    .containsEntry("server", "127.0.0.1:" + pair.primaryPort());

            long rewinding = System.nanoTime();
            pair.rejoinOldPrimaryAsStandby();
            double rejoined = (System.nanoTime() - rewinding) / 1e9;
            assertThat(pair.standbyPort()).as("the old primary is the standby now").isEqualTo(oldPrimary);
            assertThat(health().getDetails()).as("health with the old primary back as a synchronous standby")
                    .containsEntry("synchronousStandbys", 1).containsEntry("alone", false);
            String costs = synchronousCommitCost(center, service);

            BenchmarkReport.write("drill-failover", """
                    ## Drill: the primary PostgreSQL server killed, its standby promoted

                    Run on %s: two PostgreSQL clusters on this machine (`PostgresPair`: a primary and a standby made with
                    `pg_basebackup`, `synchronous_standby_names = 'ANY 1 (*)'`, the database's default
                    `synchronous_commit = local`; the hub's acknowledged writes ask for `on`, ADR 0030). The node's URL names both
                    servers with `targetServerType=primary`. 20 kiosks issuing (each retry keeps its idempotency key) and 10
                    counters calling and finishing, on one center, through one node; a kiosk open in Chromium (French) on that
                    node, the center's display on a second node (a JVM of its own, the same URL). After 8 s the
                    primary's postmaster and its children get `SIGKILL`; %d s later (a failover manager's detection: Patroni's
                    leader key with `ttl: 20`, at worst) the standby is promoted (`pg_ctl promote`, %.1f s) and its
                    `synchronous_standby_names` emptied, as Patroni does when no synchronous standby is left. The work goes on
                    10 s after the kiosk's ticket. Then the old primary is rewound (`pg_rewind`) and started as the new standby.

                    | | |
                    |---|---|
                    | tickets acknowledged | %,d (%,d before the kill) |
                    | acknowledged but missing on the new primary, or stored twice | %d |
                    | tickets called | %,d, none twice: %s |
                    | failed attempts (retried) | %,d |
                    | from the primary's death to kiosks issuing again | %.1f s (target ≤ %.0f s: %s) |
                    | the kiosk, tapped just after the kill | said "%s" %.1f s after the kill; its tiles stayed |
                    | the display meanwhile | %s |
                    | the display (on a second node) after the promotion | showed a new call %.1f s later, untouched |
                    | the kiosk, tapped again after the promotion | ticket %s |
                    | queue listener back | %s |
                    | health after the failover | `databaseServer` %s, %s |
                    | the old primary back as a synchronous standby | %.1f s (`pg_rewind`, start, streaming) |

                    %s

                    Reproduce: `bash .ci/drills` (as root: it runs PostgreSQL's binaries as the `postgres` user, on ports 5441
                    and 5442).
                    """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    DETECTION_SECONDS, promotion.toMillis() / 1e3, load.acknowledged().size(), before,
                    missing.size() + (withKey - distinctKeys), load.called().size(), load.calledTwice() == 0 ? "yes" : "**no**",
                    load.failures(), kiosksBack, TARGET_SECONDS, kiosksBack <= TARGET_SECONDS ? "yes" : "**no**", UNAVAILABLE_TAP,
                    kioskSaid, String.join(", then ", displayShowed), displayBack, number,
                    listenerUp < 0 ? "**no**" : "within " + listenerUp + " s of the end", afterwards.getStatus(),
                    afterwards.getDetails(), rejoined, costs));
            assertThat(stored).as("tickets of the center").isGreaterThanOrEqualTo(withKey);
        } finally {
            kiosk.quit();
            display.quit();
        }
    }

    /**
     * Issuing a ticket one after another with the old primary back as a synchronous standby, then
     * with {@code synchronous_standby_names} emptied (an asynchronous standby): the latency a
     * synchronous standby adds, here over the loopback (a real standby adds the network's round trip).
     */
    private String synchronousCommitCost(long center, long service) {
        double[] synchronous = timeIssues(center, service);
        pair.sql(pair.primaryPort(), "ALTER SYSTEM SET synchronous_standby_names = ''");
        pair.sql(pair.primaryPort(), "SELECT pg_reload_conf()");
        QueueLoad.pause(1_000);
        double[] asynchronous = timeIssues(center, service);
        return """
                Issuing a ticket, %d one after the other on this machine (the standby over the loopback):

                | standby | p50 | p95 |
                |---|---|---|
                | synchronous (`ANY 1 (*)`, acknowledged writes wait for its flush) | %.2f ms | %.2f ms |
                | asynchronous (`synchronous_standby_names` empty) | %.2f ms | %.2f ms |
                """.formatted(TIMED_ISSUES, synchronous[0], synchronous[1], asynchronous[0], asynchronous[1]);
    }

    private double[] timeIssues(long center, long service) {
        Timings timings = new Timings(TIMED_ISSUES);
        for (int i = 0; i < 50 + TIMED_ISSUES; i++) {
            long start = System.nanoTime();
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC, UUID.randomUUID().toString());
            if (i >= 50) {
                timings.add(System.nanoTime() - start);
            }
        }
        return new double[] {timings.percentile(50), timings.percentile(95)};
    }

    private Health health() {
        return context.getBean("databaseServer", HealthIndicator.class).health();
    }

    /**
     * What the display shows: the unavailable page, or its queue with the last call. Read in one
     * script: the display redraws with every call, and an element found a moment before may be gone.
     */
    private static String displayState(WebDriver display) {
        Object state = ((JavascriptExecutor) display).executeScript("""
                const unavailable = document.querySelector('.unavailable h1');
                if (unavailable) return '"' + unavailable.textContent.trim() + '"';
                return document.querySelector('.display-current') ? 'its queue' : 'a blank page';""");
        return String.valueOf(state);
    }

    private static String callNumber(WebDriver display) {
        Object number = ((JavascriptExecutor) display).executeScript(
                "const n = document.querySelector('.display-current .call-number'); return n ? n.textContent.trim() : '';");
        return number == null ? "" : number.toString();
    }

    private static boolean notificationShows(WebDriver browser, String text) {
        return browser.findElements(By.cssSelector("vaadin-notification-card")).stream().anyMatch(card -> card.getText().contains(text));
    }

    private static WebElement waitFor(WebDriver browser, String css) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(css + " not found at " + browser.getCurrentUrl() + " in:\n" + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private long waitForListener() throws InterruptedException {
        long start = System.nanoTime();
        while (!updates.isListening() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
            Thread.sleep(100);
        }
        return updates.isListening() ? TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) : -1;
    }
}
