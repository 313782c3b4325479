package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ma.socialhub.journey.Browsers;
import ma.socialhub.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault drill in real browsers, behind nginx configured as in {@code docs/deployment.md}: node1 runs
 * in a process of its own, node2 in this JVM. A kiosk, a waiting-room display, a phone page and an
 * agent's counter all work on node1; node1 is killed ({@code SIGKILL}); each screen must come back
 * by itself on node2 and the citizens' tickets must be intact (the agent signs in again: sessions
 * live in a node's memory). Then the display's network is cut for a while as tickets are called, and
 * it must catch up once the network is back, without anybody touching it.
 *
 * <p>{@code ./mvnw -Pdrills verify} (needs Chromium and nginx: {@code bash .ci/drills} installs them);
 * writes to {@code docs/benchmarks.md}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"hub.embedded-db.data-dir=",
        "hub.embedded-db.demo=false", "management.server.port=0", "hub.node-name=node2",
        "hub.kiosk.config-dir=target/test-kiosk-config", "hub.kiosk.demo-secrets=true",
        "hub.kiosk.demo-config-dir=target/test-kiosk-config",
        "spring.datasource.hikari.maximum-pool-size=10",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=WARN"})
@Import(Fixtures.class)
class NodeFailureDrill {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);
    private static final Duration OFFLINE = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
        OwnDatabase.use(registry, "socialhub_failover_drill");
    }

    @LocalServerPort int node2;
    @Autowired Fixtures fixtures;
    @Autowired HikariDataSource dataSource;
    @Autowired JdbcClient jdbc;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void killingANodeMovesItsScreensToTheOtherWithTicketsIntactAndADisplayCatchesUpAfterLosingTheNetwork() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long service = fixtures.service('F');
        fixtures.counter(center, "1", service);
        String agent = fixtures.agent(center);
        String kioskKey = fixtures.kiosk(center); // written to the kiosk folder before node1 starts: it reads it at start

        try (NodeProcess node1 = NodeProcess.start("node1", dataSource, "--hub.kiosk.config-dir=target/test-kiosk-config",
                "--hub.kiosk.demo-secrets=true", "--hub.kiosk.demo-config-dir=target/test-kiosk-config");
                FrontProxy front = FrontProxy.start(node1.port, node2);
                CuttableLink displayNetwork = new CuttableLink(front.port)) {
            String base = "http://localhost:" + front.port;

            // every screen opens through nginx and works on node1
            WebDriver kiosk = browser("fr", 1080, 1920);
            Browsers.registeredKiosk(kiosk, base, kioskKey);
            openOnNode1(kiosk, base + "/kiosk/" + code, "vaadin-button.language-tile");
            Taken taken = takeTicket(kiosk);
            String first = taken.number();
            WebDriver display = browser("fr", 1920, 1080);
            openOnNode1(display, "http://localhost:" + displayNetwork.port() + "/display/" + code + "?lang=fr", ".display-current");
            WebDriver phone = browser("fr", 360, 740);
            // no session, so nothing to steer: nginx sends it to node1, node2 being the backup
            phone.get(taken.phoneLink().replaceFirst("^https?://[^/]+", base));
            waitFor(phone, ".phone-number");
            WebDriver counter = browser("fr", 1280, 800);
            openOnNode1(counter, base + "/login", "input[name='username']");
            signIn(counter, agent);
            click(counter, "vaadin-button.counter-callNext");
            waitText(counter, ".current-number", first, Duration.ofSeconds(20));
            click(counter, "vaadin-button.counter-receive");
            waitText(display, ".display-current .call-number", first, Duration.ofSeconds(5));
            Thread.sleep(1000); // the phone page hears the call by push, like the display
            String phoneStateBefore = waitFor(phone, ".phone-state").getText();
            for (WebDriver b : List.of(kiosk, display, counter)) {
                assertThat(node(b)).as("every screen starts on node1").isEqualTo("node1");
                ((JavascriptExecutor) b).executeScript("window.beforeTheKill = true");
            }
            // the phone page has no session (ADR 0028): it stays as it is, and only its stream opens again, on node2
            ((JavascriptExecutor) phone).executeScript("window.beforeTheKill = true");
            assertThat(streamsOpened(phone)).as("the phone page's stream is open").isEqualTo(1);

            // node1 dies
            long killed = System.nanoTime();
            node1.kill();
            double[] back = backOnNode2(killed, new Back(display, ".display-current .call-number", first),
                    new Back(kiosk, "vaadin-button.language-tile", null), Back.stateless(phone, ".phone-number", first),
                    new Back(counter, "input[name='username']", null));
            double displayBack = back[0];
            double kioskBack = back[1];
            double phoneBack = back[2];
            double counterBack = back[3];
            String phoneStateAfter = waitFor(phone, ".phone-state").getText();

            // everybody carries on: the agent signs in again and finds the citizen still at the counter
            signIn(counter, agent);
            waitText(counter, ".current-number", first, Duration.ofSeconds(20));
            String second = takeTicket(kiosk).number();
            closeVisit(counter);
            click(counter, "vaadin-button.counter-callNext");
            waitText(counter, ".current-number", second, Duration.ofSeconds(20));
            click(counter, "vaadin-button.counter-receive");
            waitText(display, ".display-current .call-number", second, Duration.ofSeconds(5));

            // the display's network goes away while the next ticket is taken and called
            ((JavascriptExecutor) display).executeScript("window.beforeTheCut = true");
            long cutAt = System.nanoTime();
            displayNetwork.cut();
            String third = takeTicket(kiosk).number();
            closeVisit(counter);
            click(counter, "vaadin-button.counter-callNext");
            waitText(counter, ".current-number", third, Duration.ofSeconds(20));
            Thread.sleep(Math.max(0, OFFLINE.toMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cutAt)));
            assertThat(display.findElement(By.cssSelector(".display-current .call-number")).getText())
                    .as("a display without network cannot know").isEqualTo(second);
            long restored = System.nanoTime();
            displayNetwork.restore();
            waitText(display, ".display-current .call-number", third, BACK_WITHIN);
            double caughtUp = (System.nanoTime() - restored) / 1e9;
            boolean sameDocument = Boolean.TRUE.equals(((JavascriptExecutor) display).executeScript("return window.beforeTheCut === true"));

            List<String> numbers = jdbc.sql("SELECT letter || '-' || lpad(number::text, 3, '0') FROM ticket WHERE center_id = ? ORDER BY id")
                    .param(center).query(String.class).list();
            assertThat(numbers).as("three tickets, each once").containsExactly(first, second, third);
            assertThat(phoneStateAfter).as("the phone page shows the ticket's state as before").isEqualTo(phoneStateBefore);

            BenchmarkReport.write("drill-node", """
                    ## Drill: an application node killed, a display's network lost

                    Run on %s, in real Chromium browsers behind nginx configured as in `docs/deployment.md` (the session
                    cookie names its node, the other node is the backup). A kiosk, a waiting-room display, a citizen's phone page
                    and an agent's counter work on node1 (its own JVM); ticket %s is taken at the kiosk and called to the counter.
                    node1 is killed (`SIGKILL`). Seconds from the kill until each screen is back by itself on node2:

                    | Screen | back on node2 after | what it shows |
                    |---|---|---|
                    | display | %.1f s | %s called, as before |
                    | kiosk | %.1f s | its welcome, ready for the next citizen |
                    | phone page | %.1f s | the same page, not reloaded (it has no session), its stream open again: ticket %s, "%s" as before |
                    | counter | %.1f s | the sign-in page (sessions live in a node's memory); signed in again, the agent finds %s still at the counter |

                    Then %s is taken and called on node2 and shown on the display. Tickets stored: %s — each once.

                    The display's network is then cut (every connection dropped, new ones refused) for %d s while %s is taken and
                    called. The display still shows %s meanwhile; %.1f s after the network is back it shows %s (%s), without anybody
                    touching it.

                    Reproduce: `bash .ci/drills` (installs Chromium and nginx if missing, then `./mvnw -B -ntp -Pdrills verify`).
                    """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), first,
                    displayBack, first, kioskBack, phoneBack, first, phoneStateAfter, counterBack, first, second,
                    String.join(", ", numbers), OFFLINE.toSeconds(), third, second, caughtUp, third,
                    sameDocument ? "pushed into the same page" : "after reloading the page"));
        }
    }

    private WebDriver browser(String language, int width, int height) throws Exception {
        WebDriver browser = Browsers.chromium(language, width, height);
        browsers.add(browser);
        return browser;
    }

    /**
     * Opens {@code url} until its session lands on node1 (a browser without a session goes to either);
     * only the session cookie goes between tries: a kiosk keeps the cookie that makes it a kiosk.
     */
    private static void openOnNode1(WebDriver browser, String url, String ready) {
        for (int attempt = 0; attempt < 10; attempt++) {
            browser.manage().deleteCookieNamed("JSESSIONID");
            browser.get(url);
            waitFor(browser, ready);
            if ("node1".equals(node(browser))) {
                return;
            }
        }
        throw new AssertionError("never landed on node1: " + url);
    }

    /** A screen that is back: on node2, a fresh page, {@code css} shown (with {@code text}). */
    /** A screen watched until it is back: on node2 by its session, or for a page without one, its stream open again. */
    record Back(WebDriver browser, String css, String text, boolean stateless) {

        Back(WebDriver browser, String css, String text) {
            this(browser, css, text, false);
        }

        static Back stateless(WebDriver browser, String css, String text) {
            return new Back(browser, css, text, true);
        }

        boolean isBack() {
            try {
                boolean sameDocument = Boolean.TRUE.equals(
                        ((JavascriptExecutor) browser).executeScript("return window.beforeTheKill === true"));
                boolean back = stateless ? sameDocument && streamsOpened(browser) >= 2 : "node2".equals(node(browser)) && !sameDocument;
                if (!back) {
                    return false;
                }
                List<WebElement> found = browser.findElements(By.cssSelector(css));
                return !found.isEmpty() && found.getFirst().isDisplayed() && (text == null || text.equals(found.getFirst().getText()));
            } catch (RuntimeException reloading) {
                return false;
            }
        }
    }

    /** Seconds from {@code killed} until each screen is back, all watched at once. */
    private static double[] backOnNode2(long killed, Back... screens) throws InterruptedException {
        double[] seconds = new double[screens.length];
        Arrays.fill(seconds, Double.NaN);
        long deadline = killed + BACK_WITHIN.toNanos();
        while (Arrays.stream(seconds).anyMatch(Double::isNaN)) {
            for (int i = 0; i < screens.length; i++) {
                if (Double.isNaN(seconds[i]) && screens[i].isBack()) {
                    seconds[i] = (System.nanoTime() - killed) / 1e9;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not back on node2 within " + BACK_WITHIN + ": " + Arrays.toString(seconds)
                        + " (display, kiosk, phone, counter)");
            }
            Thread.sleep(100);
        }
        return seconds;
    }

    /** How many times the phone page's stream has opened (its script counts them on the page). */
    private static int streamsOpened(WebDriver phone) {
        String opened = phone.findElement(By.cssSelector("main")).getAttribute("data-opened");
        return opened == null ? 0 : Integer.parseInt(opened);
    }

    /** The node named in the browser's session cookie. */
    private static String node(WebDriver browser) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return session == null ? "" : session.getValue().substring(session.getValue().lastIndexOf('.') + 1);
    }

    record Taken(String number, String phoneLink) {
    }

    /** French, the first service, no priority: the ticket's number and the link in its QR code. */
    private static Taken takeTicket(WebDriver kiosk) {
        click(kiosk, "vaadin-button.language-tile[aria-label='Français']");
        click(kiosk, "vaadin-button.service-tile");
        click(kiosk, "vaadin-button.priority-none");
        Taken taken = new Taken(waitFor(kiosk, ".ticket-number").getText(),
                kiosk.findElement(By.cssSelector("img.qr-code")).getAttribute("data-qr"));
        click(kiosk, "vaadin-button.kiosk-done");
        waitFor(kiosk, "vaadin-button.language-tile");
        return taken;
    }

    private static void signIn(WebDriver browser, String agent) {
        waitFor(browser, "input[name='username']").sendKeys(agent);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("secret-pass");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
        // the agent chooses counter 1, unless the screen shows the one they still work (their lease outlived the node)
        String chosen = waitFor(browser, "vaadin-select.counter-select").getDomProperty("value");
        if (chosen == null || chosen.isEmpty()) {
            Browsers.chooseCounter(browser, "1");
        }
        waitFor(browser, "vaadin-button.counter-callNext");
    }

    private static void closeVisit(WebDriver counter) {
        click(counter, "vaadin-button.counter-finish");
        click(counter, "vaadin-button.close-visit");
        waitFor(counter, ".current-none");
    }

    private static void click(WebDriver browser, String css) {
        waitFor(browser, css).click();
    }

    private static void waitText(WebDriver browser, String css, String text, Duration within) {
        new WebDriverWait(browser, within).until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    private static WebElement waitFor(WebDriver browser, String css) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        } catch (TimeoutException e) {
            throw new AssertionError("no " + css + " on " + browser.getCurrentUrl() + " (node " + node(browser) + "), which shows: "
                    + ((JavascriptExecutor) browser).executeScript("return document.body.innerText"), e);
        }
    }
}
