package ma.socialhub.phone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.journey.Browsers;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The phone page in real Chromium (ADR 0028): it follows its ticket without being reloaded, keeps
 * what it last knew with its time when the phone loses its network, says so, and catches up by
 * itself when the network is back.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PhonePageIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired HubTranslations translations;

    ChromeDriver phone;
    long center;
    long service;
    long counter;

    @BeforeEach
    void aPhoneAndACenter() throws Exception {
        phone = (ChromeDriver) Browsers.chromium("fr", 360, 740);
        center = fixtures.center();
        service = fixtures.service('A');
        counter = fixtures.counter(center, "2", service);
    }

    @AfterEach
    void close() {
        if (phone != null) {
            phone.quit();
        }
        fixtures.smsProvider(GatewaySettings.Kind.NONE);
    }

    @Test
    void withoutNetworkThePageKeepsItsLastPlaceWithItsTimeSaysSoAndCatchesUpWhenTheNetworkIsBack() {
        issue();
        issue();
        Ticket mine = issue();
        phone.get("http://localhost:" + port + "/t/" + tickets.linkOf(mine));
        assertThat(waitFor("#ahead").getText()).isEqualTo(t("kiosk.ticket.peopleAhead", Map.of("count", 2)));
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> main().getAttribute("data-opened") != null);
        ((JavascriptExecutor) phone).executeScript("window.sameDocument = true");
        assertThat(waitFor("main").findElement(By.id("offline")).isDisplayed()).isFalse();

        network(false);
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        new WebDriverWait(phone, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("offline")));
        assertThat(phone.findElement(By.id("offline")).getText()).isEqualTo(t("phone.offline"));
        assertThat(phone.findElement(By.id("ahead")).getText()).as("the last place known stays")
                .isEqualTo(t("kiosk.ticket.peopleAhead", Map.of("count", 2)));
        assertThat(phone.findElement(By.id("updated")).getText()).as("with the time it was true").matches("Mis à jour à \\d\\d:\\d\\d");

        network(true);
        new WebDriverWait(phone, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBe(By.id("ahead"), t("kiosk.ticket.peopleAhead", Map.of("count", 1))));
        assertThat(phone.findElement(By.id("offline")).isDisplayed()).isFalse();
        assertThat(((JavascriptExecutor) phone).executeScript("return window.sameDocument === true")).isEqualTo(true);
    }

    @Test
    void whenTheTicketIsCalledThePageIsRedrawnInPlaceAndTheNumberBeingTypedStays() {
        fixtures.smsProvider(GatewaySettings.Kind.HTTP);
        Ticket first = issue();
        Ticket mine = issue();
        phone.get("http://localhost:" + port + "/t/" + tickets.linkOf(mine));
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> main().getAttribute("data-opened") != null);
        ((JavascriptExecutor) phone).executeScript("window.sameDocument = true");
        waitFor("input[name=number]").sendKeys("06 12 34");

        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter); // the one ahead: the place moves, the form stays as typed
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBe(By.id("ahead"), t("kiosk.ticket.nobodyAhead")));
        assertThat(phone.findElement(By.cssSelector("input[name=number]")).getAttribute("value")).isEqualTo("06 12 34");

        tickets.finish(first.id(), counter);
        tickets.callNext(counter); // mine: the page is drawn again, in the same document
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBe(By.cssSelector(".phone-go-to"), t("phone.goToCounter", Map.of("counter", "2"))));
        assertThat(((JavascriptExecutor) phone).executeScript("return window.sameDocument === true")).isEqualTo(true);
    }

    private void network(boolean on) {
        phone.executeCdpCommand("Network.enable", Map.of());
        phone.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private WebElement main() {
        return phone.findElement(By.cssSelector("main"));
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(phone, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private Ticket issue() {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    private String t(String key) {
        return translations.getTranslation(key, HubLanguage.FRENCH.locale());
    }

    private String t(String key, Map<String, ?> values) {
        return translations.getTranslation(key, HubLanguage.FRENCH.locale(), values);
    }
}
