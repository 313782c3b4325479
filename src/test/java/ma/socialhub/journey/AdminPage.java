package ma.socialhub.journey;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administration screens, as an administrator uses them on a desktop. */
class AdminPage extends Page {

    AdminPage(WebDriver browser, String base) {
        super(browser, base);
    }

    AdminPage signIn(String admin) {
        signIn(admin, "secret-pass", "a.home-admin");
        return this;
    }

    void openStaff() {
        browser.get(base + "/admin/staff");
        waitFor("vaadin-grid.admin-staff-grid");
    }

    void createAgent(String username, String name, String centerName, String password) {
        click("vaadin-button.admin-new");
        type("vaadin-text-field.staff-username", username);
        type("vaadin-text-field.staff-name", name);
        type("vaadin-combo-box.staff-center", centerName);
        clickContaining("vaadin-combo-box-item", centerName);
        type("vaadin-password-field.staff-password", password);
        click("vaadin-dialog.staff-dialog vaadin-button.admin-save");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.findElements(By.cssSelector("vaadin-dialog.staff-dialog[opened]")).isEmpty());
    }

    void signOutEverywhere(String username) {
        type("vaadin-text-field.staff-filter", username);
        clickByText("vaadin-grid.admin-staff-grid vaadin-grid-cell-content", username);
        click("vaadin-button.staff-sign-out-everywhere");
        waitFor("vaadin-notification-card");
    }
}
