package ma.socialhub.journey;

import org.openqa.selenium.WebDriver;

/** The partner's desk, as an incubator's staff use it on a desktop. */
class PartnerPage extends Page {

    PartnerPage(WebDriver browser, String base) {
        super(browser, base);
    }

    PartnerPage signIn(String partner) {
        signIn(partner, "secret-pass", "vaadin-grid.partner-grid");
        return this;
    }

    void open(String personName) {
        clickContaining("vaadin-grid.partner-grid vaadin-grid-cell-content", personName);
        waitFor(".partner-actions");
    }

    void filter(String tabId) {
        click("vaadin-tab#" + tabId);
    }
}
