package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.base.security.Roles;
import ma.socialhub.messaging.gateway.LocalSmsc;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox worked off through a real SMPP server (jSMPP's server side, {@link LocalSmsc}): what a
 * handset receives, whatever the link and the provider do meanwhile.
 */
@IntegrationTest
class OutboxSenderTest {

    @Autowired OutboxSender sender;
    @Autowired OutboxStore store;
    @Autowired CurrentGateway gateway;
    @Autowired SettingsStore settings;
    @Autowired PersonalDataCipher cipher;
    @Autowired MessageMetrics metrics;
    @Autowired TransactionTemplate tx;
    @Autowired Messages messages;
    @Autowired MessagingAdmin admin;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    LocalSmsc smsc;
    Subscription to;
    String number;

    @BeforeEach
    void anSmscAndAPersonWhoSaidYes() {
        clock.pin(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        smsc = LocalSmsc.start("hub", "s3cret");
        gateway(smsc.settings("HUB", 200, 10), "s3cret");
        long center = fixtures.center();
        long service = fixtures.service('M');
        fixtures.counter(center, "1", service);
        Ticket ticket = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC)).ticket();
        number = MessagesTest.mobile("06");
        assertThat(messages.subscribe(tickets.linkOf(ticket), number, SubscriptionSource.KIOSK))
                .isInstanceOf(SubscribeResult.Subscribed.class);
        long id = fixtures.jdbc().sql("SELECT id FROM message_subscription WHERE ticket_id = ?").param(ticket.id())
                .query(Long.class).single();
        to = subscription(id, center);
    }

    @AfterEach
    void back() {
        // what a test left waiting is not sent to the next test's server
        fixtures.jdbc().sql("UPDATE message_outbox SET state = 'CANCELLED' WHERE dedupe_key LIKE 'TEST:%' AND state IN ('QUEUED', 'SENDING')")
                .update();
        gateway(GatewaySettings.none(), null);
        smsc.close();
        clock.release();
        fixtures.signOut();
    }

    @Test
    void eachMessageArrivesOnceWithItsOutboxIdAsReferenceAndItsReceiptMarksItDelivered() {
        List<Long> ids = queue(5, i -> "Centre Anassi : ticket A-00" + i + ", votre tour approche.");

        sendUntilAnswered(ids);

        List<LocalSmsc.Received> arrived = arrived(ids, 10);
        assertThat(arrived).extracting(LocalSmsc.Received::reference).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(arrived).allSatisfy(r -> {
            assertThat(r.to()).isEqualTo("212" + number.substring(1));
            assertThat(r.sender()).isEqualTo("HUB");
        });
        assertThat(arrived.stream().filter(r -> r.reference() == ids.get(2)).findFirst().orElseThrow().text())
                .isEqualTo("Centre Anassi : ticket A-002, votre tour approche.");
        awaitStates(ids, "DELIVERED");
    }

    @Test
    void aTwoHundredCharacterArabicMessageGoesAsThreePartsThatArriveAsOneText() {
        String arabic = "اقترب دوركم في المركز الاجتماعي، المرجو الحضور إلى الشباك ".repeat(4).substring(0, 200);
        List<Long> ids = queue(1, i -> arabic);

        sendUntilAnswered(ids);

        LocalSmsc.Received received = arrived(ids, 10).getFirst();
        assertThat(received.text()).isEqualTo(arabic);
        assertThat(received.parts()).isEqualTo(3);
        assertThat(fixtures.jdbc().sql("SELECT parts FROM message_outbox WHERE id = ?").param(ids.getFirst())
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void linksDroppedInTheMiddleOfARunLoseNoMessageAndSendNoneTwice() {
        List<Long> ids = queue(30, i -> i % 3 == 0 ? "ⵜⴰⵙⵏⵓⵏⵜ ⵏ ⵓⵎⵔⴽⵣ: ".repeat(5) + i : "Ticket B-0" + i + " : votre tour approche.");
        smsc.dropLinksAtSubmit(10);

        sendUntilAnswered(ids);
        smsc.dropLinksAtSubmit(25);
        awaitReady();
        sendUntilAnswered(ids);

        List<LocalSmsc.Received> arrived = arrived(ids, 20);
        assertThat(arrived).extracting(LocalSmsc.Received::reference).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(states(ids)).allMatch(s -> s.equals("SENT") || s.equals("DELIVERED"));
        assertThat(smsc.duplicatesDropped()).as("a part the server had, sent again after the link dropped").isPositive();
    }

    @Test
    void throttlingAnswersDelayMessagesWithoutSpendingTheirAttempts() {
        List<Long> ids = queue(4, i -> "Ticket C-00" + i);
        smsc.throttleNext(6);

        sendUntilAnswered(ids);

        assertThat(arrived(ids, 10)).hasSize(4);
        assertThat(fixtures.jdbc().sql("SELECT max(attempts) FROM message_outbox WHERE id IN (" + csv(ids) + ")")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNumberTheProviderRefusesIsDeadAtOnceAndAnAdministratorSeesItAndSendsItAgain() {
        smsc.failPermanently("212" + number.substring(1));
        List<Long> ids = queue(1, i -> "Ticket D-001");

        sendUntilAnswered(ids);

        assertThat(states(ids)).containsExactly("DEAD");
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        assertThat(admin.dead(500)).filteredOn(d -> d.id() == ids.getFirst()).singleElement()
                .satisfies(d -> assertThat(d.lastError()).contains("RINVDSTADR"));
        assertThat(admin.retry(ids.getFirst())).isTrue();
        assertThat(states(ids)).containsExactly("QUEUED");
        assertThat(admin.retry(ids.getFirst())).as("only a dead message is sent again").isFalse();
        assertThat(smsc.messages()).noneMatch(r -> ids.contains(r.reference()));
    }

    @Test
    void aCallerThatReadTheSettingsBeforeASaveDoesNotCloseTheGatewayOpenedOnTheSavedOnes() {
        long readBeforeTheSave = settings.version();
        gateway(smsc.settings("HUB", 100, 10), "s3cret");
        awaitReady();
        SmsGateway opened = gateway.get();

        assertThat(gateway.openFor(readBeforeTheSave)).as("the late caller's gateway").isSameAs(opened);
        assertThat(opened.ready()).as("the gateway a round is sending through").isTrue();
    }

    @Test
    void twoSendersWorkingAtOnceNeverSendTheSameRow() throws Exception {
        List<Long> ids = queue(40, i -> "Ticket E-0" + i);
        OutboxSender other = new OutboxSender(store, gateway, cipher, metrics, tx, clock, 10);
        awaitReady();

        Together.run(2, thread -> (thread == 0 ? sender : other).sendDue());
        sendUntilAnswered(ids);

        List<LocalSmsc.Received> arrived = arrived(ids, 10);
        assertThat(arrived).extracting(LocalSmsc.Received::reference).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(smsc.rawSubmits()).filteredOn(s -> ids.contains(s.reference())).hasSize(40);
        assertThat(smsc.duplicatesDropped()).isZero();
    }

    @Test
    void oneTickWorksOffMoreThanTwoRoundsEachMessageOnce() {
        List<Long> ids = queue(130, i -> "Ticket G-" + i);
        awaitReady();

        sender.tick();

        assertThat(states(ids)).allMatch(s -> s.equals("SENT") || s.equals("DELIVERED"));
        assertThat(arrived(ids, 10)).extracting(LocalSmsc.Received::reference).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void nothingIsClaimedWhileTheGatewayIsNotBoundSoAnOutageSpendsNoAttempts() {
        List<Long> ids = queue(2, i -> "Ticket F-00" + i);
        smsc.refuseBindsFor(Duration.ofSeconds(30));
        smsc.dropLinks();
        for (int i = 0; i < 10 && gateway.get().ready(); i++) {
            sleep(100);
        }

        assertThat(sender.sendDue()).isZero();
        assertThat(states(ids)).containsOnly("QUEUED");
        assertThat(fixtures.jdbc().sql("SELECT max(attempts) FROM message_outbox WHERE id IN (" + csv(ids) + ")")
                .query(Integer.class).single()).isZero();
    }

    // -- helpers

    private Subscription subscription(long id, long center) {
        return new Subscription(id, center, null, null, clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), true, null,
                "ar", "https://hub.example.ma/t/x", false, false);
    }

    private List<Long> queue(int count, Function<Integer, String> body) {
        Instant now = clock.instant();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            String text = body.apply(i);
            store.add(to.id(), to.centerId(), MessageKind.NEAR, "TEST:" + run + ":" + i, text, SmsParts.of(text).count(),
                    now, now.plus(Duration.ofDays(1)), now);
        }
        return fixtures.jdbc().sql("SELECT id FROM message_outbox WHERE dedupe_key LIKE ? ORDER BY id")
                .param("TEST:" + run + ":%").query(Long.class).list();
    }

    /** Rounds of the sender, the clock moved past each back-off, until every row has a final answer. */
    private void sendUntilAnswered(List<Long> ids) {
        Instant until = Instant.now().plusSeconds(40);
        while (Instant.now().isBefore(until)) {
            if (!gateway.get().ready()) {
                sleep(100);
                continue;
            }
            sender.sendDue();
            if (states(ids).stream().noneMatch(s -> s.equals("QUEUED") || s.equals("SENDING"))) {
                return;
            }
            // past the longest back-off, well within what the messages are worth
            clock.advance(Duration.ofMinutes(10));
        }
        throw new AssertionError("still unanswered: " + states(ids));
    }

    /** The messages of these rows the server has whole, once every one of them has arrived. */
    private List<LocalSmsc.Received> arrived(List<Long> ids, int seconds) {
        for (int i = 0; i < seconds * 10; i++) {
            List<LocalSmsc.Received> mine = smsc.messages().stream().filter(r -> ids.contains(r.reference())).toList();
            if (mine.stream().map(LocalSmsc.Received::reference).distinct().count() == ids.size()) {
                return mine;
            }
            sleep(100);
        }
        return smsc.messages().stream().filter(r -> ids.contains(r.reference())).toList();
    }

    private void awaitReady() {
        for (int i = 0; i < 100 && !gateway.get().ready(); i++) {
            sleep(100);
        }
        assertThat(gateway.get().ready()).as("bound to the local SMSC").isTrue();
    }

    private void awaitStates(List<Long> ids, String state) {
        for (int i = 0; i < 100 && !states(ids).stream().allMatch(state::equals); i++) {
            sleep(100);
        }
        assertThat(states(ids)).containsOnly(state);
    }

    private List<String> states(List<Long> ids) {
        Map<Long, String> byId = fixtures.jdbc().sql("SELECT id, state FROM message_outbox WHERE id IN (" + csv(ids) + ")")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> ordered = new ArrayList<>();
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    private static String csv(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void gateway(GatewaySettings settings, String password) {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        MessageSettings now = admin.settings();
        var result = admin.save(new MessageSettings(settings, now.passwordSet(), now.quietFrom(), now.quietUntil(),
                now.nearAhead(), now.nearMinutes(), now.version()), password);
        assertThat(result).isInstanceOf(ma.socialhub.base.admin.AdminResult.Done.class);
        fixtures.signOut();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
