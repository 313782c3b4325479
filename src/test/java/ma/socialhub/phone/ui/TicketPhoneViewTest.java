package ma.socialhub.phone.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TicketPhoneViewTest extends KaribuTest {

    @Autowired Tickets tickets;

    long center;
    long service;
    long counter;

    @BeforeEach
    void center() {
        center = fixtures.center();
        service = fixtures.service('A');
        counter = fixtures.counter(center, "4", service);
    }

    @Test
    void thePhoneShowsTheTicketInItsLanguageAndFollowsItWhenCalled() {
        Ticket first = issue(HubLanguage.ARABIC);
        Ticket mine = issue(HubLanguage.ARABIC);
        UI.getCurrent().navigate("t/" + tickets.linkOf(mine));

        assertThat(_get(Isolated.class, s -> s.withClasses("phone-number")).getText()).isEqualTo("A-002");
        assertThat(_get(Span.class, s -> s.withClasses("phone-state")).getText()).isEqualTo("في الانتظار");
        assertThat(_get(Span.class, s -> s.withClasses("phone-ahead")).getText()).isEqualTo("عدد الأشخاص قبلك: 1");

        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        tickets.finish(first.id(), counter);
        tickets.callNext(counter);

        eventually(() -> assertThat(_get(Span.class, s -> s.withClasses("phone-state")).getText()).isEqualTo("تم النداء"));
        assertThat(_get(Span.class, s -> s.withClasses("phone-go-to")).getText()).isEqualTo("توجه إلى الشباك 4");
    }

    @Test
    void aChangeOfOtherPeoplesTicketsLeavesThePageAsItWasAndAMovedPlaceChangesOnlyItsText() {
        Ticket first = issue(HubLanguage.FRENCH);
        Ticket mine = issue(HubLanguage.FRENCH);
        UI.getCurrent().navigate("t/" + tickets.linkOf(mine));
        Isolated number = _get(Isolated.class, s -> s.withClasses("phone-number"));
        Span ahead = _get(Span.class, s -> s.withClasses("phone-ahead"));
        assertThat(ahead.getText()).isEqualTo(t("kiosk.ticket.peopleAhead", "count", 1));

        issue(HubLanguage.FRENCH); // someone behind: nothing the page shows changes
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter); // the one ahead: only the place moves
        // the page follows the changes as they reach it (through PostgreSQL), in their order
        eventually(() -> assertThat(ahead.getText()).isEqualTo(t("kiosk.ticket.nobodyAhead")));
        assertThat(_get(Isolated.class, s -> s.withClasses("phone-number"))).as("never drawn again").isSameAs(number);
        assertThat(_get(Span.class, s -> s.withClasses("phone-ahead"))).isSameAs(ahead);

        tickets.finish(first.id(), counter);
        tickets.callNext(counter); // mine: the page is drawn for the call
        eventually(() -> assertThat(_get(Span.class, s -> s.withClasses("phone-state")).getText()).isEqualTo(t("ticket.state.CALLED")));
        assertThat(_get(Isolated.class, s -> s.withClasses("phone-number"))).as("drawn again once called").isNotSameAs(number);
    }

    @Test
    void aTicketSentHomeAtTheEndOfTheDaySaysSoLiveAndOffersToBook() {
        Ticket mine = issue(HubLanguage.FRENCH);
        UI.getCurrent().navigate("t/" + tickets.linkOf(mine));
        assertThat(_find(Paragraph.class, s -> s.withClasses("phone-day-ended"))).isEmpty();

        fixtures.asSystem(() -> tickets.endDay(center));

        eventually(() -> assertThat(_get(Paragraph.class, s -> s.withClasses("phone-day-ended")).getText())
                .isEqualTo(t("phone.dayEnded")));
        assertThat(_get(Anchor.class, s -> s.withClasses("phone-book")).getHref()).isEqualTo("/book/" + fixtures.code(center));
    }

    @Test
    void aTicketCarriedToTheNextOpenDayShowsItsNewNumberAndSaysSo() {
        Ticket mine = issue(HubLanguage.FRENCH);
        LocalDate next = mine.day().plusDays(1);
        fixtures.asSystem(() -> tickets.carryWaiting(center, next, next.atTime(8, 30).atZone(ZoneId.of("Africa/Casablanca")).toInstant()));

        UI.getCurrent().navigate("t/" + tickets.linkOf(mine));

        assertThat(_get(Isolated.class, s -> s.withClasses("phone-number")).getText()).isEqualTo("A-001");
        assertThat(_get(Paragraph.class, s -> s.withClasses("phone-carried")).getText()).contains("en tête de file");
    }

    @Test
    void onAHolidayThePhonePageSaysTheCenterIsClosed() {
        Ticket mine = issue(HubLanguage.FRENCH);
        fixtures.jdbc().sql("INSERT INTO opening_period (center_id, first_day, last_day, reason) VALUES (?, ?, ?, 'Fête du Trône')")
                .params(center, mine.day(), mine.day()).update();
        UI.getCurrent().navigate("t/" + tickets.linkOf(mine));
        assertThat(_get(Paragraph.class, s -> s.withClasses("phone-closed-today")).getText())
                .isEqualTo("Le centre est fermé aujourd'hui : Fête du Trône");
    }

    @Test
    void aForgedLinkAndAnUnknownOneShowTheSameNeutralPage() {
        Ticket mine = issue(HubLanguage.FRENCH);
        String genuine = tickets.linkOf(mine);
        UI.getCurrent().navigate("t/" + genuine.substring(0, genuine.length() - 2) + "zz");
        String forged = _get(TicketPhoneView.class).getElement().getTextRecursively();
        UI.getCurrent().navigate("t/nothing-at-all");
        String unknown = _get(TicketPhoneView.class).getElement().getTextRecursively();

        assertThat(forged).isEqualTo(unknown).doesNotContain("A-001");
        assertThat(_get(H1.class).getText()).isEqualTo(t("phone.notFound.title"));
        assertThat(_find(Isolated.class)).isEmpty();
    }

    private Ticket issue(HubLanguage language) {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, language)).ticket();
    }
}
