package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every route checked by axe-core in a real Chromium, in Arabic (right to left) and in French: no
 * serious or critical violation, and all content in landmarks, on the citizen's screens (each kiosk step, the display, the phone
 * page), on sign-in and the error pages, on each step of the counter, the center's referrals, the
 * partner desk, every supervision screen and every administration screen. Each test visits all its
 * routes and then reports every finding at once. Each screen must also have every component it
 * shows defined: run on the production bundle ({@code ./mvnw -Pproduction verify -Dit.test=AccessibilityIT}),
 * this is the check that the bundle's per-screen loading left nothing out (ADR 0031).
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    /** Moderate by axe's measure, failed here all the same: a screen reader user finds the content by its landmarks. */
    static final List<String> LANDMARKS = List.of("region", "landmark-one-main", "landmark-no-duplicate-main");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;

    WebDriver browser;
    /** Route → its serious and critical violations, for the routes that have any. */
    final Map<String, List<String>> found = new LinkedHashMap<>();

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"ar", "fr"})
    void everyCitizensScreenHasNoSeriousAccessibilityViolation(String language) throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counter(center, "1", service);
        String code = fixtures.code(center);
        String kiosk = fixtures.kiosk(center, "printing = false");
        IssueResult.Issued issued = (IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD,
                HubLanguage.ofTag(language).orElseThrow());
        browser = Browsers.chromium(language, 1080, 1920);

        visit("/kiosk/" + code, "kiosk, not registered", "vaadin-button.kiosk-register");
        Browsers.registeredKiosk(browser, base(), kiosk);
        visit("/kiosk/" + code, "kiosk, languages", "vaadin-button.language-tile");
        click("vaadin-button.language-tile");
        check("kiosk, services", "vaadin-button.service-tile");
        click("vaadin-button.service-tile");
        check("kiosk, priority", "vaadin-button.priority-none");
        click("vaadin-button.priority-none");
        check("kiosk, ticket", ".ticket-number");
        visit("/kiosk/" + code, "kiosk, languages again", "vaadin-button.language-tile");
        click("vaadin-button.language-tile");
        click("vaadin-button.appointment-tile");
        check("kiosk, appointment code", "vaadin-button.code-key");
        visit("/display/" + code, "display", ".display-current");
        visit("/t/" + tickets.linkOf(issued.ticket()), "phone page", ".phone-number");
        fixtures.openWeekdays(center);
        visit("/book/" + code, "booking, services", "vaadin-button.service-choice");
        click("vaadin-button.service-choice");
        check("booking, days", "vaadin-button.day-choice");
        click("vaadin-button.day-choice");
        check("booking, times", "vaadin-button.time-choice");
        click("vaadin-button.time-choice");
        check("booking, number and consent", "vaadin-button.booking-confirm");
        click("vaadin-button.booking-confirm");
        check("booking, booked", ".booking-code");
        click("a.booking-page-link");
        check("booking's own page", "vaadin-button.booking-cancel");
        visit("/b/forged.link", "booking not found", "h1");
        visit("/book/" + code + "/poster", "booking poster", "img.qr-code");
        visit("/kiosk/no-such-center", "unknown center", ".message-page");
        visit("/no-such-page", "page not found", ".message-page");
        visit("/login", "sign-in", "vaadin-login-form");

        assertThat(found).as("serious or critical axe-core violations per route, in " + language).isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"ar", "fr"})
    void everyStaffScreenHasNoSeriousAccessibilityViolation(String language) throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('B');
        fixtures.closedCounter(center, "1", service);
        String code = fixtures.code(center);
        long incubator = fixtures.incubator(9);
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        browser = Browsers.chromium(language, 1366, 900);

        signIn(fixtures.agent(center), ".counter-view");
        check("counter, no counter chosen", "vaadin-select.counter-select");
        Browsers.chooseCounter(browser, "1");
        check("counter, waiting for the next person", "vaadin-button.counter-callNext");
        click("vaadin-button.counter-callNext");
        click("vaadin-button.counter-receive");
        for (String step : List.of("person", "needs", "orientation", "referrals", "close")) {
            WebElement tab = waitFor("vaadin-tab.step-" + step);
            if (tab.getAttribute("disabled") == null) {
                click("vaadin-tab.step-" + step);
                check("counter, visit step " + step, "vaadin-tab.step-" + step + "[selected]");
            }
        }
        visit("/referrals", "center's referrals", ".center-referrals-view");

        signIn(fixtures.partner(incubator), ".partner-view");
        check("partner desk", "vaadin-grid.partner-grid");

        signIn(fixtures.supervisorOfRegion(9), ".supervision-view");
        check("supervision, live list", "vaadin-grid.supervision-centers");
        visit("/supervision/center/" + code, "supervision, center board", ".board-tiles");
        visit("/supervision/trends", "supervision, trends", ".trends-view");
        visit("/supervision/alerts", "supervision, access alerts", ".access-alerts");
        visit("/programs", "programs", ".programs-view");

        signIn(fixtures.staff(Roles.ADMIN, null, null), ".home-view");
        check("landing", "a.home-admin");
        for (String screen : List.of("centers", "services", "hours", "rules", "partners", "programs", "kiosks", "displays", "staff",
                "personal-data", "changes", "messages")) {
            visit("/admin/" + screen, "administration, " + screen, ".admin-" + screen);
        }
        visit("/no-such-page", "page not found, signed in", ".message-page");

        assertThat(found).as("serious or critical axe-core violations per route, in " + language).isEmpty();
    }

    /** Where the browser is and the start of what it shows; or why that cannot be told. */
    private String shown() {
        try {
            return browser.getCurrentUrl() + " " + ((JavascriptExecutor) browser).executeScript(
                    "return document.body ? document.body.innerText.substring(0, 400) : '(no body)'");
        } catch (RuntimeException browserGone) {
            return "(the browser did not say: " + browserGone.getMessage() + ")";
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Signs in afresh (the previous person's session gone) and waits for where the account lands. */
    private void signIn(String username, String landedOn) {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        waitFor("input[name='username']").sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("secret-pass");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(landedOn)));
    }

    private void visit(String path, String name, String ready) throws IOException {
        browser.get(base() + path);
        check(name, ready);
    }

    /** Clicks once nothing moves over the element any more (a layout still settling intercepts a click). */
    private void click(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(ElementClickInterceptedException.class).until(driver -> {
            WebElement element = waitFor(css);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    /** Runs axe-core once {@code ready} shows and the page has stopped talking to the server; notes what it finds. */
    @SuppressWarnings("unchecked")
    private void check(String name, String ready) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // a screen that never shows says what showed instead (an error page, the sign-in, a blank page)
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .withMessage(() -> name + " showed instead: " + shown())
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ready)));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js.executeScript("""
                const clients = window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients;
                return !clients || Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
        // A component whose script never arrived (a production bundle that left it out, or loads it lazily and
        // missed) is an unknown element: unstyled, dead to taps, and invisible to axe-core, which would pass it.
        List<String> undefined = (List<String>) js.executeScript("""
                const tags = new Set();
                // Vaadin's development tools (development mode only) define their parts when opened: not the hub's
                const devTools = el => el.localName.startsWith('copilot-') || el.localName === 'vaadin-dev-tools'
                    || !!el.closest('copilot-main, vaadin-dev-tools, [class*="copilot"]');
                const walk = root => root.querySelectorAll('*').forEach(el => {
                    const tag = el.localName;
                    if (devTools(el)) return;
                    // plain elements by design, never defined: Flow's container of a screen, a grid cell's light DOM
                    const plain = tag.startsWith('flow-container-') || tag === 'vaadin-grid-cell-content';
                    if (tag.includes('-') && !plain && !customElements.get(tag)) tags.add(tag);
                    if (el.shadowRoot) walk(el.shadowRoot);
                });
                walk(document);
                return [...tags].sort();""");
        if (!undefined.isEmpty()) {
            found.put(name + ", components never loaded", undefined);
        }
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's development tools exist only in dev mode, never in the production build
                // ARIA leaves hidden elements and generic wrappers (a div without a role) out of the
                // accessibility tree, so they are no "children" of a tab list or a grid; axe-core 4.6.3
                // (the newest on Maven Central here) still counts those inside Vaadin's shadow DOM
                // (vaadin-tabs' scroll box, the grid's hidden sizing row). Such findings, and only
                // those, are left out.
                const outOfTheTree = el => !!el.closest('[aria-hidden="true"]')
                    || (!el.hasAttribute('role') && ['DIV', 'SPAN', 'SLOT'].includes(el.tagName));
                const onlyOutOfTheTree = v => v.id === 'aria-required-children' && v.nodes.every(n =>
                    n.any.concat(n.all).flatMap(c => c.relatedNodes || []).every(r => r.element && outOfTheTree(r.element)));
                axe.run({ exclude: [['copilot-main'], ['vaadin-dev-tools']] }, { resultTypes: ['violations'], elementRef: true })
                   .then(r => done(r.violations.filter(v => !onlyOutOfTheTree(v))
                       .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length + " at " + v.nodes.map(n => JSON.stringify(n.target)).join(" ") }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: 0 }]));""");
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")) || LANDMARKS.contains(v.get("id")))
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + ")")
                .toList();
        if (!serious.isEmpty()) {
            found.put(name, serious);
        }
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core webjar on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
