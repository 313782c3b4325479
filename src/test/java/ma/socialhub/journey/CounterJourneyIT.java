package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The counter agent's journey on a tablet in a real Chromium: call the next ticket, receive a new
 * person, register them with consent, record needs, accept the proposal and refer to an incubator,
 * close — in French on a landscape tablet and in Arabic on a portrait one. And a ticket opened by
 * showing its QR code to the tablet's camera.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CounterJourneyIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;

    WebDriver tablet;

    @AfterEach
    void close() {
        if (tablet != null) {
            tablet.quit();
        }
    }

    @Test
    void aNewPersonIsRegisteredWithConsentOrientedReferredToAnIncubatorAndTheVisitClosedInFrench() throws Exception {
        tablet = Browsers.chromium("fr", 1280, 800);
        Counter counter = counterWithATicket();
        long started = System.nanoTime();

        CounterPage page = new CounterPage(tablet, url()).signIn(counter.agent());
        page.callNextAndReceive("B-001");
        page.registerWoman("Aicha", "Veuve", "Femme", 1984);
        page.needsAndReferral("Besoin INCOME_PROJECT");
        page.keepScreenshot("counter-referral-fr-landscape.png");
        page.closeVisit();

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        record("fr, 1280x800 landscape: call to closed referral in " + seconds + " s of browser time");
        assertThat(fixtures.jdbc().sql("""
                SELECT r.status FROM referral r JOIN visit v ON v.id = r.visit_id WHERE v.center_id = ?
                """).param(counter.center()).query(String.class).single()).isEqualTo("SENT");
        assertThat(fixtures.jdbc().sql("SELECT outcome FROM visit WHERE center_id = ?").param(counter.center())
                .query(String.class).single()).isEqualTo("REFERRED");
    }

    @Test
    void theSameJourneyInArabicOnAPortraitTabletIsLaidOutRightToLeft() throws Exception {
        tablet = Browsers.chromium("ar", 800, 1280);
        Counter counter = counterWithATicket();
        fixtures.jdbc().sql("UPDATE staff_account SET preferred_language = 'ar' WHERE username = ?").param(counter.agent()).update();

        CounterPage page = new CounterPage(tablet, url()).signIn(counter.agent());
        page.callNextAndReceive("B-001");
        assertThat(page.js("return document.documentElement.dir")).isEqualTo("rtl");
        page.registerWoman("Aicha", "أرملة", "امرأة", 1986);
        page.needsAndReferral("حاجة");
        page.keepScreenshot("counter-referral-ar-portrait.png");
        page.closeVisit();
        assertThat(fixtures.jdbc().sql("SELECT outcome FROM visit WHERE center_id = ?").param(counter.center())
                .query(String.class).single()).isEqualTo("REFERRED");
    }

    @Test
    void aTicketShownToTheTabletsCameraOpensAtTheCounter() throws Exception {
        Counter counter = counterWithATicket();
        Ticket second = ((IssueResult.Issued) tickets.issue(counter.center(), counter.service(), PriorityClass.STANDARD,
                HubLanguage.FRENCH)).ticket();
        Path video = Browsers.qrVideo("http://localhost:" + port + "/t/" + tickets.linkOf(second));
        tablet = Browsers.chromium("fr", 1280, 800, List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));

        CounterPage page = new CounterPage(tablet, url()).signIn(counter.agent());
        page.click("vaadin-button.open-ticket-camera");

        new WebDriverWait(tablet, Duration.ofSeconds(30)).until(
                ExpectedConditions.textToBe(By.cssSelector(".current-number"), second.number().toString()));
    }

    private Counter counterWithATicket() {
        long center = fixtures.center();
        long serviceB = fixtures.service('B');
        fixtures.counter(center, "1", serviceB);
        long incubator = fixtures.incubator(9);
        fixtures.need("INCOME_PROJECT", serviceB);
        long rule = fixtures.rule("any_situation = '{WIDOW}', any_need = '{INCOME_PROJECT}', sex = 'F', min_age = 18",
                "target_kind = 'INCUBATOR'", 10);
        fixtures.onlyRules(rule);
        fixtures.jdbc().sql("UPDATE partner_organization SET reference = false WHERE region_id = 9 AND id <> ?").param(incubator).update();
        fixtures.jdbc().sql("UPDATE partner_organization SET reference = true WHERE id = ?").param(incubator).update();
        tickets.issue(center, serviceB, PriorityClass.STANDARD, HubLanguage.FRENCH);
        return new Counter(center, serviceB, fixtures.agent(center));
    }

    record Counter(long center, long service, String agent) {
    }

    private String url() {
        return "http://localhost:" + port;
    }

    private static void record(String line) throws IOException {
        Path file = Path.of("target", "journey-timings.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(line);
    }

    /**
     * A camera's worth of video showing one QR code: a Y4M file (the format Chromium's fake camera
     * plays in a loop), 640x480, grey levels only.
     */

}
