package ma.socialhub.display.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DisplayViewTest extends KaribuTest {

    @Autowired Tickets tickets;

    long center;
    long serviceA;
    long counter;
    String code;

    @BeforeEach
    void center() {
        center = fixtures.center();
        code = fixtures.code(center);
        serviceA = fixtures.service('A');
        fixtures.counter(center, "1", serviceA);
        counter = fixtures.counter(center, "2", serviceA);
    }

    @Test
    void aCallAppearsOnTheDisplayWithItsCounterWithoutAReload() {
        UI.getCurrent().navigate("display/" + code);
        assertThat(_find(Isolated.class, s -> s.withClasses("call-number"))).isEmpty();

        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        fixtures.signIn(fixtures.agent(center));
        assertThat(tickets.callNext(counter)).isInstanceOf(CallResult.Called.class);

        eventually(() -> assertThat(_get(Isolated.class, s -> s.withClasses("call-number")).getText()).isEqualTo("A-001"));
        assertThat(_get(Span.class, s -> s.withClasses("call-counter")).getText())
                .isEqualTo(t("counter.label", "counter", "2"));
    }

    @Test
    void aNewTicketChangesOnlyItsLinesCountAndLeavesTheCallsAsTheyWere() {
        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        UI.getCurrent().navigate("display/" + code);
        Isolated shownCall = _get(Isolated.class, s -> s.withClasses("call-number"));
        Span line = _get(Span.class, s -> s.withClasses("display-waiting-line"));
        assertThat(line.getElement().getTextRecursively()).contains(t("display.waitingCount", "count", 0));

        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);

        eventually(() -> assertThat(line.getElement().getTextRecursively()).contains(t("display.waitingCount", "count", 1)));
        assertThat(_get(Span.class, s -> s.withClasses("display-waiting-line"))).isSameAs(line);
        assertThat(_get(Isolated.class, s -> s.withClasses("call-number"))).as("the call, not drawn again").isSameAs(shownCall);
    }

    @Test
    void previousCallsStayListedUnderTheLatest() {
        issueAndCallInTurn(2, 2);

        UI.getCurrent().navigate("display/" + code);
        assertThat(_find(Isolated.class, s -> s.withClasses("call-number"))).extracting(Isolated::getText)
                .containsExactly("A-002", "A-001");
    }

    @Test
    void aNewCallMovesTheNumbersDownTheLinesAlreadyShownInsteadOfDrawingThemAgain() {
        issueAndCallInTurn(3, 2);
        UI.getCurrent().navigate("display/" + code);
        List<Isolated> before = _find(Isolated.class, s -> s.withClasses("call-number"));
        assertThat(before).extracting(Isolated::getText).containsExactly("A-002", "A-001");

        callNextAfterTheCurrent();

        eventually(() -> assertThat(_find(Isolated.class, s -> s.withClasses("call-number"))).extracting(Isolated::getText)
                .containsExactly("A-003", "A-002", "A-001"));
        List<Isolated> after = _find(Isolated.class, s -> s.withClasses("call-number"));
        assertThat(after.get(0)).as("the latest call's line, its text changed").isSameAs(before.get(0));
        assertThat(after.get(1)).as("the line below, its text changed").isSameAs(before.get(1));
        assertThat(_find(Span.class, s -> s.withClasses("call-counter"))).extracting(Span::getText)
                .containsOnly(t("counter.label", "counter", "2"));
    }

    @Test
    void aCounterOpenedAfterTheDisplayShowsItsLabelWithItsFirstCall() {
        UI.getCurrent().navigate("display/" + code);
        long opened = fixtures.counter(center, "9", serviceA);
        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        fixtures.signIn(fixtures.agent(center));

        assertThat(tickets.callNext(opened)).isInstanceOf(CallResult.Called.class);

        eventually(() -> assertThat(_get(Span.class, s -> s.withClasses("call-counter")).getText())
                .isEqualTo(t("counter.label", "counter", "9")));
    }

    @Test
    void aServiceOfferedAfterTheDisplayOpenedGetsItsOwnWaitingLine() {
        UI.getCurrent().navigate("display/" + code);
        assertThat(_find(Span.class, s -> s.withClasses("display-waiting-line"))).hasSize(1);
        long serviceB = fixtures.service('B');
        fixtures.counter(center, "3", serviceB);

        tickets.issue(center, serviceB, PriorityClass.STANDARD, HubLanguage.FRENCH);

        eventually(() -> assertThat(_find(Span.class, s -> s.withClasses("display-waiting-line")))
                .extracting(line -> line.getElement().getTextRecursively())
                .containsExactly("Service A" + t("display.waitingCount", "count", 0),
                        "Service B" + t("display.waitingCount", "count", 1)));
    }

    @Test
    void theSameScreenSentToAnotherCenterHearsThatCenterFromThenOn() {
        long other = fixtures.center();
        long serviceB = fixtures.service('B');
        long otherCounter = fixtures.counter(other, "1", serviceB);
        UI.getCurrent().navigate("display/" + code);
        DisplayView screen = _get(DisplayView.class);

        UI.getCurrent().navigate("display/" + fixtures.code(other));
        assertThat(_get(DisplayView.class)).as("the router kept the screen").isSameAs(screen);
        tickets.issue(other, serviceB, PriorityClass.STANDARD, HubLanguage.FRENCH);
        fixtures.signIn(fixtures.agent(other));
        tickets.callNext(otherCounter);

        eventually(() -> assertThat(_get(Isolated.class, s -> s.withClasses("call-number")).getText()).isEqualTo("B-001"));
    }

    @Test
    void theDisplayNeverShowsAnythingButNumbersAndCounters() {
        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        UI.getCurrent().navigate("display/" + code);
        String shown = _get(DisplayView.class).getElement().getTextRecursively();
        assertThat(shown).doesNotContain(fixtures.jdbc().sql("SELECT display_name FROM staff_account ORDER BY id DESC LIMIT 1")
                .query(String.class).single());
    }

    @Test
    void theLanguageCanBeFixedInTheAddress() {
        UI.getCurrent().navigate("display/" + code, QueryParameters.of("lang", "ar"));
        assertThat(_get(H1.class).getText()).isEqualTo("مركز الاختبار");
        assertThat(_find(Span.class, s -> s.withText("مرحبا. سيتم النداء على الأرقام هنا."))).hasSize(1);
    }

    @Test
    void anUnknownCenterShowsAClearTranslatedPage() {
        UI.getCurrent().navigate("display/nowhere");
        assertThat(_get(H1.class).getText()).isEqualTo(t("center.notFound.title"));
    }

    /** Issues {@code issued} tickets, then calls {@code called} of them at counter 2, each finished before the next. */
    private void issueAndCallInTurn(int issued, int called) {
        for (int i = 0; i < issued; i++) {
            tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        }
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        for (int i = 1; i < called; i++) {
            callNextAfterTheCurrent();
        }
    }

    private void callNextAfterTheCurrent() {
        tickets.finish(tickets.currentAt(counter).orElseThrow().id(), counter);
        tickets.callNext(counter);
    }
}
