package ma.socialhub.phone.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.messaging.Messages;
import ma.socialhub.messaging.SubscribeResult;
import ma.socialhub.messaging.SubscriptionSource;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page a message's link opens: as much as the message says, never the service, and not for ever. */
class MessageLinkViewTest extends KaribuTest {

    @Autowired Tickets tickets;
    @Autowired Messages messages;
    @Autowired TestClock clock;

    long center;
    Ticket mine;
    String token;

    @BeforeEach
    void aTicketFollowedBySms() {
        clock.pin(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        center = fixtures.center();
        long service = fixtures.service('V');
        fixtures.counter(center, "2", service);
        mine = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
        String number = "061" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        assertThat(messages.subscribe(tickets.linkOf(mine), number, SubscriptionSource.PHONE_PAGE))
                .isInstanceOf(SubscribeResult.Subscribed.class);
        token = fixtures.jdbc().sql("SELECT link_token FROM message_subscription WHERE ticket_id = ?").param(mine.id())
                .query(String.class).single();
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void theLinkShowsTheNumberAndItsStateButNeverTheService() {
        UI.getCurrent().navigate("m/" + token);

        assertThat(_get(Isolated.class, s -> s.withClasses("phone-number")).getText()).isEqualTo(mine.number().toString());
        assertThat(_get(Span.class, s -> s.withClasses("phone-state")).getText()).isEqualTo(t("ticket.state.WAITING"));
        assertThat(_find(Span.class, s -> s.withClasses("phone-service"))).isEmpty();
        assertThat(token).doesNotContain(tickets.linkOf(mine));
    }

    @Test
    void oneTapOnTheLinksPageStopsTheMessages() {
        UI.getCurrent().navigate("m/" + token);

        _click(_get(Button.class, s -> s.withClasses("phone-sms-stop")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("phone-sms-stopped")).getText()).isEqualTo(t("phone.sms.stopped"));
        assertThat(messages.followedBy(tickets.linkOf(mine))).isEmpty();
    }

    @Test
    void aMadeUpOrExpiredLinkShowsNothingOfTheTicket() {
        UI.getCurrent().navigate("m/" + "A".repeat(22));
        assertThat(_get(H1.class).getText()).isEqualTo(t("phone.notFound.title"));

        clock.advance(Duration.ofDays(3));
        UI.getCurrent().navigate("m/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo(t("phone.notFound.title"));
        assertThat(_find(Isolated.class, s -> s.withClasses("phone-number"))).isEmpty();
    }
}
