package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's pages checked by axe-core in a real browser: no serious or critical violation on
 * each kiosk step and on the phone page.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;

    WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browsers.chromium("ar", 1080, 1920);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void everyKioskStepHasNoSeriousAccessibilityViolation() throws IOException {
        long center = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counter(center, "1", service);
        String kiosk = fixtures.kiosk(center, "printing = false");

        Browsers.registeredKiosk(browser, "http://localhost:" + port, kiosk);
        browser.get("http://localhost:" + port + "/kiosk/" + fixtures.code(center));
        assertThat(seriousViolations(By.cssSelector("vaadin-button.language-tile"))).isEmpty();
        browser.findElement(By.cssSelector("vaadin-button.language-tile")).click();
        assertThat(seriousViolations(By.cssSelector("vaadin-button.service-tile"))).isEmpty();
        browser.findElement(By.cssSelector("vaadin-button.service-tile")).click();
        assertThat(seriousViolations(By.cssSelector("vaadin-button.priority-none"))).isEmpty();
        browser.findElement(By.cssSelector("vaadin-button.priority-none")).click();
        assertThat(seriousViolations(By.cssSelector(".ticket-number"))).isEmpty();
    }

    @Test
    void thePhonePageHasNoSeriousAccessibilityViolation() throws IOException {
        long center = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counter(center, "1", service);
        IssueResult.Issued issued = (IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        browser.get("http://localhost:" + port + "/t/" + tickets.linkOf(issued.ticket()));
        assertThat(seriousViolations(By.cssSelector(".phone-number"))).isEmpty();
    }

    /** Runs axe-core on the page once {@code ready} is shown; returns "rule: help (n nodes)" per serious or critical finding. */
    @SuppressWarnings("unchecked")
    private List<String> seriousViolations(By ready) throws IOException {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(ready));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's development tools exist only in dev mode, never in the production build
                axe.run({ exclude: [['copilot-main'], ['vaadin-dev-tools']] }, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length + " at " + v.nodes.map(n => JSON.stringify(n.target)).join(" ") }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: 0 }]));""");
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + ")")
                .toList();
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core webjar on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
