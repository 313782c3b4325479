package ma.socialhub.phone.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.time.temporal.ChronoUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.messaging.Messages;
import ma.socialhub.messaging.SubscribeResult;
import ma.socialhub.messaging.SubscriptionSource;
import ma.socialhub.referral.ReferRequest;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.Scenario;
import ma.socialhub.visit.Visit;
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
    @Autowired Scenario scenario;
    @Autowired Referrals referrals;

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

    @Test
    void aCenterWithANeutralNameForMessagesGoesByItOnTheLinksPage() {
        fixtures.jdbc().sql("INSERT INTO message_center_name (center_id, sms_name) VALUES (?, 'Centre Al Amal')").param(center).update();

        UI.getCurrent().navigate("m/" + token);

        assertThat(_get(Span.class, s -> s.withClasses("phone-center")).getText()).isEqualTo("Centre Al Amal");
    }

    @Test
    void aReferralsLinkSaysWhenAndWhereToGoOnceAcceptedButNeverToWhom() {
        scenario.atANewCenter();
        long incubator = fixtures.incubator(9);
        fixtures.jdbc().sql("UPDATE partner_organization SET address = '12 rue Al Massira, Tiznit', phone = '0528 60 12 34' WHERE id = ?")
                .param(incubator).update();
        String partner = fixtures.partner(incubator);
        long woman = scenario.woman();
        Visit visit = scenario.visitOf(woman);
        Referral referral = ((ReferResult.Referred) referrals.refer(new ReferRequest(woman, visit.id(), null, incubator, null,
                "Projet", Set.of(), "0610000042", "fr"))).referral();
        String referralToken = fixtures.jdbc().sql("SELECT link_token FROM message_subscription WHERE referral_id = ?")
                .param(referral.id()).query(String.class).single();

        UI.getCurrent().navigate("m/" + referralToken);
        assertThat(_get(Paragraph.class, s -> s.withClasses("message-link-referral")).getText())
                .isEqualTo(t("message.link.referral.WAITING"));
        assertThat(_find(Paragraph.class, s -> s.withClasses("message-link-address"))).isEmpty();

        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "");
        fixtures.signIn(partner);
        Instant at = clock.instant().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS);
        referrals.setFirstAppointment(referral.id(), referrals.find(referral.id()).orElseThrow().version(),
                LocalDateTime.ofInstant(at, referrals.zoneOf(referral)));
        fixtures.signOut();

        UI.getCurrent().navigate("m/" + referralToken);
        assertThat(_get(Paragraph.class, s -> s.withClasses("message-link-referral")).getText())
                .isEqualTo(t("message.link.referral.ACCEPTED"));
        assertThat(_get(Paragraph.class, s -> s.withClasses("message-link-appointment")).getText())
                .contains(DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(referrals.zoneOf(referral))));
        assertThat(_get(Paragraph.class, s -> s.withClasses("message-link-address")).getText()).contains("12 rue Al Massira, Tiznit");
        Anchor call = _get(Anchor.class, s -> s.withClasses("message-link-phone"));
        assertThat(call.getHref()).isEqualTo("tel:0528601234");
        assertThat(call.getText()).isEqualTo("0528 60 12 34");
        assertThat(call.getElement().getAttribute("dir")).as("a number stays left to right in an Arabic line").isEqualTo("ltr");
        String page = _find(Paragraph.class).stream().map(Paragraph::getText).reduce("", String::concat)
                + _find(Span.class).stream().map(Span::getText).reduce("", String::concat);
        assertThat(page).doesNotContain("Partenaire", "Projet");

        _click(_get(Button.class, s -> s.withClasses("phone-sms-stop")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("phone-sms-stopped")).getText()).isEqualTo(t("message.link.stopped"));
    }
}
