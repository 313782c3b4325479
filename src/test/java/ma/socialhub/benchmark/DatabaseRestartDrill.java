package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import ma.socialhub.journey.Browsers;
import ma.socialhub.support.Fixtures;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault drill: the local PostgreSQL cluster is restarted while 20 kiosks issue tickets and 10
 * counters call and finish them. A kiosk retries with the same idempotency key until it gets its
 * ticket, as the kiosk screen does; a counter retries its call. Afterwards every acknowledged ticket
 * is in the database exactly once, no ticket was called twice, and the time from the restart to the
 * first success is measured (target: 10 s, without restarting the application).
 *
 * <p>A second drill stops PostgreSQL for a while with a kiosk and a display open in Chromium: the
 * kiosk's tap must say "temporarily unavailable" (and the next tap, once the database is back, give
 * one ticket), a display opened meanwhile must say so too and come back by itself.
 *
 * <p>Restarts and stops the machine's PostgreSQL ({@code pg_ctlcluster <version> main restart}): run
 * it only on a machine whose database may go down for a few seconds. {@code ./mvnw -Pdrills verify}; writes to {@code docs/benchmarks.md}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"hub.embedded-db.data-dir=", "hub.embedded-db.demo=false",
        "management.server.port=0", "hub.kiosk.config-dir=target/test-kiosk-config", "hub.kiosk.demo-secrets=true",
        "hub.kiosk.demo-config-dir=target/test-kiosk-config",
        "spring.datasource.hikari.maximum-pool-size=40",
        "spring.datasource.hikari.connection-timeout=2000",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=ERROR"})
