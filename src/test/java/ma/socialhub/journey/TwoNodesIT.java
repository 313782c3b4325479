package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.SecondNode;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes on two ports and one PostgreSQL, in real browsers: an agent calls on node
 * A, and the waiting-room display attached to node B shows the call without a reload.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TwoNodesIT {

    @LocalServerPort int portA;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired HikariDataSource dataSource;

    WebDriver agentOnA;
    WebDriver displayOnB;

    @AfterEach
    void close() {
        if (agentOnA != null) {
            agentOnA.quit();
        }
        if (displayOnB != null) {
            displayOnB.quit();
        }
    }

    @Test
    void aCallOnNodeAAppearsOnTheDisplayAttachedToNodeB() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long service = fixtures.service('N');
        fixtures.counter(center, "1", service);
        String agent = fixtures.agent(center);
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);

        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext nodeB = SecondNode.start(dataSource, "--hub.node-name=nodeB")) {
            SecurityContextHolder.setContextHolderStrategy(ours);
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();

            displayOnB = Browsers.chromium("fr", 1920, 1080);
            displayOnB.get("http://localhost:" + portB + "/display/" + code + "?lang=fr");
            waitFor(displayOnB, By.cssSelector(".display-current"));
            ((JavascriptExecutor) displayOnB).executeScript("window.sameDocument = true");
            assertThat(displayOnB.findElements(By.cssSelector(".display-current .call-number"))).isEmpty();

            agentOnA = Browsers.chromium("fr", 1280, 800);
            agentOnA.get("http://localhost:" + portA + "/login");
            waitFor(agentOnA, By.cssSelector("input[name='username']")).sendKeys(agent);
            agentOnA.findElement(By.cssSelector("input[name='password']")).sendKeys("secret-pass");
            agentOnA.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
            Browsers.chooseCounter(agentOnA, "1");
            waitFor(agentOnA, By.cssSelector("vaadin-button.counter-callNext")).click();
            new WebDriverWait(agentOnA, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.cssSelector(".current-number"), "N-001"));

            // within two seconds on node B's display, pushed into the same document
            new WebDriverWait(displayOnB, Duration.ofSeconds(2)).until(
                    ExpectedConditions.textToBe(By.cssSelector(".display-current .call-number"), "N-001"));
            assertThat(((JavascriptExecutor) displayOnB).executeScript("return window.sameDocument === true")).isEqualTo(true);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(by));
    }
}
