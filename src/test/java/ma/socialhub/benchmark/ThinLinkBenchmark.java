package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.journey.Browsers;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * What the hub's screens cost on a weak link (issue 18): first load in real Chromium with the
 * network emulated at a fair 3G (300 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, no cache) —
 * bytes on the wire and seconds until the screen shows — each beside the same measure for a bare
 * static HTML page of the same text, and the kiosk's tap to ticket. Run on the production bundle:
 * {@code ./mvnw -Pproduction,benchmark verify -Dit.test=ThinLinkBenchmark}. Fails when a screen
 * misses its limit, after writing every figure to docs/benchmarks.md.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThinLinkBenchmark {

    static final int LATENCY_MS = 300;
    static final int DOWN_BYTES_PER_S = 1_600_000 / 8;
    static final int UP_BYTES_PER_S = 750_000 / 8;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;

    record Load(String screen, long bytes, int requests, long millis, long bareBytes, long bareMillis, long limitBytes,
            long limitMillis) {

        boolean met() {
            return bytes <= limitBytes && (limitMillis == 0 || millis <= limitMillis);
        }
    }

    @Test
    void theScreensFirstLoadOnA3gLinkStaysWithinItsLimits() throws Exception {
        assertThat(productionBundle()).as("run on the production bundle: ./mvnw -Pproduction,benchmark verify "
                + "-Dit.test=ThinLinkBenchmark").isTrue();
        long center = fixtures.center();
        String code = fixtures.code(center);
        long service = fixtures.service('A');
        long counter = fixtures.counter(center, "1", service);
        String kiosk = fixtures.kiosk(center, "default-language = fr", "printing = false");
        Ticket arabic = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC)).ticket();
        Ticket french = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
        String base = "http://localhost:" + port;

        List<Load> loads = new ArrayList<>();
        loads.add(load("phone page, Arabic", base + "/t/" + tickets.linkOf(arabic), ".phone-number", null, 150, 2000));
        loads.add(load("phone page, French", base + "/t/" + tickets.linkOf(french), ".phone-number", null, 150, 2000));
        loads.add(load("kiosk, welcome", base + "/kiosk/" + code, "vaadin-button.language-tile", kiosk, 400, 0));
        loads.add(load("display, Arabic", base + "/display/" + code + "?lang=ar", ".display-current", null, 400, 0));
        long update = bytesOfAnUpdate(tickets.linkOf(french), center, counter);
        long tapToTicket = tapToTicket(base + "/kiosk/" + code, kiosk);

        StringBuilder md = new StringBuilder("""
                ## Screens on a weak link (issue 18, ADRs 0027, 0028 and 0031)

                `./mvnw -Pproduction,benchmark verify -Dit.test=ThinLinkBenchmark` — %s, this machine (2 cores), the
                production bundle, real Chromium with the network emulated at 300 ms round trip, 1.6 Mbit/s down,
                750 kbit/s up, cache off: bytes on the wire (compressed, headers included) and time from the address
                to the screen's content. "Bare page": the same text as a static HTML page, compressed, on the same link.

                | screen | bytes | requests | shown after | bare page | limit | met |
                |---|---|---|---|---|---|---|
                """.formatted(LocalDate.now()));
        for (Load l : loads) {
            md.append("| %s | %d KB | %d | %.2f s | %.1f KB, %.2f s | ≤ %d KB%s | %s |\n".formatted(l.screen(), l.bytes() / 1024,
                    l.requests(), l.millis() / 1000.0, l.bareBytes() / 1024.0, l.bareMillis() / 1000.0, l.limitBytes() / 1024,
                    l.limitMillis() == 0 ? "" : ", ≤ %.0f s".formatted(l.limitMillis() / 1000.0), l.met() ? "yes" : "**no**"));
        }
        md.append("| phone page, a call moves its place | %d bytes | | | | ≤ 2 KB | %s |\n".formatted(update,
                update <= 2048 ? "yes" : "**no**"));
        md.append("| kiosk, tap to ticket | | | %.2f s | | ≤ 1 s | %s |\n".formatted(tapToTicket / 1000.0,
                tapToTicket <= 1000 ? "yes" : "**no**"));
        md.append("""

                The phone page is plain HTML drawn on the server, live over Server-Sent Events (ADR 0028): one request,
                its style and script inline. The kiosk and the display run on the hub's own bundle (ADR 0031): only the
                components the screens use, each screen's on its first visit, no React router. What remains is Flow's
                client, Lumo's style sheet, the screen's components and their round trips; ADR 0027 has what was cut
                before (compression, WOFF2 subsets by unicode-range, year-long caching).
                """);
        BenchmarkReport.write("thin-link", md.toString());
        assertThat(loads).allSatisfy(l -> assertThat(l.met()).as(l.toString()).isTrue());
        assertThat(tapToTicket).as("kiosk tap to ticket, ms").isLessThanOrEqualTo(1000);
        assertThat(update).as("bytes of a queue update on a phone page").isLessThanOrEqualTo(2048);
    }

    private Load load(String screen, String url, String ready, String kioskCredential, int limitKb, long limitMillis) throws Exception {
        WebDriver browser = Browsers.chromium("ar", 390, 844);
        try {
            if (kioskCredential != null) {
                Browsers.registeredKiosk(browser, url.substring(0, url.indexOf("/", 8)), kioskCredential);
            }
            weakLink((ChromeDriver) browser);
            long start = System.nanoTime();
            browser.get(url);
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(1500); // what the screen fetches once shown counts too
            long bytes = ((Number) ((JavascriptExecutor) browser).executeScript("""
                    return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                        .reduce((sum, e) => sum + (e.transferSize || 0), 0)""")).longValue();
            int requests = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').length + 1")).intValue();
            String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText");
            long[] bare = bare(text);
            return new Load(screen, bytes, requests, millis, bare[0], bare[1], limitKb * 1024L, limitMillis);
        } finally {
            browser.quit();
        }
    }

    /** From the tap that asks for the ticket (no priority) to the ticket's number on the screen. */
    private long tapToTicket(String url, String kioskCredential) throws Exception {
        WebDriver browser = Browsers.chromium("fr", 1080, 1920);
        try {
            Browsers.registeredKiosk(browser, url.substring(0, url.indexOf("/", 8)), kioskCredential);
            browser.get(url);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            weakLink((ChromeDriver) browser);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.language-tile[aria-label='Français']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.service-tile"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.priority-none")));
            long start = System.nanoTime();
            browser.findElement(By.cssSelector("vaadin-button.priority-none")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ticket-number")));
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            browser.quit();
        }
    }

    /**
     * The bytes on the wire (HTTP chunk framing included) that a phone page's stream receives when
     * a call moves its place: the stream is read off a plain socket, as the phone's browser gets it.
     */
    private long bytesOfAnUpdate(String link, long center, long counter) throws Exception {
        String page = new String(java.net.URI.create("http://localhost:" + port + "/t/" + link).toURL().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        java.util.regex.Matcher events = java.util.regex.Pattern.compile("data-events=\"([^\"]+)\"").matcher(page);
        assertThat(events.find()).as("the page names its stream").isTrue();
        // the attribute as the browser reads it (Mustache escapes "=" and "&" too)
        String path = HtmlUtils.htmlUnescape(events.group(1));
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(200);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Accept-Encoding: gzip, deflate, br\r\nCache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream opening = readWhileComing(socket.getInputStream(), Duration.ofSeconds(1));
            assertThat(opening.toString(StandardCharsets.UTF_8)).contains("200", "retry:");
            fixtures.signIn(fixtures.agent(center));
            try {
                tickets.callNext(counter);
            } finally {
                fixtures.signOut();
            }
            ByteArrayOutputStream update = readWhileComing(socket.getInputStream(), Duration.ofSeconds(3));
            assertThat(update.toString(StandardCharsets.UTF_8)).contains("event:place");
            return update.size();
        }
    }

    /** What comes on the socket until nothing more has come for a while (up to {@code within} for the first byte). */
    private static ByteArrayOutputStream readWhileComing(InputStream in, Duration within) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long deadline = System.nanoTime() + within.toNanos();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && (read.size() == 0 || System.nanoTime() - quietSince < 500_000_000L)) {
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                read.write(buffer, 0, n);
                quietSince = System.nanoTime();
            } catch (java.net.SocketTimeoutException quiet) {
                // nothing this time
            }
        }
        return read;
    }

    private static void weakLink(ChromeDriver browser) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", LATENCY_MS,
                "downloadThroughput", DOWN_BYTES_PER_S, "uploadThroughput", UP_BYTES_PER_S));
    }

    /** The same text as a static page, gzipped, served here and loaded on the same link: its bytes and time. */
    private static long[] bare(String text) throws Exception {
        String html = "<!doctype html><html><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">"
                + "<title>Ticket</title></head><body><pre>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>";
        byte[] body = gzip(html.getBytes(StandardCharsets.UTF_8));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        WebDriver browser = Browsers.chromium("ar", 390, 844);
        try {
            weakLink((ChromeDriver) browser);
            long start = System.nanoTime();
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/bare");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre")));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long bytes = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('navigation')[0].transferSize")).longValue();
            return new long[] {bytes, millis};
        } finally {
            browser.quit();
            server.stop(0);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static boolean productionBundle() throws IOException {
        try (InputStream info = ThinLinkBenchmark.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            return info != null && new String(info.readAllBytes(), StandardCharsets.UTF_8).replace(" ", "").contains("\"productionMode\":true");
        }
    }
}
