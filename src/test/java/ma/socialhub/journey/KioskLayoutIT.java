package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
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
 * The kiosk on its two screens: on a portrait kiosk (1080 × 1920) every tile of every step lies in
 * the lower two thirds, where a short or seated person reaches; on a landscape one (1920 × 1080)
 * every tile shows without scrolling. Measured in a real Chromium with seven services, as a demo
 * center has.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KioskLayoutIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void onAPortraitKioskEveryTileIsInTheLowerTwoThirds() throws Exception {
        browser = Browsers.chromium("ar", 1080, 1920);
        for (Map<String, Object> tile : tilesOfEachStep()) {
            assertThat(((Number) tile.get("top")).doubleValue()).as("top of " + tile.get("name")).isGreaterThanOrEqualTo(1920 / 3.0);
            assertThat(((Number) tile.get("bottom")).doubleValue()).as("bottom of " + tile.get("name")).isLessThanOrEqualTo(1920);
            assertThat(((Number) tile.get("height")).doubleValue()).as("height of " + tile.get("name")).isGreaterThanOrEqualTo(72);
        }
    }

    @Test
    void onALandscapeKioskEveryTileShowsWithoutScrolling() throws Exception {
        browser = Browsers.chromium("fr", 1920, 1080);
        for (Map<String, Object> tile : tilesOfEachStep()) {
            assertThat(((Number) tile.get("top")).doubleValue()).as("top of " + tile.get("name")).isGreaterThanOrEqualTo(0);
            assertThat(((Number) tile.get("bottom")).doubleValue()).as("bottom of " + tile.get("name")).isLessThanOrEqualTo(1080);
            assertThat(((Number) tile.get("height")).doubleValue()).as("height of " + tile.get("name")).isGreaterThanOrEqualTo(72);
        }
    }

    @Test
    void theTilesIconsAreDrawnFromTheHubsSprite() throws Exception {
        browser = Browsers.chromium("fr", 1920, 1080);
        tilesOfEachStep(); // ends at the priority question: its tiles' pictograms and every tile's "listen" button

        // every icon on the screen is drawn: a symbol of icons/hub.svg rendered at a visible size
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> icons = (List<Map<String, Object>>) new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                driver -> {
                    Object drawn = ((JavascriptExecutor) driver).executeScript("""
                            const icons = [...document.querySelectorAll('vaadin-icon')];
                            if (icons.length === 0) return null;
                            const all = icons.map(i => {
                              const svg = i.shadowRoot && i.shadowRoot.querySelector('svg');
                              const r = i.getBoundingClientRect();
                              return { symbol: i.getAttribute('symbol') || i.symbol || '', src: i.src || i.getAttribute('src') || '',
                                       shapes: svg ? svg.querySelectorAll('path, use').length : 0, width: r.width };
                            });
                            return all.every(i => i.shapes > 0) ? all : null;""");
                    return drawn;
                });

        // a <use> of a missing file draws nothing and says nothing: the sprite as the page resolves it
        Object sprite = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const icon = document.querySelector('vaadin-icon');
                fetch(new URL(icon.src || icon.getAttribute('src'), document.baseURI))
                  .then(r => r.text().then(t => done(r.status + ' ' + (t.includes('id="' + icon.symbol + '"') ? 'has' : 'lacks')
                      + ' ' + icon.symbol)))
                  .catch(e => done('failed ' + e));""");
        assertThat(sprite).as("the sprite fetched from the kiosk's page").asString().startsWith("200 has ");
        assertThat(icons).isNotEmpty().allSatisfy(icon -> {
            assertThat(icon.get("src")).as("icon source").asString().endsWith("icons/hub.svg");
            assertThat(((Number) icon.get("width")).doubleValue()).as("width of " + icon.get("symbol")).isGreaterThan(8);
        });
    }

    /** The languages, then seven services and "I have an appointment", then the priority question: where each tile lies on the screen. */
    private List<Map<String, Object>> tilesOfEachStep() throws Exception {
        long center = fixtures.center();
        long[] services = new long[7];
        for (int i = 0; i < services.length; i++) {
            services[i] = fixtures.service((char) ('A' + i));
        }
        fixtures.counter(center, "1", services);
        String kiosk = fixtures.kiosk(center, "printing = false");
        String base = "http://localhost:" + port;
        Browsers.registeredKiosk(browser, base, kiosk);
        browser.get(base + "/kiosk/" + fixtures.code(center));
        List<Map<String, Object>> tiles = new ArrayList<>(measure("vaadin-button.language-tile", 4));
        browser.findElement(By.cssSelector("vaadin-button.language-tile")).click();
        tiles.addAll(measure("vaadin-button.service-tile", 7));
        tiles.addAll(measure("vaadin-button.appointment-tile", 1));
        browser.findElement(By.cssSelector("vaadin-button.service-tile")).click();
        tiles.addAll(measure("vaadin-button.priority-none, vaadin-button.priority-yes", 5));
        return tiles;
    }

    /** The tiles' places once they hold still (two readings 200 ms apart agree): fonts and layout settle first. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> measure(String css, int expected) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), expected));
        List<Map<String, Object>>[] last = new List[1];
        return new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200)).until(driver -> {
            List<Map<String, Object>> now = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("""
                    return [...document.querySelectorAll(arguments[0])].map(t => {
                      const r = t.getBoundingClientRect();
                      return { name: t.getAttribute('aria-label'), top: r.top, bottom: r.bottom, height: r.height };
                    });""", css);
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still ? now : null;
        });
    }
}
