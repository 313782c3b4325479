package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator opens an account for a new agent in a real browser; the agent works at once;
 * the administrator ends the agent's session from another browser, and it ends at the next action.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdministrationIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    WebDriver desktop;
    WebDriver tablet;

    @AfterEach
    void close() {
        if (desktop != null) {
            desktop.quit();
        }
        if (tablet != null) {
            tablet.quit();
        }
    }

    @Test
    void anAccountOpenedByTheAdministratorWorksAtOnceAndEndsEverywhereOnRequest() throws Exception {
        long center = fixtures.center();
        fixtures.counter(center, "1", fixtures.service('A'));
        String centerName = "Centre Anza " + center;
        fixtures.jdbc().sql("UPDATE center SET name_fr = ? WHERE id = ?").params(centerName, center).update();
        String username = "nadia-" + center;
        String base = "http://localhost:" + port;

        desktop = Browsers.chromium("fr", 1400, 900);
        AdminPage admin = new AdminPage(desktop, base).signIn(fixtures.staff(Roles.ADMIN, null, null));
        admin.openStaff();
        admin.createAgent(username, "Nadia Amrani", centerName, "Anza-plage-2026");
        assertThat(fixtures.jdbc().sql("SELECT center_id FROM staff_account WHERE username = ?").param(username)
                .query(Long.class).single()).isEqualTo(center);

        tablet = Browsers.chromium("fr", 1280, 800);
        new Page(tablet, base) { }.signIn(username, "Anza-plage-2026", "vaadin-select.counter-select");

        admin.signOutEverywhere(username);

        tablet.navigate().refresh();
        new WebDriverWait(tablet, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/login"));
    }
}
