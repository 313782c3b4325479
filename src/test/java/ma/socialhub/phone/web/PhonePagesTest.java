package ma.socialhub.phone.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.Messages;
import ma.socialhub.messaging.SubscribeResult;
import ma.socialhub.messaging.SubscriptionSource;
import ma.socialhub.phone.web.PhoneClient.Events;
import ma.socialhub.phone.web.PhoneClient.Page;
import ma.socialhub.referral.ReferRequest;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.Scenario;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's phone pages over real HTTP, as a phone uses them (ADR 0028): the page in the
 * ticket's language, its live stream, its forms without a script, the message's discreet page;
 * and what someone probing them from outside gets.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PhonePagesTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired Messages messages;
    @Autowired HubTranslations translations;
    @Autowired TestClock clock;
    @Autowired MeterRegistry meters;
    @Autowired Scenario scenario;
    @Autowired Referrals referrals;

    PhoneClient phone;
    long center;
    long service;
    long counter;

    @BeforeEach
    void aCenterWithACounter() {
        phone = new PhoneClient(port);
        center = fixtures.center();
        service = fixtures.service('A');
        counter = fixtures.counter(center, "4", service);
    }

    @AfterEach
    void back() {
        fixtures.smsProvider(GatewaySettings.Kind.NONE);
        clock.release();
        fixtures.signOut();
    }

    @Test
    void thePageShowsTheTicketInItsLanguageAndItsStreamSaysWhenItIsCalled() {
        Ticket first = issue(HubLanguage.ARABIC);
        Ticket mine = issue(HubLanguage.ARABIC);
        Page page = phone.get("/t/" + tickets.linkOf(mine));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.html().select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.text(".phone-number")).isEqualTo("A-002");
        assertThat(page.text(".phone-state")).isEqualTo("في الانتظار");
        assertThat(page.text(".phone-ahead")).isEqualTo("عدد الأشخاص قبلك: 1");

        try (Events events = phone.events(page)) {
            assertThat(events.status).isEqualTo(200);
            fixtures.signIn(fixtures.agent(center));
            tickets.callNext(counter);
            // the place moved: only it is sent
            assertThat(events.next().name()).isEqualTo("place");
            tickets.finish(first.id(), counter);
            tickets.callNext(counter);
            // then the ticket itself changed: the page is drawn again (the estimate may move before, with the service time)
            String name = events.next().name();
            while (name.equals("place")) {
                name = events.next().name();
            }
            assertThat(name).isEqualTo("page");
        }
        Page called = phone.get("/t/" + tickets.linkOf(mine));
        assertThat(called.text(".phone-state")).isEqualTo("تم النداء");
        assertThat(called.text(".phone-go-to")).isEqualTo("توجه إلى الشباك 4");
    }

    @Test
    void otherPeoplesTicketsSendNothingAndAMovedPlaceSendsOnlyItsTextsInAFewHundredBytes() {
        Ticket first = issue(HubLanguage.FRENCH);
        Ticket mine = issue(HubLanguage.FRENCH);
        Page page = phone.get("/t/" + tickets.linkOf(mine));
        assertThat(page.text("#ahead")).isEqualTo(t("kiosk.ticket.peopleAhead", Map.of("count", 1)));

        try (Events events = phone.events(page)) {
            issue(HubLanguage.FRENCH); // someone behind: nothing this page shows changes
            assertThat(events.within(Duration.ofMillis(800))).isEmpty();
            fixtures.signIn(fixtures.agent(center));
            tickets.callNext(counter); // the one ahead: only the place moves

            PhoneClient.Events.Event moved = events.next();
            assertThat(moved.name()).isEqualTo("place");
            assertThat(moved.data()).contains(t("kiosk.ticket.nobodyAhead")).doesNotContain("A-002");
            assertThat(moved.bytes()).as("an update costs the phone a few hundred bytes").isLessThan(400);
            assertThat(events.within(Duration.ofMillis(300))).as("and only once").isEmpty();
        }
    }

    @Test
    void aPageOpenedAfterAChangeItMissedIsToldAtOnceAndOneThatMissedNothingHearsNothing() {
        issue(HubLanguage.FRENCH);
        Ticket mine = issue(HubLanguage.FRENCH);
        Page page = phone.get("/t/" + tickets.linkOf(mine));
        try (Events upToDate = phone.events(page)) {
            assertThat(upToDate.within(Duration.ofMillis(500))).isEmpty();
        }
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter); // while the phone had no connection
        try (Events back = phone.events(page)) {
            assertThat(back.next().name()).isEqualTo("place");
        }
    }

    @Test
    void aTicketBackInLineBeforeThisNodeHeardItIsNotShownAsNextFromTheCentersOlderRead() {
        Ticket mine = issue(HubLanguage.FRENCH);
        Ticket behind = issue(HubLanguage.FRENCH);
        try (Events heard = phone.events(phone.get("/t/" + tickets.linkOf(behind)))) {
            fixtures.signIn(fixtures.agent(center));
            tickets.callNext(counter);
            assertThat(heard.next().name()).as("this node has heard the call").isEqualTo("place");
        }
        // the center's shared read, made after the call was heard, holds the ticket at its counter
        assertThat(tickets.follow(mine).orElseThrow().ticket().state()).isEqualTo(TicketState.CALLED);
        // back in its line (as a transfer puts it) in a change this node has not heard yet
        fixtures.jdbc().sql("UPDATE ticket SET state = 'WAITING', counter_id = NULL WHERE id = ?").param(mine.id()).update();

        Page page = phone.get("/t/" + tickets.linkOf(mine));

        assertThat(page.text(".phone-state")).isEqualTo(t("ticket.state.WAITING"));
        assertThat(page.html().select("#ahead")).as("no place taken from a read made before the change").isEmpty();
    }

    @Test
    void theOpenPagesOfACenterAreReadOnceForAChangeWhateverTheirNumber() throws Exception {
        issue(HubLanguage.FRENCH);
        List<Events> open = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                open.add(phone.events(phone.get("/t/" + tickets.linkOf(issue(HubLanguage.FRENCH)))));
            }
            double before = meters.counter("hub.phone.rounds").count();
            fixtures.signIn(fixtures.agent(center));
            tickets.callNext(counter);

            for (Events events : open) {
                assertThat(events.next().name()).isEqualTo("place");
            }
            assertThat(meters.counter("hub.phone.rounds").count() - before).as("one read for twelve pages").isEqualTo(1.0);
        } finally {
            open.forEach(Events::close);
        }
    }

    @Test
    void aScriptOpeningOneTicketsStreamAgainAndAgainHoldsNoMoreThanThreeOnTheNode() {
        Ticket mine = issue(HubLanguage.FRENCH);
        Page page = phone.get("/t/" + tickets.linkOf(mine));
        List<Events> open = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                open.add(phone.events(page));
            }
            for (int i = 0; i < 3; i++) {
                assertThat(open.get(i).endedWithin(Duration.ofSeconds(5))).as("the oldest end: stream %d", i).isTrue();
                // told so, so that its tab does not open it again until it is looked at
                assertThat(open.get(i).next().name()).isEqualTo("evicted");
            }
            for (int i = 3; i < 6; i++) {
                assertThat(open.get(i).endedWithin(Duration.ofMillis(200))).as("the newest stay: stream %d", i).isFalse();
            }
            fixtures.signIn(fixtures.agent(center));
            tickets.callNext(counter);
            assertThat(open.get(5).next().name()).isEqualTo("page");
        } finally {
            open.forEach(Events::close);
        }
    }

    @Test
    void twoHundredPhonesOpeningTheirPagesAtOnceAreAllServedInTurn() throws Exception {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            links.add("/t/" + tickets.linkOf(issue(HubLanguage.FRENCH)));
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + links.get(i % links.size()))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        for (var answer : answers) {
            var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("phone-number");
        }
    }

    @Test
    void aTicketSentHomeAtTheEndOfTheDaySaysSoAndOffersToBook() {
        Ticket mine = issue(HubLanguage.FRENCH);
        fixtures.asSystem(() -> tickets.endDay(center));

        Page page = phone.get("/t/" + tickets.linkOf(mine));

        assertThat(page.text(".phone-day-ended")).isEqualTo(t("phone.dayEnded"));
        assertThat(page.html().select("a.phone-book").attr("href")).isEqualTo("/book/" + fixtures.code(center));
    }

    @Test
    void aTicketCarriedToTheNextOpenDayShowsItsNewNumberAndSaysSo() {
        Ticket mine = issue(HubLanguage.FRENCH);
        LocalDate next = mine.day().plusDays(1);
        fixtures.asSystem(() -> tickets.carryWaiting(center, next, next.atTime(8, 30).atZone(ZoneId.of("Africa/Casablanca")).toInstant()));

        Page page = phone.get("/t/" + tickets.linkOf(mine));

        assertThat(page.text(".phone-number")).isEqualTo("A-001");
        assertThat(page.text(".phone-carried")).contains("en tête de file");
    }

    @Test
    void onAHolidayThePageSaysTheCenterIsClosed() {
        Ticket mine = issue(HubLanguage.FRENCH);
        fixtures.jdbc().sql("INSERT INTO opening_period (center_id, first_day, last_day, reason) VALUES (?, ?, ?, 'Fête du Trône')")
                .params(center, mine.day(), mine.day()).update();

        assertThat(phone.get("/t/" + tickets.linkOf(mine)).text(".phone-closed-today"))
                .isEqualTo("Le centre est fermé aujourd'hui : Fête du Trône");
    }

    @Test
    void aForgedLinkAndAnUnknownOneGetTheSameNeutralPageAndNoStream() {
        Ticket mine = issue(HubLanguage.FRENCH);
        String genuine = tickets.linkOf(mine);
        Page forged = phone.get("/t/" + genuine.substring(0, genuine.length() - 2) + "zz?lang=fr");
        Page unknown = phone.get("/t/nothing-at-all?lang=fr");

        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.html().select("main").text()).isEqualTo(unknown.html().select("main").text()).doesNotContain("A-001");
        assertThat(forged.text("h1")).isEqualTo(t("phone.notFound.title"));
        assertThat(forged.has(".phone-number")).isFalse();
        assertThat(phone.get("/t/" + genuine.substring(0, genuine.length() - 2) + "zz/events").status()).isEqualTo(404);
        // any other address under the pages: the same, and never a session
        Page deeper = phone.get("/t/" + genuine + "/anything/else?lang=fr");
        assertThat(deeper.status()).isEqualTo(404);
        assertThat(deeper.text("h1")).isEqualTo(t("phone.notFound.title"));
        assertThat(deeper.response().headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(phone.post("/t/" + genuine, List.of()).status()).isEqualTo(404);
    }

    @Test
    void thePageSetsNoCookieRunsOnlyItsOwnScriptAndSaysNothingItWasNotAskedToSay() {
        Ticket mine = issue(HubLanguage.FRENCH);
        Page page = phone.get("/t/" + tickets.linkOf(mine) + "?done=%3Cscript%3Ealert(1)%3C/script%3E&lang=%3Cb%3E");

        assertThat(page.response().headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.response().headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'sha256-").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.response().headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.response().headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(page.response().body()).doesNotContain("alert(1)", "<b>");
        assertThat(page.html().select("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndAnArabicPageReadsRightToLeft() {
        Ticket mine = issue(HubLanguage.FRENCH);
        Page french = phone.get("/t/" + tickets.linkOf(mine));
        String arabicLink = french.html().select(".phone-languages a[lang=ar]").attr("href");

        Page arabic = phone.get(arabicLink);

        assertThat(arabic.html().select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.text(".phone-state")).isEqualTo("في الانتظار");
        assertThat(arabic.html().select("main").attr("data-events")).contains("lang=ar");
        assertThat(arabic.html().select(".phone-languages a[aria-current]").attr("lang")).isEqualTo("ar");
    }

    @Test
    void aWrongNumberIsRefusedWithWhatWasTypedKeptAndARightOneIsFollowedUntilStopped() {
        fixtures.smsProvider(GatewaySettings.Kind.HTTP);
        Ticket mine = issue(HubLanguage.FRENCH);
        String base = "/t/" + tickets.linkOf(mine);
        Page page = phone.get(base);
        String action = page.html().select("form.phone-sms").attr("action");

        Page refused = phone.post(action, List.of(Map.entry("number", "05 22 11 22 33")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text(".phone-sms-error")).isEqualTo(t("phone.sms.invalid"));
        assertThat(refused.html().select("input[name=number]").attr("value")).isEqualTo("05 22 11 22 33");

        Page followed = phone.post(action, List.of(Map.entry("number", "06 12 34 56 78")));
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.text(".phone-sms-following")).contains("78").doesNotContain("34 56");
        assertThat(messages.followedBy(tickets.linkOf(mine))).isPresent();

        Page stopped = phone.post(followed.html().select("form.phone-sms").attr("action"), List.of());
        assertThat(stopped.text(".phone-sms-stopped")).isEqualTo(t("phone.sms.stopped"));
        assertThat(messages.followedBy(tickets.linkOf(mine))).isEmpty();
    }

    @Test
    void feedbackWithoutAFaceKeepsWhatWasTypedThenTakesOneAnswerOnly() {
        Ticket mine = issue(HubLanguage.FRENCH);
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        tickets.startService(mine.id(), counter);
        tickets.finish(mine.id(), counter);
        fixtures.signOut();
        Page page = phone.get("/t/" + tickets.linkOf(mine) + "?sms");
        assertThat(page.html().select("input[name=score]")).hasSize(5);
        String action = page.html().select("form.feedback-form").attr("action");

        Page noFace = phone.post(action, List.of(Map.entry("reason", "WAIT"), Map.entry("comment", "Long mais aimable"),
                Map.entry("sms", "1")));
        assertThat(noFace.status()).isEqualTo(422);
        assertThat(noFace.text(".feedback-choose")).isEqualTo(t("feedback.chooseFace"));
        assertThat(noFace.html().select("textarea[name=comment]").text()).isEqualTo("Long mais aimable");
        assertThat(noFace.html().select("input[value=WAIT]").hasAttr("checked")).isTrue();

        Page forged = phone.post(action, List.of(Map.entry("score", "4"), Map.entry("reason", "SALARY")));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.text(".feedback-choose")).isEqualTo(t("feedback.invalid"));

        // 500 characters in the box, its line breaks sent as two by the form
        String comment = "Bien\r\n" + "x".repeat(495);
        Page thanks = phone.post(action, List.of(Map.entry("score", "4"), Map.entry("reason", "WAIT"), Map.entry("comment", comment)));
        assertThat(thanks.text(".feedback-answer")).isEqualTo(t("feedback.thanks"));
        assertThat(thanks.has("main[data-events]")).as("a ticket done with has nothing more to hear").isFalse();
        assertThat(phone.get("/t/" + tickets.linkOf(mine) + "/events").status()).as("and no stream").isEqualTo(204);
        Page again = phone.post(action, List.of(Map.entry("score", "1")));
        assertThat(again.text(".feedback-answer")).isEqualTo(t("feedback.already"));
        assertThat(fixtures.jdbc().sql("SELECT score || ' ' || channel FROM feedback WHERE ticket_id = ?").param(mine.id())
                .query(String.class).list()).containsExactly("4 SMS");
    }

    @Test
    void aMessagesLinkShowsTheNumberAndStateUnderTheNeutralNameButNeverTheService() {
        clock.pin(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        fixtures.jdbc().sql("INSERT INTO message_center_name (center_id, sms_name) VALUES (?, 'Centre Al Amal')").param(center).update();
        Ticket mine = issue(HubLanguage.FRENCH);
        String token = subscribedToken(mine);

        Page page = phone.get("/m/" + token);

        assertThat(page.text(".phone-number")).isEqualTo(mine.number().toString());
        assertThat(page.text(".phone-state")).isEqualTo(t("ticket.state.WAITING"));
        assertThat(page.text(".phone-center")).isEqualTo("Centre Al Amal");
        assertThat(page.has(".phone-service")).isFalse();
        assertThat(page.has(".phone-book")).as("the booking page names the center").isFalse();
        assertThat(page.response().body()).doesNotContain(tickets.linkOf(mine));

        Page stopped = phone.post(page.html().select("form.phone-sms").attr("action"), List.of());
        assertThat(stopped.text(".phone-sms-stopped")).isEqualTo(t("phone.sms.stopped"));
        assertThat(messages.followedBy(tickets.linkOf(mine))).isEmpty();

        clock.advance(Duration.ofDays(3));
        assertThat(phone.get("/m/" + token).has(".phone-number")).as("the link ends with the number").isFalse();
        assertThat(phone.get("/m/" + "A".repeat(22) + "?lang=fr").text("h1")).isEqualTo(t("phone.notFound.title"));
    }

    @Test
    void aReferralsLinkSaysWhenAndWhereToGoOnceAcceptedButNeverToWhom() {
        clock.pin(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        scenario.atANewCenter();
        long incubator = fixtures.incubator(9);
        fixtures.jdbc().sql("UPDATE partner_organization SET address = '12 rue Al Massira, Tiznit', phone = '0528 60 12 34' WHERE id = ?")
                .param(incubator).update();
        String partner = fixtures.partner(incubator);
        long woman = scenario.woman();
        Visit visit = scenario.visitOf(woman);
        Referral referral = ((ReferResult.Referred) referrals.refer(new ReferRequest(woman, visit.id(), null, incubator, null,
                "Projet", Set.of(), "0610000042", "fr"))).referral();
        fixtures.signOut();
        String token = fixtures.jdbc().sql("SELECT link_token FROM message_subscription WHERE referral_id = ?")
                .param(referral.id()).query(String.class).single();

        Page waiting = phone.get("/m/" + token);
        assertThat(waiting.text(".message-link-referral")).isEqualTo(t("message.link.referral.WAITING"));
        assertThat(waiting.has(".message-link-address")).isFalse();

        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "");
        fixtures.signIn(partner);
        Instant at = clock.instant().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS);
        referrals.setFirstAppointment(referral.id(), referrals.find(referral.id()).orElseThrow().version(),
                LocalDateTime.ofInstant(at, referrals.zoneOf(referral)));
        fixtures.signOut();

        Page accepted = phone.get("/m/" + token);
        assertThat(accepted.text(".message-link-referral")).isEqualTo(t("message.link.referral.ACCEPTED"));
        assertThat(accepted.text(".message-link-appointment"))
                .contains(DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(referrals.zoneOf(referral))));
        assertThat(accepted.text(".message-link-address")).contains("12 rue Al Massira, Tiznit");
        assertThat(accepted.html().select("a.message-link-phone").attr("href")).isEqualTo("tel:0528601234");
        assertThat(accepted.html().select("a.message-link-phone").attr("dir")).as("a number stays left to right").isEqualTo("ltr");
        assertThat(accepted.html().select("main").text()).doesNotContain("Partenaire", "Projet");

        Page stopped = phone.post(accepted.html().select("form.phone-sms").attr("action"), List.of());
        assertThat(stopped.text(".phone-sms-stopped")).isEqualTo(t("message.link.stopped"));
        assertThat(stopped.has(".message-link-address")).as("a stopped link tells no more").isFalse();
    }

    private String subscribedToken(Ticket ticket) {
        String number = "061" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        assertThat(messages.subscribe(tickets.linkOf(ticket), number, SubscriptionSource.PHONE_PAGE))
                .isInstanceOf(SubscribeResult.Subscribed.class);
        return fixtures.jdbc().sql("SELECT link_token FROM message_subscription WHERE ticket_id = ?").param(ticket.id())
                .query(String.class).single();
    }

    private Ticket issue(HubLanguage language) {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, language)).ticket();
    }

    private String t(String key) {
        return translations.getTranslation(key, HubLanguage.FRENCH.locale());
    }

    private String t(String key, Map<String, ?> values) {
        return translations.getTranslation(key, HubLanguage.FRENCH.locale(), values);
    }
}
