package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * An appointment from end to end in real Chromium browsers, in Arabic: booked on a phone, checked
 * in at the kiosk by showing its QR code to the camera, called at the counter at its time, and
 * shown on the display. (The code typed on the kiosk's pad is tried by {@code KioskCheckInTest}.)
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AppointmentJourneyIT {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    /** A Monday far ahead, so that every time of it is free and the clock can walk through it. */
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    WebDriver phone;
    WebDriver kioskAndAgent;
    WebDriver waitingRoom;

    @BeforeEach
    void browsers() throws Exception {
        // the kiosk's browser starts once the booking exists: its camera shows the booking's QR code
        phone = Browsers.chromium("ar", 360, 740);
        waitingRoom = Browsers.chromium("ar", 1920, 1080);
    }

    @AfterEach
    void close() {
        clock.release();
        for (WebDriver browser : new WebDriver[] {phone, kioskAndAgent, waitingRoom}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void bookedOnAPhoneCheckedInAtTheKioskCalledAtTheCounterAtItsTimeAndSeenOnTheDisplay() throws Exception {
        clock.pin(MONDAY.atTime(8, 40).atZone(CASABLANCA).toInstant());
        long center = fixtures.center();
        String code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('A'));
        fixtures.openWeekdays(center);
        String agent = fixtures.agent(center);
        String kiosk = fixtures.kiosk(center, "printing = false");

        // on the phone, in Arabic: a service, today, the first free time, and the booking: four taps
        phone.get(url("/book/" + code));
        click(phone, "vaadin-button.service-choice");
        assertThat(((JavascriptExecutor) phone).executeScript("return document.documentElement.dir")).isEqualTo("rtl");
        click(phone, "vaadin-button.day-choice");
        WebElement firstTime = waitFor(phone, By.cssSelector("vaadin-button.time-choice"));
        assertThat(firstTime.getText()).isEqualTo("09:00");
        firstTime.click();
        click(phone, "vaadin-button.booking-confirm");
        String bookingCode = waitFor(phone, By.cssSelector(".booking-code")).getText().replace(" ", "");
        assertThat(bookingCode).matches("[0-9]{6}");
        assertThat(phone.findElement(By.cssSelector(".booking-window")).getText()).contains("08:30").contains("09:15");

        // the display, waiting
        waitingRoom.get(url("/display/" + code));
        waitFor(waitingRoom, By.cssSelector(".display-current"));

        // at the kiosk: Arabic, "I have an appointment", and the booking's QR code shown to its camera
        String qr = phone.findElement(By.cssSelector("img.qr-code")).getAttribute("data-qr");
        kioskAndAgent = Browsers.chromium("ar", 1080, 1920, List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + Browsers.qrVideo(qr).toAbsolutePath()));
        Browsers.registeredKiosk(kioskAndAgent, url(""), kiosk);
        kioskAndAgent.get(url("/kiosk/" + code));
        click(kioskAndAgent, "vaadin-button.language-tile[aria-label='العربية']");
        click(kioskAndAgent, "vaadin-button.appointment-tile");
        click(kioskAndAgent, "vaadin-button.kiosk-scan");
        assertThat(waitFor(kioskAndAgent, By.cssSelector(".ticket-number")).getText()).isEqualTo("A-001");
        assertThat(kioskAndAgent.findElement(By.cssSelector(".ticket-due")).getText()).contains("09:00").contains("08:55");

        // the agent, at 09:00: the call goes to the booked person
        kioskAndAgent.get(url("/login"));
        waitFor(kioskAndAgent, By.cssSelector("input[name='username']")).sendKeys(agent);
        kioskAndAgent.findElement(By.cssSelector("input[name='password']")).sendKeys("secret-pass");
        kioskAndAgent.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        Browsers.chooseCounter(kioskAndAgent, "1");
        assertThat(waitFor(kioskAndAgent, By.cssSelector(".booked-row")).getText()).contains("09:00");
        clock.pin(MONDAY.atTime(9, 0).atZone(CASABLANCA).toInstant());
        click(kioskAndAgent, "vaadin-button.counter-callNext");
        new WebDriverWait(kioskAndAgent, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.cssSelector(".current-number"), "A-001"));

        new WebDriverWait(waitingRoom, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBe(By.cssSelector(".display-current .call-number"), "A-001"));
        assertThat(waitingRoom.findElement(By.cssSelector(".display-current .call-counter")).getText()).isEqualTo("الشباك 1");
    }

    private static void click(WebDriver browser, String css) {
        waitFor(browser, By.cssSelector(css)).click();
    }

    private static WebElement waitFor(WebDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
