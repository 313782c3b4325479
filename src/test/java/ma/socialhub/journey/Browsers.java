package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, with a profile of its own; never a downloaded browser. */
public final class Browsers {

    private Browsers() {
    }

    /**
     * Makes {@code browser} a registered kiosk of the hub at {@code base}, as its registration left
     * it: the device credential in its cookie (the registration code itself is typed in
     * QueueJourneyIT). Never a secret in an address.
     */
    public static void registeredKiosk(WebDriver browser, String base, String credential) {
        browser.get(base + "/styles/hub.css");
        browser.manage().addCookie(new Cookie.Builder("hub-kiosk", credential).path("/").isHttpOnly(true).sameSite("Strict").build());
    }

    /**
     * At the counter screen, the agent chooses their counter (labelled {@code label}), which opens
     * it; returns once "call next" can be tapped.
     */
    public static void chooseCounter(WebDriver browser, String label) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select.counter-select"))).click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().endsWith(" " + label)).findFirst().orElse(null))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.counter-callNext")));
    }

    public static WebDriver chromium(String language, int width, int height) throws Exception {
        return chromium(language, width, height, List.of());
    }

    /** As above, with more command-line switches (a fake camera, say). */
    public static WebDriver chromium(String language, int width, int height, List<String> extraArguments) throws Exception {
        File driver = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        String binary = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assertThat(driver.canExecute()).as("chromedriver at " + driver + " (apt-get install chromium-driver; .ci/run installs it)").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=" + language, "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("hub-chromium").toAbsolutePath()));
        options.addArguments(extraArguments);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        return new ChromeDriver(service, options);
    }
}
