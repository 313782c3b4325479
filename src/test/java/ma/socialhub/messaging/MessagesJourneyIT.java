package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.journey.Browsers;
import ma.socialhub.messaging.gateway.LocalSmsc;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Send me an SMS when my turn is near", in a real Chromium kiosk, with a real SMPP server
 * receiving what a handset would: exactly one message in the person's language when three people
 * are left ahead, none for the calls before; then, after the visit, the feedback link, whose page
 * takes one answer.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MessagesJourneyIT {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired MessagingAdmin admin;
    @Autowired OutboxSender sender;
    @Autowired CurrentGateway gateway;
    @Autowired TestClock clock;

    LocalSmsc smsc;
    WebDriver kiosk;
    WebDriver phone;

    @BeforeEach
    void anSmscAndTwoBrowsers() throws Exception {
        // late in the day the national quiet hours (21:00-08:00) would hold the message back: whatever the hour the
        // build runs at, the journey happens at eleven in the morning, Casablanca time
        clock.pin(LocalDate.now(CASABLANCA).atTime(11, 0).atZone(CASABLANCA).toInstant());
        smsc = LocalSmsc.start("hub", "k10sk");
        settings(smsc.settings("CentreSoc", 50, 10), "k10sk");
        kiosk = Browsers.chromium("fr", 1080, 1920);
        phone = Browsers.chromium("fr", 360, 740);
    }

    @AfterEach
    void close() {
        settings(GatewaySettings.none(), null);
        smsc.close();
        clock.release();
        fixtures.signOut();
        if (kiosk != null) {
            kiosk.quit();
        }
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void aNumberLeftAtTheKioskGetsExactlyOneTurnNearMessageInFrenchThenTheFeedbackLinkWhosePageTakesOneAnswer() {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long service = fixtures.service('N');
        List<Long> counters = fixtures.counters(center, 6, service);
        for (int i = 0; i < 5; i++) {
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        }

        // the kiosk: French, the service, no priority, then "send me an SMS" and the number on the pad
        Browsers.registeredKiosk(kiosk, url(""), fixtures.kiosk(center));
        kiosk.get(url("/kiosk/" + code));
        waitFor(kiosk, By.cssSelector("vaadin-button.language-tile[aria-label='Français']")).click();
        waitFor(kiosk, By.cssSelector("vaadin-button.service-tile")).click();
        waitFor(kiosk, By.cssSelector("vaadin-button.priority-none")).click();
        assertThat(waitFor(kiosk, By.cssSelector(".ticket-number")).getText()).isEqualTo("N-006");
        waitFor(kiosk, By.cssSelector("vaadin-button.kiosk-sms")).click();
        assertThat(waitFor(kiosk, By.cssSelector(".kiosk-sms-consent")).getText()).isNotBlank();
        String number = MessagesTest.mobile("06");
        for (char digit : number.toCharArray()) {
            List<WebElement> keys = kiosk.findElements(By.cssSelector("vaadin-button.code-key"));
            keys.stream().filter(k -> k.getText().equals(String.valueOf(digit))).findFirst().orElseThrow().click();
        }
        String confirmation = waitFor(kiosk, By.cssSelector(".kiosk-sms-done")).getText();
        assertThat(confirmation).contains(number.substring(8)).doesNotContain(number.substring(2, 8));
        Ticket mine = ticketNumbered(center, 6);

        // five ahead; a call leaves four — no message; the next leaves three: the message
        call(center, counters.get(0));
        sendRound();
        assertThat(smsc.messages()).isEmpty();
        call(center, counters.get(1));
        sendRound();
        List<LocalSmsc.Received> received = smsc.awaitMessages(1, Duration.ofSeconds(10));
        String to = "212" + number.substring(1);
        assertThat(received).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(to);
            assertThat(m.sender()).isEqualTo("CentreSoc");
            assertThat(m.text()).contains("N-006", "/m/").containsIgnoringCase("tour");
        });
        call(center, counters.get(2));
        call(center, counters.get(3));
        sendRound();
        assertThat(smsc.messages()).as("once, however near it gets").hasSize(1);

        // served and finished; five minutes later the feedback link
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counters.get(4));
        tickets.callNext(counters.get(5));
        tickets.startService(mine.id(), counters.get(5));
        tickets.finish(mine.id(), counters.get(5));
        fixtures.signOut();
        clock.advance(Duration.ofMinutes(6));
        sendRound();
        List<LocalSmsc.Received> both = smsc.awaitMessages(2, Duration.ofSeconds(10));
        String feedbackText = both.stream().map(LocalSmsc.Received::text).filter(t -> !t.equals(received.getFirst().text()))
                .findFirst().orElseThrow();
        String link = feedbackText.substring(feedbackText.indexOf("http")).split("\\s")[0];
        assertThat(link).endsWith("?sms");

        // the link from the SMS: five faces, a reason, sent once
        phone.get(link.replaceFirst("https?://[^/]+", "http://localhost:" + port));
        waitFor(phone, By.cssSelector("label.feedback-face[for=face-5]"));
        assertThat(phone.findElements(By.cssSelector("label.feedback-face"))).hasSize(5);
        // clicked as a finger would
        tap(phone, phone.findElement(By.cssSelector("label.feedback-face[for=face-4]")));
        tap(phone, phone.findElement(By.cssSelector("button.feedback-send")));
        waitFor(phone, By.cssSelector(".feedback-answer"));
        assertThat(fixtures.jdbc().sql("SELECT score || ' ' || channel FROM feedback WHERE ticket_id = ?").param(mine.id())
                .query(String.class).single()).isEqualTo("4 SMS");
        phone.navigate().refresh();
        assertThat(phone.findElements(By.cssSelector("button.feedback-send"))).isEmpty();
        sendRound();
        assertThat(smsc.messages()).as("no 'called' message: the person was at the counter before it was due").hasSize(2);
    }

    private Ticket ticketNumbered(long center, int sequence) {
        long id = fixtures.jdbc().sql("SELECT id FROM ticket WHERE center_id = ? ORDER BY id OFFSET ? LIMIT 1")
                .params(center, sequence - 1).query(Long.class).single();
        return tickets.byId(id).orElseThrow();
    }

    private void call(long center, Long counter) {
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        fixtures.signOut();
    }

    private void sendRound() {
        for (int i = 0; i < 100 && !gateway.get().ready(); i++) {
            sleep(100);
        }
        sender.sendDue();
    }

    private void settings(GatewaySettings settings, String password) {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        MessageSettings now = admin.settings();
        admin.save(new MessageSettings(settings, now.passwordSet(), now.quietFrom(), now.quietUntil(), 3, 1, now.version()),
                password);
        fixtures.signOut();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void tap(WebDriver driver, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
