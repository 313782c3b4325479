package ma.socialhub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The closed loop in two real browsers: an agent refers a woman to an incubator; the incubator
 * accepts, starts the accompaniment and records a step; the agent sees it on her file.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClosedLoopIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;

    WebDriver tablet;
    WebDriver desktop;

    @AfterEach
    void close() {
        if (tablet != null) {
            tablet.quit();
        }
        if (desktop != null) {
            desktop.quit();
        }
    }

    @Test
    void aReferralMadeAtTheCounterIsAcceptedByTheIncubatorAndItsStepsShowOnThePersonsFile() throws Exception {
        long center = fixtures.center();
        long serviceB = fixtures.service('B');
        fixtures.counter(center, "1", serviceB);
        long incubator = fixtures.incubator(9);
        fixtures.jdbc().sql("UPDATE partner_organization SET reference = false WHERE region_id = 9 AND id <> ?").param(incubator).update();
        fixtures.jdbc().sql("UPDATE partner_organization SET reference = true WHERE id = ?").param(incubator).update();
        fixtures.need("INCOME_PROJECT", serviceB);
        fixtures.onlyRules(fixtures.rule("any_need = '{INCOME_PROJECT}'", "target_kind = 'INCUBATOR'", 10));
        String agent = fixtures.agent(center);
        String partner = fixtures.partner(incubator);
        tickets.issue(center, serviceB, PriorityClass.STANDARD, HubLanguage.FRENCH);
        String base = "http://localhost:" + port;

        tablet = Browsers.chromium("fr", 1280, 800);
        CounterPage counter = new CounterPage(tablet, base).signIn(agent);
        counter.callNextAndReceive("B-001");
        counter.registerWoman("Zineb", "Veuve", "Femme", 1990);
        counter.needsAndReferral("Besoin INCOME_PROJECT");

        desktop = Browsers.chromium("fr", 1440, 900);
        PartnerPage desk = new PartnerPage(desktop, base).signIn(partner);
        // the partner decides on a profile: her name and phone show once the referral is accepted
        desk.open("Nom et téléphone affichés une fois l'orientation acceptée");
        assertThat(desktop.getPageSource()).doesNotContain("Zineb");
        desk.click("vaadin-button.partner-accepted");
        desk.filter("partner-filter-accompanying");
        desk.open("Zineb");
        desk.click("vaadin-button.partner-in-accompaniment");
        desk.type("vaadin-text-area.step-note", "Première séance : gestion et prix de revient");
        desk.click("vaadin-button.step-record");
        desk.waitFor(".accompaniment-step");
        desk.keepScreenshot("partner-desk-fr.png");

        // back at the counter, the person's file shows where her referral stands and the step
        counter.click("vaadin-tab.step-referrals");
        counter.waitUntilContains(".referral-status", "En accompagnement");
        counter.click("vaadin-details.referral-details");
        counter.waitUntilContains(".accompaniment-step", "Première séance : gestion et prix de revient");
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM accompaniment_step s JOIN referral r ON r.id = s.referral_id WHERE r.organization_id = ?")
                .param(incubator).query(Integer.class).single()).isEqualTo(1);
    }
}
