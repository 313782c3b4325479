package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A citizen's yes to messages, and the messages their ticket's life puts in the outbox. */
@IntegrationTest
class MessagesTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    /** Numbers no other test of this run used (the limit per number would count them); never negative. */
    static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(40_000_000));

    /**
     * A fresh mobile number: "061…" or "070…" and seven digits — blocks that the numbering plan
     * (and libphonenumber) give to mobiles whatever the digits after; 068 or 078, say, are partly
     * unassigned and would be refused.
     */
    static String mobile(String prefix) {
        return prefix + (prefix.equals("06") ? "1" : "0") + String.format("%07d", Math.floorMod(NUMBERS.incrementAndGet(), 10_000_000));
    }
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired Messages messages;
    @Autowired MessagingAdmin admin;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;
    List<Long> counters;

    @BeforeEach
    void aCenterWithFourCountersAtTenOnAMonday() {
        center = fixtures.center();
        service = fixtures.service('A');
        counters = fixtures.counters(center, 4, service);
        fixtures.openWeekdays(center);
        clock.pin(MONDAY.atTime(10, 0).atZone(CASABLANCA).toInstant());
        // the rule under test: three people ahead; minutes too few to matter
        settings(LocalTime.of(21, 0), LocalTime.of(8, 0), 3, 1);
    }

    @AfterEach
    void release() {
        settings(LocalTime.of(21, 0), LocalTime.of(8, 0), 3, 15);
        clock.release();
        fixtures.signOut();
    }

    @Test
    void aPersonWhoLeftANumberIsToldOnceInTheirLanguageWhenThreePeopleAreLeftAheadAndTheTextSaysNothingPersonal() {
        List<Ticket> queue = issue(6, HubLanguage.ARABIC);
        Ticket mine = queue.get(5);
        assertThat(messages.subscribe(tickets.linkOf(mine), mine78(), SubscriptionSource.KIOSK))
                .isEqualTo(new SubscribeResult.Subscribed("06 •• •• •• 78"));

        call(counters.get(0));
        assertThat(outbox(mine)).as("four ahead: not yet").isEmpty();
        call(counters.get(1));
        List<String> near = outbox(mine);
        assertThat(near).hasSize(1);
        String text = near.get(0);
        assertThat(text).contains(mine.number().toString()).contains("اقترب دورك").contains("(3 ")
                .containsPattern("/m/[A-Za-z0-9_-]{22}").doesNotContain(tickets.linkOf(mine))
                .doesNotContain("Service").doesNotContain("+212").doesNotContain("612345678");
        call(counters.get(2));
        call(counters.get(3));
        assertThat(outbox(mine)).as("once, whatever the calls after").hasSize(1);
    }

    @Test
    void fourCountersCallingAtOnceStillMakeOneMessage() throws Exception {
        List<Ticket> queue = issue(8, HubLanguage.FRENCH);
        Ticket mine = queue.get(7);
        messages.subscribe(tickets.linkOf(mine), number(), SubscriptionSource.PHONE_PAGE);
        call(counters.get(0));
        call(counters.get(1));
        call(counters.get(2));
        fixtures.signOut();
        String agent = fixtures.agent(center);
        // four counters call at the same moment: 4 → 0 ahead, each call sees "near"
        Together.run(4, thread -> {
            fixtures.signIn(agent);
            tickets.currentAt(counters.get(thread)).ifPresent(t -> tickets.finish(t.id(), counters.get(thread)));
            return tickets.callNext(counters.get(thread));
        });
        fixtures.signOut();
        assertThat(outbox(mine)).hasSize(1);
    }

    @Test
    void aNumberThatIsNotAMoroccanMobileIsRefusedAndNothingIsKept() {
        Ticket mine = issue(1, HubLanguage.FRENCH).get(0);
        for (String typed : new String[] {"0528 12 34 56", "12345", "06 12 34", "+33 6 12 34 56 78", ""}) {
            assertThat(messages.subscribe(tickets.linkOf(mine), typed, SubscriptionSource.PHONE_PAGE))
                    .as(typed).isInstanceOf(SubscribeResult.PhoneInvalid.class);
        }
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM message_subscription WHERE ticket_id = ?").param(mine.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void oneNumberFollowsAtMostThreeTicketsADaySoAScriptCannotTurnTheHubAgainstSomeonesPhone() {
        List<Ticket> four = issue(4, HubLanguage.FRENCH);
        String shared = number();
        for (int i = 0; i < 3; i++) {
            assertThat(messages.subscribe(tickets.linkOf(four.get(i)), shared, SubscriptionSource.PHONE_PAGE))
                    .isInstanceOf(SubscribeResult.Subscribed.class);
        }
        assertThat(messages.subscribe(tickets.linkOf(four.get(3)), shared.substring(0, 2) + " " + shared.substring(2), SubscriptionSource.PHONE_PAGE))
                .isEqualTo(new SubscribeResult.TooManyForNumber(3));
        assertThat(messages.subscribe(tickets.linkOf(four.get(0)), shared, SubscriptionSource.PHONE_PAGE))
                .as("the same ticket again is not one more").isInstanceOf(SubscribeResult.Subscribed.class);
    }

    @Test
    void aForgedLinkSubscribesNothing() {
        Ticket mine = issue(1, HubLanguage.FRENCH).get(0);
        String link = tickets.linkOf(mine);
        String forged = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");
        assertThat(messages.subscribe(forged, number(), SubscriptionSource.PHONE_PAGE)).isInstanceOf(SubscribeResult.NotWaiting.class);
        assertThat(messages.followedBy(link)).isEmpty();
    }

    @Test
    void stoppingFromTheLinkCancelsWhatWaitsAndSendsNothingMore() {
        List<Ticket> queue = issue(5, HubLanguage.FRENCH);
        Ticket mine = queue.get(4);
        messages.subscribe(tickets.linkOf(mine), number(), SubscriptionSource.KIOSK);
        assertThat(messages.followedBy(tickets.linkOf(mine))).hasValueSatisfying(masked -> assertThat(masked).startsWith("06 •• ••"));
        call(counters.get(0));
        assertThat(states(mine)).containsExactly("QUEUED");

        assertThat(messages.stop(tickets.linkOf(mine))).isTrue();
        assertThat(states(mine)).containsExactly("CANCELLED");
        assertThat(messages.followedBy(tickets.linkOf(mine))).isEmpty();
        for (int i = 1; i < 4; i++) {
            call(counters.get(i));
        }
        fixtures.signIn(fixtures.agent(center));
        tickets.finish(currentAt(counters.get(0)), counters.get(0));
        assertThat(states(mine)).as("no called message, no feedback link").containsExactly("CANCELLED");
    }

    @Test
    void theCalledMessageWaitsTwentySecondsAndIsNotSentWhenThePhonePageShowedTheCall() {
        Ticket mine = issue(1, HubLanguage.FRENCH).get(0);
        messages.subscribe(tickets.linkOf(mine), number(), SubscriptionSource.KIOSK);
        call(counters.get(0));
        assertThat(fixtures.jdbc().sql("SELECT o.kind || ' ' || o.state || ' ' || extract(epoch FROM o.not_before - o.created_at)::int::text FROM message_outbox o JOIN message_subscription s ON s.id = o.subscription_id WHERE s.ticket_id = ?")
                .param(mine.id()).query(String.class).list()).containsExactly("CALLED QUEUED 20");
        messages.callSeen(tickets.linkOf(mine));
        assertThat(states(mine)).containsExactly("CANCELLED");
    }

    @Test
    void theCalledMessageIsWithdrawnWhenThePersonReachesTheCounterBeforeItIsDue() {
        Ticket mine = issue(1, HubLanguage.FRENCH).get(0);
        messages.subscribe(tickets.linkOf(mine), number(), SubscriptionSource.KIOSK);
        call(counters.get(0));
        fixtures.signIn(fixtures.agent(center));
        tickets.startService(mine.id(), counters.get(0));
        fixtures.signOut();

        assertThat(states(mine)).containsExactly("CANCELLED");
    }

    @Test
    void inTheQuietHoursATurnIsNearIsDroppedAndTheFeedbackLinkWaitsForTheMorning() {
        settings(LocalTime.of(9, 0), LocalTime.of(11, 0), 3, 1);
        List<Ticket> queue = issue(4, HubLanguage.FRENCH);
        Ticket mine = queue.get(3);
        messages.subscribe(tickets.linkOf(mine), number(), SubscriptionSource.KIOSK);
        call(counters.get(0));
        assertThat(states(mine)).as("a turn is near at 11:00 is no use").isEmpty();

        Ticket early = queue.get(0);
        messages.subscribe(tickets.linkOf(queue.get(1)), number(), SubscriptionSource.KIOSK);
        call(counters.get(1));
        Ticket second = queue.get(1);
        fixtures.signIn(fixtures.agent(center));
        tickets.finish(second.id(), counters.get(1));
        assertThat(fixtures.jdbc().sql("SELECT not_before FROM message_outbox o JOIN message_subscription s ON s.id = o.subscription_id WHERE s.ticket_id = ? AND kind = 'FEEDBACK'")
                .param(second.id()).query(Instant.class).single())
                .isEqualTo(MONDAY.atTime(11, 0).atZone(CASABLANCA).toInstant());
        assertThat(early.id()).isNotEqualTo(second.id());
    }

    @Test
    void aCenterWhoseNameTellsWhomItServesGoesByItsNeutralNameInMessages() {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        admin.setSmsName(center, "Centre social 12");
        fixtures.signOut();
        try {
            List<Ticket> queue = issue(5, HubLanguage.FRENCH);
            Ticket mine = queue.get(4);
            messages.subscribe(tickets.linkOf(mine), number(), SubscriptionSource.KIOSK);
            call(counters.get(0));
            call(counters.get(1));

            assertThat(outbox(mine)).singleElement().satisfies(text -> assertThat(text).startsWith("Centre social 12 :")
                    .doesNotContain(fixtures.jdbc().sql("SELECT name_fr FROM center WHERE id = ?").param(center)
                            .query(String.class).single()));
        } finally {
            fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
            admin.setSmsName(center, "");
            fixtures.signOut();
        }
    }

    @Test
    void aCentersOwnQuietHoursHoldItsMessagesAndNotThoseOfOtherCenters() {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        admin.setQuietHours(center, new QuietHours(LocalTime.of(9, 30), LocalTime.of(10, 30)));
        fixtures.signOut();
        try {
            List<Ticket> queue = issue(2, HubLanguage.FRENCH);
            messages.subscribe(tickets.linkOf(queue.get(1)), number(), SubscriptionSource.KIOSK);
            call(counters.get(0));
            call(counters.get(1));
            fixtures.signIn(fixtures.agent(center));
            tickets.finish(queue.get(1).id(), counters.get(1));
            fixtures.signOut();

            Instant halfPastTen = MONDAY.atTime(10, 30).atZone(CASABLANCA).toInstant();
            assertThat(fixtures.jdbc().sql("""
                    SELECT o.not_before FROM message_outbox o JOIN message_subscription s ON s.id = o.subscription_id
                     WHERE s.ticket_id = ? AND o.kind = 'FEEDBACK'
                    """).param(queue.get(1).id()).query(Instant.class).single()).isEqualTo(halfPastTen);
        } finally {
            fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
            admin.setQuietHours(center, null);
            fixtures.signOut();
        }
    }

    @Test
    void anAgentOfAnotherCenterCannotGiveANumberForThisCentersTicket() {
        Ticket mine = issue(1, HubLanguage.FRENCH).get(0);
        long elsewhere = fixtures.center();
        fixtures.signIn(fixtures.agent(elsewhere));
        assertThatThrownBy(() -> messages.subscribeAtCounter(mine.id(), number())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.agent(center));
        assertThat(messages.subscribeAtCounter(mine.id(), number())).isInstanceOf(SubscribeResult.Subscribed.class);
    }

    /** A mobile number of its own for each use: tests share the database and its limit per number. */
    private static String number() {
        return mobile("06");
    }

    private static String mine78() {
        return "061" + String.format("%05d", Math.floorMod(NUMBERS.incrementAndGet(), 100_000)) + "78";
    }

    private List<Ticket> issue(int count, HubLanguage language) {
        List<Ticket> issued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            issued.add(((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, language)).ticket());
        }
        return issued;
    }

    private void call(long counter) {
        fixtures.signIn(fixtures.agent(center));
        assertThat(tickets.callNext(counter)).isInstanceOf(CallResult.Called.class);
        fixtures.signOut();
    }

    private long currentAt(long counter) {
        return tickets.currentAt(counter).orElseThrow().id();
    }

    private List<String> outbox(Ticket ticket) {
        return fixtures.jdbc().sql("""
                SELECT body FROM message_outbox o JOIN message_subscription s ON s.id = o.subscription_id
                 WHERE s.ticket_id = ? AND o.kind = 'NEAR'
                """).param(ticket.id()).query(String.class).list();
    }

    private List<String> states(Ticket ticket) {
        return fixtures.jdbc().sql("""
                SELECT o.state FROM message_outbox o JOIN message_subscription s ON s.id = o.subscription_id
                 WHERE s.ticket_id = ? ORDER BY o.id
                """).param(ticket.id()).query(String.class).list();
    }

    private void settings(LocalTime quietFrom, LocalTime quietUntil, int ahead, int minutes) {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        MessageSettings now = admin.settings();
        admin.save(new MessageSettings(now.gateway(), now.passwordSet(), quietFrom, quietUntil, ahead, minutes, now.version()), null);
        fixtures.signOut();
    }
}