@Import(Fixtures.class)
class DatabaseRestartDrill {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
        OwnDatabase.use(registry, "socialhub_drill");
    }

    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired QueueUpdates updates;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aDatabaseRestartLosesNoTicketAndCallsNoneTwice() throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('R');
        List<Long> counters = fixtures.counters(center, 10, service);
        String agent = fixtures.agent(center);
        QueueLoad load = new QueueLoad(tickets, fixtures, center, service, counters, agent);
        Thread.sleep(8_000);
        long before = load.acknowledged().size();
        load.fault();
        long restarting = System.nanoTime();
        restartPostgres();
        long restartSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restarting);
        Thread.sleep(15_000);
        load.close();

        double recovery = load.firstSuccessAfter() == 0 ? Double.NaN : (load.firstSuccessAfter() - load.firstFailure()) / 1e9;
        long stored = jdbc.sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Long.class).single();
        long distinctKeys = jdbc.sql("SELECT count(DISTINCT idempotency_key) FROM ticket WHERE center_id = ?").param(center)
                .query(Long.class).single();
        List<Long> missing = load.acknowledged().values().stream().filter(id -> jdbc.sql("SELECT count(*) FROM ticket WHERE id = ?")
                .param(id).query(Long.class).single() != 1).toList();
        long listenerUp = waitForListener();

        assertThat(missing).as("acknowledged tickets not in the database").isEmpty();
        assertThat(stored).as("one ticket per key, none doubled by a retry").isEqualTo(distinctKeys);
        assertThat(load.calledTwice()).as("tickets called twice").isZero();
        assertThat(load.acknowledged().size()).as("tickets were issued after the restart").isGreaterThan((int) before);
        assertThat(load.firstFailure()).as("the restart was felt").isNotZero();

        BenchmarkReport.write("drill-database", """
                ## Drill: PostgreSQL restarted under load

                Run on %s: 20 kiosks issuing (each retry keeps its idempotency key) and 10 counters calling and finishing,
                on one center; after 8 s the local PostgreSQL cluster is restarted (`pg_ctlcluster … restart`, %d s), the work
                goes on 15 s more. The application is not restarted.

                | | |
                |---|---|
                | tickets acknowledged | %,d (%,d before the restart) |
                | acknowledged but missing, or stored twice | %d |
                | tickets called | %,d, none twice: %s |
                | failed attempts (retried) | %,d |
                | from the first failure to the first success | %.1f s (target ≤ 10 s: %s) |
                | queue listener back | %s |

                What users see while the database is down: the next section. Reproduce: `bash .ci/drills` (restarts the
                machine's PostgreSQL).
                """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), restartSeconds,
                load.acknowledged().size(), before, missing.size() + (stored - distinctKeys), load.called().size(),
                load.calledTwice() == 0 ? "yes" : "**no**", load.failures(), recovery, recovery <= 10 ? "yes" : "**no**",
                listenerUp < 0 ? "**no**" : "within " + listenerUp + " s of the end"));
    }

    @Test
    void whileTheDatabaseIsDownScreensSayTemporarilyUnavailableAndComeBackWithoutLosingATap() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('U'));
        String kioskKey = fixtures.kiosk(center);
        String unavailableTap = "Service momentanément indisponible. Touchez à nouveau dans un instant.";
        String unavailablePage = "Service momentanément indisponible";
        WebDriver kiosk = Browsers.chromium("fr", 1080, 1920);
        WebDriver display = Browsers.chromium("fr", 1920, 1080);
        try {
            Browsers.registeredKiosk(kiosk, "http://localhost:" + port, kioskKey);
            kiosk.get("http://localhost:" + port + "/kiosk/" + code);
            waitFor(kiosk, "vaadin-button.language-tile[aria-label='Français']").click();
            waitFor(kiosk, "vaadin-button.service-tile").click();
            waitFor(kiosk, "vaadin-button.priority-none");

            pgCtl("stop");
            long tapped = System.nanoTime();
            waitFor(kiosk, "vaadin-button.priority-none").click();
            new WebDriverWait(kiosk, Duration.ofSeconds(20)).until(b -> notificationShows(b, unavailableTap));
            double message = (System.nanoTime() - tapped) / 1e9;
            display.get("http://localhost:" + port + "/display/" + code + "?lang=fr");
            new WebDriverWait(display, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.cssSelector(".unavailable h1"),
                    unavailablePage));

            long started = System.nanoTime();
            pgCtl("start");
            new WebDriverWait(display, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".display-current")));
            double displayBack = (System.nanoTime() - started) / 1e9;
            long tappedAgain = System.nanoTime();
            waitFor(kiosk, "vaadin-button.priority-none").click(); // the same tiles, the same interaction
            String number = new WebDriverWait(kiosk, Duration.ofSeconds(30)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ticket-number"))).getText();
            double kioskBack = (System.nanoTime() - tappedAgain) / 1e9;
            long stored = jdbc.sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Long.class).single();
            assertThat(number).isEqualTo("U-001");
            assertThat(stored).as("the tap during the outage made no ticket, the next one made one").isEqualTo(1);

            BenchmarkReport.write("drill-outage", """
                    ## Drill: what users see while PostgreSQL is down

                    Run on %s, in Chromium, French. A citizen at the kiosk has chosen a service when the local PostgreSQL is
                    stopped (`pg_ctlcluster … stop`).

                    | | |
                    |---|---|
                    | the citizen taps "no priority" | %.1f s later the kiosk says (and speaks) "%s"; the tiles stay |
                    | a display opened meanwhile | shows "%s" and tries again by itself every %d s |
                    | PostgreSQL started again | the display shows the queue %.1f s later, untouched |
                    | the citizen taps again, then | ticket %s, %.1f s after the tap; tickets stored for the center: %d |

                    Reproduce: `bash .ci/drills` (stops and starts the machine's PostgreSQL).
                    """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), message,
                    unavailableTap, unavailablePage, 10, displayBack, number, kioskBack, stored));
        } finally {
            if (!pgReady()) {
                pgCtl("start");
            }
            kiosk.quit();
            display.quit();
        }
    }

    private static boolean notificationShows(WebDriver browser, String text) {
        return browser.findElements(By.cssSelector("vaadin-notification-card")).stream().anyMatch(card -> card.getText().contains(text));
    }

    private static WebElement waitFor(WebDriver browser, String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    private long waitForListener() throws InterruptedException {
        long start = System.nanoTime();
        while (!updates.isListening() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
            Thread.sleep(100);
        }
        return updates.isListening() ? TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) : -1;
    }

    private static void restartPostgres() throws Exception {
        pgCtl("restart");
    }

    /** {@code pg_ctlcluster <newest version> main <action>}, on this machine's own cluster. */
    private static void pgCtl(String action) throws Exception {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0).as("pg_ctlcluster " + action).isTrue();
    }

    private static boolean pgReady() throws Exception {
        Process ready = new ProcessBuilder("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432").start();
        return ready.waitFor(10, TimeUnit.SECONDS) && ready.exitValue() == 0;
    }

}
