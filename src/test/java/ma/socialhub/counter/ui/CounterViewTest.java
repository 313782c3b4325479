package ma.socialhub.counter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.LoginView;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CounterViewTest extends KaribuTest {

    @Autowired Tickets tickets;

    long center;
    long serviceA;

    @BeforeEach
    void center() {
        center = fixtures.center();
        serviceA = fixtures.service('A');
        fixtures.counter(center, "1", serviceA);
    }

    @Test
    void anAgentCallsTheNextTicketAndSeesItsNumber() {
        issue();
        openCounter();
        assertThat(waitingCount()).isEqualTo(t("counter.waitingCount", "count", 1));

        _click(button("counter.callNext"));

        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-001");
        assertThat(_get(Span.class, s -> s.withClasses("current-state")).getText()).isEqualTo(t("ticket.state.CALLED"));
        assertThat(waitingCount()).isEqualTo(t("counter.waitingCount", "count", 0));
        assertThat(button("counter.callNext").isEnabled()).isFalse();
    }

    @Test
    void startThenFinishFreesTheCounterForTheNextCall() {
        issue();
        openCounter();
        _click(button("counter.callNext"));
        _click(button("counter.start"));
        assertThat(_get(Span.class, s -> s.withClasses("current-state")).getText()).isEqualTo(t("ticket.state.IN_SERVICE"));
        _click(button("counter.finish"));
        assertThat(_get(Span.class, s -> s.withClasses("current-none")).getText()).isEqualTo(t("counter.noCurrent"));
        assertThat(button("counter.callNext").isEnabled()).isTrue();
    }

    @Test
    void callingOnAnEmptyQueueSaysSo() {
        openCounter();
        _click(button("counter.callNext"));
        expectNotifications(t("counter.queueEmpty"));
    }

    @Test
    void anAbsentCitizenIsMarkedNoShow() {
        issue();
        openCounter();
        _click(button("counter.callNext"));
        _click(button("counter.recall"));
        _click(button("counter.noShow"));
        assertThat(_find(Isolated.class, s -> s.withClasses("current-number"))).isEmpty();
    }

    @Test
    void theCounterShowsItsTicketAgainAfterTheAgentComesBack() {
        issue();
        openCounter();
        _click(button("counter.callNext"));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("counter");
        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-001");
    }

    @Test
    void aCounterWithoutServicesSaysSo() {
        long other = fixtures.center();
        fixtures.counter(other, "1");
        signIn(fixtures.agent(other));
        UI.getCurrent().navigate("counter");
        assertThat(_find(Span.class, s -> s.withText(t("counter.servesNothing")))).hasSize(1);
    }

    @Test
    void theCounterIsInArabicWhenTheAgentChoosesArabic() {
        speak(HubLanguage.ARABIC);
        openCounter();
        assertThat(button("counter.callNext").getText()).isEqualTo("نداء التالي");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("counter");
        _get(LoginView.class);
    }

    private void issue() {
        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
    }

    private void openCounter() {
        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("counter");
    }

    private static Button button(String key) {
        return _get(Button.class, s -> s.withText(t(key)));
    }

    private static String waitingCount() {
        return _get(Span.class, s -> s.withClasses("waiting-count")).getText();
    }
}
