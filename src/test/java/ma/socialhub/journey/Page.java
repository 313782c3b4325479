package ma.socialhub.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object does with Vaadin components in a real browser. */
abstract class Page {

    final WebDriver browser;
    final String base;

    Page(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    void signIn(String username, String password, String landedOn) {
        browser.get(base + "/login");
        waitFor("input[name='username']").sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waitFor(landedOn);
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    void click(String css) {
        WebElement element = waitFor(css);
        centre(element);
        element.click();
    }

    void type(String css, String text) {
        WebElement input = waitFor(css).findElement(By.cssSelector("input, textarea"));
        centre(input);
        input.clear();
        input.sendKeys(text);
    }

    void clickByText(String css, String text) {
        WebElement match = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElements(By.cssSelector(css))
                .stream().filter(e -> e.getText().strip().equals(text)).findFirst().orElse(null));
        centre(match);
        match.click();
    }

    void clickContaining(String css, String text) {
        WebElement match = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElements(By.cssSelector(css))
                .stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null));
        centre(match);
        match.click();
    }

    void waitText(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    void waitUntilContains(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    void keepScreenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void centre(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
