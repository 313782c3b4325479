package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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

    /** A short video for Chromium's fake camera: {@code content} as a QR code, still, on a light background. */
    public static Path qrVideo(String content) throws Exception {
        int width = 640;
        int height = 480;
        BitMatrix qr = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 400, 400);
        byte[] luma = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int qx = x - (width - 400) / 2;
                int qy = y - (height - 400) / 2;
                boolean dark = qx >= 0 && qy >= 0 && qx < 400 && qy < 400 && qr.get(qx, qy);
                luma[y * width + x] = (byte) (dark ? 16 : 235);
            }
        }
        byte[] chroma = new byte[width * height / 4];
        Arrays.fill(chroma, (byte) 128);
        Path file = Files.createTempFile("qr-camera", ".y4m");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 10; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return file;
    }
}
