package ma.socialhub.journey;

import java.util.UUID;
import org.openqa.selenium.WebDriver;

/** The counter workspace, as an agent uses it on a tablet. */
class CounterPage extends Page {

    CounterPage(WebDriver browser, String base) {
        super(browser, base);
    }

    CounterPage signIn(String agent) {
        signIn(agent, "secret-pass", "vaadin-select.counter-select");
        Browsers.chooseCounter(browser, "1");
        return this;
    }

    void callNextAndReceive(String number) {
        click("vaadin-button.counter-callNext");
        waitText(".current-number", number);
        click("vaadin-button.counter-receive");
    }

    /** Registers a new woman with consent to a file and to sharing; a surname of her own, so no other is a likely duplicate. */
    void registerWoman(String firstNameLatin, String widowLabel, String womanLabel, int birthYear) {
        click("vaadin-button.person-new");
        click("vaadin-checkbox.consent-processing");
        click("vaadin-checkbox.consent-sharing");
        type("vaadin-text-field.person-first-name-ar", "عائشة");
        type("vaadin-text-field.person-last-name-ar", "بن علي");
        type("vaadin-text-field.person-first-name-latin", firstNameLatin);
        type("vaadin-text-field.person-last-name-latin", "Ben " + UUID.randomUUID().toString().replaceAll("[^a-f]", ""));
        clickByText("vaadin-radio-group.person-sex vaadin-radio-button", womanLabel);
        type("vaadin-integer-field.person-birthYear", String.valueOf(birthYear));
        clickByText("vaadin-checkbox-group.person-situations vaadin-checkbox", widowLabel);
        click("vaadin-button.person-save");
    }

    void needsAndReferral(String need) {
        clickByText("vaadin-checkbox-group.needs-service vaadin-checkbox", need);
        click("vaadin-button.needs-save");
        click("vaadin-button.proposal-accept");
        click("vaadin-button.proposal-refer");
        waitFor(".proposal-referred");
    }

    void closeVisit() {
        click("vaadin-button.counter-finish");
        click("vaadin-button.close-visit");
        waitFor(".current-none");
    }
}
