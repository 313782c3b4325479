package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A regional supervisor watches a center's board in Arabic while a citizen takes a ticket at the
 * kiosk: the board counts them within seconds, without a reload; the trends draw their charts.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SupervisionIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    WebDriver kiosk;
    WebDriver office;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.quit();
        }
        if (office != null) {
            office.quit();
        }
    }

    @Test
    void aTicketTakenAtTheKioskChangesTheBoardWithoutReload() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('V'));
        String kioskKey = fixtures.kiosk(center);
        String supervisor = fixtures.supervisorOfRegion(9);
        String base = "http://localhost:" + port;

        office = Browsers.chromium("ar", 1400, 900);
        new Page(office, base) { }.signIn(supervisor, "secret-pass", "vaadin-grid.supervision-centers");
        office.get(base + "/supervision/center/" + code);
        WebDriverWait wait = new WebDriverWait(office, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".board-tile[data-service='V'] .tile-waiting"), "0"));
        assertThat(((JavascriptExecutor) office).executeScript("return document.documentElement.dir")).isEqualTo("rtl");
        ((JavascriptExecutor) office).executeScript("window.sameDocument = true");

        kiosk = Browsers.chromium("fr", 1080, 1920);
        Browsers.registeredKiosk(kiosk, base, kioskKey);
        kiosk.get(base + "/kiosk/" + code);
        new WebDriverWait(kiosk, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.language-tile[aria-label='Français']"))).click();
        new WebDriverWait(kiosk, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.service-tile"))).click();
        new WebDriverWait(kiosk, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.priority-none"))).click();
        new WebDriverWait(kiosk, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector(".ticket-number"), "V-001"));
        long taken = System.nanoTime();

        new WebDriverWait(office, Duration.ofSeconds(5)).until(
                ExpectedConditions.textToBe(By.cssSelector(".board-tile[data-service='V'] .tile-waiting"), "1"));
        long seenMillis = (System.nanoTime() - taken) / 1_000_000;
        assertThat(seenMillis).as("the board changed %d ms after the ticket", seenMillis).isLessThan(2_000);
        assertThat(((JavascriptExecutor) office).executeScript("return window.sameDocument === true")).isEqualTo(true);
        keep(office, "supervision-board-ar.png");

        office.get(base + "/supervision/trends?area=center-" + center);
        new WebDriverWait(office, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart-svg svg")));
        assertThat(office.findElements(By.cssSelector(".heat-cell")).stream().anyMatch(c -> "1".equals(c.getText()))).isTrue();
        keep(office, "supervision-trends-ar.png");
    }

    private static void keep(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
