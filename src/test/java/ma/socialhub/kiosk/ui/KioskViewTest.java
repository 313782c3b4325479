package ma.socialhub.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KioskViewTest extends KaribuTest {

    @Autowired Tickets tickets;

    long center;
    String code;

    @BeforeEach
    void center() {
        center = fixtures.center();
        code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('A'), fixtures.service('B'));
    }

    @Test
    void aCitizenTapsAServiceThenNoPriorityAndGetsANumberedTicketWithAQrCode() {
        UI.getCurrent().navigate("kiosk/" + code);
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).hasSize(2);

        _click(_get(Button.class, tile("Service A")));
        _click(_get(Button.class, s -> s.withClasses("priority-none")));

        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("A-001");
        assertThat(_get(Span.class, s -> s.withClasses("ticket-ahead")).getText()).isEqualTo(t("kiosk.ticket.nobodyAhead"));
        Image qr = _get(Image.class, s -> s.withClasses("qr-code"));
        assertThat(qr.getSrc()).startsWith("data:image/png;base64,");
        String qrUrl = qr.getElement().getAttribute("data-qr");
        assertThat(qrUrl).contains("/t/");
        assertThat(tickets.byLink(qrUrl.substring(qrUrl.indexOf("/t/") + 3))).map(t -> t.number().toString()).contains("A-001");
        assertThat(_get(Span.class, s -> s.withClasses("wait-estimate")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("wait.range", java.util.Map.of("from", 0, "to", 10))); // (0 + ½) × 10 min ÷ 1 counter
        assertThat(tickets.waitingCounts(center)).containsEntry(fixtures.service('A'), 1);
    }

    @Test
    void theSecondCitizenSeesOnePersonAhead() {
        UI.getCurrent().navigate("kiosk/" + code);
        takeTicket("Service B");
        _click(_get(Button.class, s -> s.withClasses("kiosk-done")));
        takeTicket("Service B");
        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("B-002");
        assertThat(_get(Span.class, s -> s.withClasses("ticket-ahead")).getText())
                .isEqualTo(t("kiosk.ticket.peopleAhead", "count", 1));
    }

    @Test
    void backOnThePriorityStepReturnsToTheServicesWithoutATicket() {
        UI.getCurrent().navigate("kiosk/" + code);
        _click(_get(Button.class, tile("Service A")));
        _click(_get(Button.class, s -> s.withClasses("kiosk-back")));
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).hasSize(2);
        assertThat(tickets.waitingCounts(center)).isEmpty();
    }

    @Test
    void aPriorityTicketIsTakenWithTheYesTile() {
        UI.getCurrent().navigate("kiosk/" + code);
        takeTicket("Service A");
        _click(_get(Button.class, s -> s.withClasses("kiosk-done")));
        _click(_get(Button.class, tile("Service A")));
        _click(_get(Button.class, s -> s.withClasses("priority-yes")));
        assertThat(_get(Span.class, s -> s.withClasses("ticket-ahead")).getText()).isEqualTo(t("kiosk.ticket.nobodyAhead"));
    }

    @Test
    void theKioskSpeaksArabicWhenAskedWithServiceNamesInArabic() {
        speak(HubLanguage.ARABIC);
        UI.getCurrent().navigate("kiosk/" + code);
        assertThat(_find(Button.class, tile("خدمة A"))).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("مركز الاختبار");
    }

    @Test
    void anUnknownCenterShowsAClearTranslatedPage() {
        UI.getCurrent().navigate("kiosk/no-such-center");
        assertThat(_get(H1.class).getText()).isEqualTo(t("center.notFound.title"));
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).isEmpty();
    }

    @Test
    void returningToWelcomeLeavesNothingOfTheLastTicket() {
        UI.getCurrent().navigate("kiosk/" + code);
        takeTicket("Service A");
        KioskView view = _get(KioskView.class);
        view.returnToWelcome();
        assertThat(_find(Isolated.class, s -> s.withClasses("ticket-number"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).hasSize(2);
    }

    /** A service tile, found as a screen reader finds it: by its spoken label. */
    private static java.util.function.Consumer<com.github.mvysny.kaributesting.v10.SearchSpecJ<Button>> tile(String label) {
        return s -> s.withClasses("service-tile").withPredicate(b -> b.getAriaLabel().orElse("").equals(label));
    }

    private void takeTicket(String service) {
        _click(_get(Button.class, tile(service)));
        _click(_get(Button.class, s -> s.withClasses("priority-none")));
    }
}
