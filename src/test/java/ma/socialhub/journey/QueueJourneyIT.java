package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.kiosk.KioskAdmin;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import java.nio.file.Files;
import java.time.Duration;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The core journey in real Chromium browsers: a citizen takes a ticket at the kiosk, an agent calls
 * it at the counter, and the waiting-room display (another browser, in Arabic) shows the call
 * without being reloaded.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QueueJourneyIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired KioskAdmin kioskAdmin;
    @Autowired Tickets tickets;

    WebDriver citizenAndAgent;
    WebDriver waitingRoom;
    WebDriver phone;

    @BeforeEach
    void browsers() throws Exception {
        citizenAndAgent = chromium("fr", 1080, 1920);
        waitingRoom = chromium("ar", 1920, 1080);
        phone = chromium("fr", 360, 740);
    }

    @AfterEach
    void close() {
        if (citizenAndAgent != null) {
            citizenAndAgent.quit();
        }
        if (waitingRoom != null) {
            waitingRoom.quit();
        }
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void aTicketTakenAtTheKioskAndCalledAtTheCounterAppearsOnTheDisplayWithoutReload() {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long serviceA = fixtures.service('A');
        fixtures.counter(center, "1", serviceA);
        String agent = fixtures.agent(center);
        String kiosk = fixtures.kiosk(center);

        // the waiting room display, in Arabic, right to left, with nothing called yet
        waitingRoom.get(url("/display/" + code + "?lang=ar"));
        waitFor(waitingRoom, By.cssSelector(".display-current"));
        assertThat(((JavascriptExecutor) waitingRoom).executeScript("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(waitingRoom.findElements(By.cssSelector(".display-current .call-number"))).isEmpty();
        ((JavascriptExecutor) waitingRoom).executeScript("window.sameDocument = true");

        // the citizen: language, service tile, then "no priority", then the ticket
        Browsers.registeredKiosk(citizenAndAgent, url(""), kiosk);
        citizenAndAgent.get(url("/kiosk/" + code));
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.language-tile[aria-label='Français']")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.service-tile")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.priority-none")).click();
        String number = waitFor(citizenAndAgent, By.cssSelector(".ticket-number")).getText();
        assertThat(number).isEqualTo("A-001");
        // the QR code, read back from what the screen shows, opens the ticket on the phone
        WebElement qr = citizenAndAgent.findElement(By.cssSelector("img.qr-code"));
        // the picture is decoded once the browser has drawn it and the ticket has stopped moving in
        String qrUrl = new WebDriverWait(citizenAndAgent, Duration.ofSeconds(10)).ignoring(AssertionError.class).until(driver -> {
            Object drawn = ((JavascriptExecutor) driver).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr);
            return Boolean.TRUE.equals(drawn) ? decodeQr(qr.getScreenshotAs(OutputType.BYTES)) : null;
        });
        assertThat(qrUrl).isEqualTo(qr.getAttribute("data-qr")).contains("/t/");
        phone.get(qrUrl);
        assertThat(waitFor(phone, By.cssSelector(".phone-number")).getText()).isEqualTo("A-001");
        assertThat(phone.findElement(By.cssSelector(".phone-state")).getText()).isEqualTo("En attente");
        ((JavascriptExecutor) phone).executeScript("window.sameDocument = true");

        // the agent signs in and calls the next ticket
        citizenAndAgent.get(url("/login"));
        waitFor(citizenAndAgent, By.cssSelector("input[name='username']")).sendKeys(agent);
        citizenAndAgent.findElement(By.cssSelector("input[name='password']")).sendKeys("secret-pass");
        citizenAndAgent.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
        Browsers.chooseCounter(citizenAndAgent, "1");
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.counter-callNext")).click();
        new WebDriverWait(citizenAndAgent, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBe(By.cssSelector(".current-number"), "A-001"));

        // the display changed by push, in the same document
        new WebDriverWait(waitingRoom, Duration.ofSeconds(5)).until(
                ExpectedConditions.textToBe(By.cssSelector(".display-current .call-number"), "A-001"));
        assertThat(waitingRoom.findElement(By.cssSelector(".display-current .call-counter")).getText()).isEqualTo("الشباك 1");
        assertThat(((JavascriptExecutor) waitingRoom).executeScript("return window.sameDocument === true")).isEqualTo(true);

        // and the phone follows its ticket live
        new WebDriverWait(phone, Duration.ofSeconds(5)).until(
                ExpectedConditions.textToBe(By.cssSelector(".phone-go-to"), "Présentez-vous au guichet 1"));
        assertThat(((JavascriptExecutor) phone).executeScript("return window.sameDocument === true")).isEqualTo(true);
    }

    @Test
    void theKioskLaysArabicOutRightToLeftAndWritesTamazightWithTheShippedFont() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('A'));
        String kiosk = fixtures.kiosk(center, "default-language = ar");
        String registrationCode = fixtures.asSystem(() -> kioskAdmin.registrationCode(kiosk.substring(0, kiosk.indexOf('.'))))
                .orElseThrow();

        // set up as a member of staff would: the kiosk's address, then the code the administrator made, typed
        citizenAndAgent.get(url("/kiosk/" + code));
        WebElement field = waitFor(citizenAndAgent, By.cssSelector("vaadin-text-field.kiosk-registration-code input"));
        field.sendKeys(registrationCode);
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.kiosk-register")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.default-language[aria-label='العربية']")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.service-tile")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.priority-none")).click();
        assertThat(waitFor(citizenAndAgent, By.cssSelector(".ticket-number")).getText()).isEqualTo("A-001");
        JavascriptExecutor js = (JavascriptExecutor) citizenAndAgent;
        assertThat(js.executeScript("return document.documentElement.dir")).isEqualTo("rtl");
        keepScreenshot(citizenAndAgent, "kiosk-ticket-ar.png");

        // no secret was ever in the address; the kiosk keeps working on its cookie after a reload
        assertThat(citizenAndAgent.getCurrentUrl()).isEqualTo(url("/kiosk/" + code));
        citizenAndAgent.navigate().refresh();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.language-tile[aria-label='ⵜⴰⵎⴰⵣⵉⵖⵜ']")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.service-tile"));
        assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("zgh");
        assertThat(js.executeScript("return document.documentElement.dir")).isEqualTo("ltr");
        // the Tifinagh heading is drawn with the font shipped in the app, not a system fallback
        Object tifinaghFontLoaded = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done([...document.fonts]
                    .some(f => f.family.includes('Hub Tifinagh') && f.status === 'loaded')));""");
        assertThat(tifinaghFontLoaded).isEqualTo(true);
        keepScreenshot(citizenAndAgent, "kiosk-services-zgh.png");
    }

    @Test
    void aKeyboardWedgeScannerOpensTheScannedTicketAtTheCounter() {
        long center = fixtures.center();
        long serviceA = fixtures.service('A');
        fixtures.counter(center, "1", serviceA);
        String agent = fixtures.agent(center);
        Ticket first = ((IssueResult.Issued) tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
        Ticket second = ((IssueResult.Issued) tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();

        citizenAndAgent.get(url("/login"));
        waitFor(citizenAndAgent, By.cssSelector("input[name='username']")).sendKeys(agent);
        citizenAndAgent.findElement(By.cssSelector("input[name='password']")).sendKeys("secret-pass");
        citizenAndAgent.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        Browsers.chooseCounter(citizenAndAgent, "1");
        WebElement scanTarget = waitFor(citizenAndAgent, By.cssSelector("vaadin-text-field.open-ticket-field input"));
        // the scanner types the QR's content and Enter, as fast as a keyboard can
        scanTarget.sendKeys("http://hub.example/t/" + tickets.linkOf(second) + Keys.ENTER);
        new WebDriverWait(citizenAndAgent, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBe(By.cssSelector(".current-number"), second.number().toString()));
        assertThat(tickets.byToken(first.qrToken()).orElseThrow().state()).isEqualTo(TicketState.WAITING);
    }

    @Test
    void anIdleKioskReturnsToItsWelcomeWithNothingOfTheLastTicketLeft() {
        long center = fixtures.center();
        String code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('A'));
        String kiosk = fixtures.kiosk(center, "idle-seconds = 10", "printing = false", "default-language = fr");

        Browsers.registeredKiosk(citizenAndAgent, url(""), kiosk);
        citizenAndAgent.get(url("/kiosk/" + code));
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.language-tile[aria-label='English']")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.service-tile")).click();
        waitFor(citizenAndAgent, By.cssSelector("vaadin-button.priority-none")).click();
        assertThat(waitFor(citizenAndAgent, By.cssSelector(".ticket-number")).getText()).isEqualTo("A-001");

        // nobody touches the kiosk: after its 10 idle seconds it greets the next citizen, in French
        new WebDriverWait(citizenAndAgent, Duration.ofSeconds(25)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.default-language[aria-label='Français']")));
        assertThat(citizenAndAgent.findElements(By.cssSelector(".ticket-number"))).isEmpty();
        assertThat(citizenAndAgent.findElements(By.cssSelector("img.qr-code"))).isEmpty();
        assertThat(((JavascriptExecutor) citizenAndAgent).executeScript("return document.documentElement.lang")).isEqualTo("fr");
    }

    @Test
    void anUnknownCenterShowsAClearPageAndNoStackTrace() {
        citizenAndAgent.get(url("/kiosk/does-not-exist"));
        String text = waitFor(citizenAndAgent, By.tagName("h1")).getText();
        assertThat(text).isEqualTo("Ce centre n'existe pas");
        assertThat(citizenAndAgent.getPageSource()).doesNotContain("Exception");
    }

    /** Keeps what the browser showed as a test artifact, in target/screenshots. */
    private static void keepScreenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static String decodeQr(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        } catch (Exception e) {
            throw new AssertionError("The QR code on screen cannot be read", e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(by));
    }

    private static WebDriver chromium(String language, int width, int height) throws Exception {
        return Browsers.chromium(language, width, height);
    }
}
