package ma.socialhub.messaging.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.socialhub.messaging.DeliveryReceipts;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.Sms;
import ma.socialhub.messaging.SubmitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMPP gateway against a real SMPP 3.4 peer on the loopback interface, faults included. */
class SmppGatewayTest {

    private static final String PASSWORD = "s3cr3t";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"), ZoneOffset.UTC);
    private static final String ARABIC = "اقترب دوركم في المركز الاجتماعي، المرجو الحضور إلى الشباك ".repeat(4).substring(0, 200);

    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final DeliveryReceipts receiptBox = (id, delivered, status, at) -> receipts.add(new Receipt(id, delivered, status, at));
    private LocalSmsc smsc;
    private final List<SmppGateway> gateways = new ArrayList<>();

    record Receipt(String gatewayId, boolean delivered, String status, Instant at) {
    }

    @BeforeEach
    void startTheCentre() {
        smsc = LocalSmsc.start("hub", PASSWORD);
    }

    @AfterEach
    void stopEverything() {
        gateways.forEach(SmppGateway::close);
        smsc.close();
    }

    @Test
    void bindsAndBecomesReadyAndSaysSoWithoutThePassword() {
        SmppGateway gateway = gateway(smsc.settings("SocialHub", 50, 10));

        awaitReady(gateway);

        assertThat(smsc.boundLinks()).isEqualTo(1);
        assertThat(gateway.describe()).isEqualTo("SMPP 127.0.0.1:%d as hub (bound)".formatted(smsc.port()))
                .doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordIsNeverReadyAndSubmitsFailAtOnce() throws InterruptedException {
        GatewaySettings right = smsc.settings("SocialHub", 50, 10);
        SmppGateway gateway = gateway(new GatewaySettings(right.kind(), right.host(), right.port(), right.systemId(),
                "wrong-pw", right.systemType(), right.senderId(), right.ratePerSecond(), right.window(), right.httpUrl()));

        Thread.sleep(1_500);

        assertThat(gateway.ready()).isFalse();
        assertThat(smsc.boundLinks()).isZero();
        assertThat(gateway.describe()).endsWith("(not bound)").doesNotContain("wrong-pw");
        long start = System.nanoTime();
        assertThat(gateway.submit(sms(1, "+212612345678", "Bonjour"))).isEqualTo(new SubmitOutcome.Failed(false, "not bound"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void aFrenchTextInTheGsmAlphabetArrivesExactlyAsOneMessage() {
        SmppGateway gateway = readyGateway(50, 10);
        String text = "Bonjour, votre rendez-vous est confirmé à 10h30, guichet 3. Merci !";

        SubmitOutcome outcome = gateway.submit(sms(4711, "+212612345678", text));

        assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
        SubmitOutcome.Accepted accepted = (SubmitOutcome.Accepted) outcome;
        assertThat(accepted.parts()).isEqualTo(1);
        assertThat(smsc.awaitMessages(1, Duration.ofSeconds(5))).containsExactly(
                new LocalSmsc.Received(4711, "212612345678", "SocialHub", text, 1, accepted.gatewayId()));
        LocalSmsc.Submit wire = smsc.rawSubmits().getFirst();
        assertThat(wire.dataCoding()).isEqualTo((byte) 0x00);
        assertThat(wire.esmClass()).isEqualTo((byte) 0x00);
        assertThat(wire.receiptRequested()).isTrue();
        assertThat(List.of(wire.destTon(), wire.destNpi(), wire.sourceTon(), wire.sourceNpi())).containsExactly(1, 1, 5, 0);
    }

    @Test
    void aNumericSenderTravelsAsAnInternationalNumber() {
        SmppGateway gateway = readyGateway(50, 10);

        gateway.submit(new Sms(7, "+212612345678", "+212522000000", "Test"));

        LocalSmsc.Submit wire = smsc.rawSubmits().getFirst();
        assertThat(wire.sender()).isEqualTo("212522000000");
        assertThat(List.of(wire.sourceTon(), wire.sourceNpi())).containsExactly(1, 1);
    }

    @Test
    void aTwoHundredCharacterArabicTextArrivesAsThreePartsThatReassembleExactly() {
        SmppGateway gateway = readyGateway(50, 10);

        SubmitOutcome outcome = gateway.submit(sms(90_001, "+212612345678", ARABIC));

        assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
        SubmitOutcome.Accepted accepted = (SubmitOutcome.Accepted) outcome;
        assertThat(accepted.parts()).isEqualTo(3);
        assertThat(smsc.awaitMessages(1, Duration.ofSeconds(5))).containsExactly(
                new LocalSmsc.Received(90_001, "212612345678", "SocialHub", ARABIC, 3, accepted.gatewayId()));
        List<LocalSmsc.Submit> wire = smsc.rawSubmits();
        assertThat(wire).extracting(LocalSmsc.Submit::part).containsExactly(1, 2, 3);
        assertThat(wire).extracting(LocalSmsc.Submit::dataCoding).containsOnly((byte) 0x08);
        assertThat(wire).extracting(LocalSmsc.Submit::esmClass).containsOnly((byte) 0x40);
        assertThat(wire).extracting(LocalSmsc.Submit::reference).containsOnly(90_001L);
        // one receipt a message: only the last part asks for it
        assertThat(wire).extracting(LocalSmsc.Submit::receiptRequested).containsExactly(false, false, true);
    }

    @Test
    void theDeliveryReceiptReachesTheReceiptsWithTheAcceptedId() {
        SmppGateway gateway = readyGateway(50, 10);

        SubmitOutcome.Accepted accepted = (SubmitOutcome.Accepted) gateway.submit(sms(12, "+212612345678", ARABIC));

        eventually(() -> !receipts.isEmpty(), Duration.ofSeconds(5));
        assertThat(receipts).containsExactly(new Receipt(accepted.gatewayId(), true, "DELIVRD", CLOCK.instant()));
    }

    @Test
    void aThrottlingAnswerTellsTheCallerToComeBackLater() {
        SmppGateway gateway = readyGateway(50, 10);
        smsc.throttleNext(1);

        assertThat(gateway.submit(sms(20, "+212612345678", "Votre tour approche")))
                .isEqualTo(new SubmitOutcome.Throttled(Duration.ofSeconds(1)));
        assertThat(gateway.submit(sms(20, "+212612345678", "Votre tour approche"))).isInstanceOf(SubmitOutcome.Accepted.class);
        assertThat(smsc.awaitMessages(1, Duration.ofSeconds(5))).extracting(LocalSmsc.Received::reference).containsExactly(20L);
    }

    @Test
    void aNumberTheProviderRefusesFailsForGood() {
        SmppGateway gateway = readyGateway(50, 10);
        smsc.failPermanently("+212600000000");

        SubmitOutcome outcome = gateway.submit(sms(30, "+212600000000", "Votre tour approche"));

        assertThat(outcome).isInstanceOf(SubmitOutcome.Failed.class);
        assertThat(((SubmitOutcome.Failed) outcome).permanent()).isTrue();
        assertThat(((SubmitOutcome.Failed) outcome).reason()).contains("ESME_RINVDSTADR");
        // refused for good, and the reason (shown to administrators, kept on the row) holds no number
        assertThat(gateway.submit(sms(31, "00212612345678", "x"))).isEqualTo(
                new SubmitOutcome.Failed(true, "not an E.164 number"));
    }

    @Test
    void onlyAnswersThatSayTheMessageItselfIsWrongFailForGood() {
        assertThat(SmppGateway.outcomeOf(0x0B, "")).isEqualTo(new SubmitOutcome.Failed(true, "provider answered 0x0000000B ESME_RINVDSTADR"));
        assertThat(SmppGateway.outcomeOf(0x01, "")).isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> assertThat(f.permanent()).isTrue());
        assertThat(SmppGateway.outcomeOf(0x14, "")).isEqualTo(new SubmitOutcome.Throttled(Duration.ofSeconds(1)));
        // a refused sender is the settings' fault, the same for every message: they wait until it is fixed
        assertThat(SmppGateway.outcomeOf(0x0A, "")).isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> assertThat(f.permanent()).isFalse());
        assertThat(SmppGateway.outcomeOf(0x45, "part 2 of 3: ")).isEqualTo(
                new SubmitOutcome.Failed(false, "part 2 of 3: provider answered 0x00000045 ESME_RSUBMITFAIL"));
        assertThat(SmppGateway.outcomeOf(0x08, "")).isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> assertThat(f.permanent()).isFalse());
    }

    @Test
    void messagesSentAgainAfterALinkDroppedInMidRunArriveExactlyOnce() throws Exception {
        SmppGateway gateway = readyGateway(200, 5);
        smsc.dropLinksAtSubmit(10);
        Map<Long, Sms> sent = new ConcurrentHashMap<>();
        Map<Long, String> acceptedIds = new ConcurrentHashMap<>();
        AtomicInteger resends = new AtomicInteger();
        try (ExecutorService senders = Executors.newFixedThreadPool(6)) {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 6; thread++) {
                int first = thread * 5;
                done.add(senders.submit(() -> {
                    for (long reference = 1_000 + first; reference < 1_000 + first + 5; reference++) {
                        // every third message is two parts, so that a resend can repeat a part already taken
                        String text = reference % 3 == 0 ? "Rappel %d : ".formatted(reference) + "a".repeat(180) : "Message " + reference;
                        Sms sms = sms(reference, "+2126000%05d".formatted(reference), text);
                        sent.put(reference, sms);
                        acceptedIds.put(reference, sendUntilAccepted(gateway, sms, resends));
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        }

        List<LocalSmsc.Received> received = smsc.awaitMessages(30, Duration.ofSeconds(10));
        assertThat(resends.get()).as("outcomes Failed(false) sent again").isPositive();
        assertThat(received).hasSize(30);
        Map<Long, LocalSmsc.Received> byReference = received.stream()
                .collect(Collectors.toMap(LocalSmsc.Received::reference, Function.identity()));
        assertThat(byReference).hasSize(30);
        for (Sms sms : sent.values()) {
            LocalSmsc.Received arrived = byReference.get(sms.reference());
            assertThat(arrived.text()).isEqualTo(sms.text());
            assertThat(arrived.to()).isEqualTo(sms.to().substring(1));
            assertThat(arrived.messageId()).isEqualTo(acceptedIds.get(sms.reference()));
        }
        int parts = received.stream().mapToInt(LocalSmsc.Received::parts).sum();
        assertThat(smsc.duplicatesDropped()).as("the part taken as the link dropped, sent again").isPositive();
        assertThat(smsc.rawSubmits()).hasSize(parts + smsc.duplicatesDropped());
    }

    @Test
    void theGatewayBindsAgainByItselfAfterTheLinksDrop() {
        SmppGateway gateway = readyGateway(50, 10);

        smsc.dropLinks();

        eventually(() -> !gateway.ready(), Duration.ofSeconds(2));
        awaitReady(gateway);
        assertThat(gateway.submit(sms(40, "+212612345678", "De retour"))).isInstanceOf(SubmitOutcome.Accepted.class);
    }

    @Test
    void theGatewayBindsAgainByItselfOnceTheProviderTakesBindsAgain() throws InterruptedException {
        SmppGateway gateway = readyGateway(50, 10);
        smsc.refuseBindsFor(Duration.ofSeconds(2));

        smsc.dropLinks();

        Thread.sleep(1_500);
        assertThat(gateway.ready()).isFalse();
        eventually(gateway::ready, Duration.ofSeconds(10));
        assertThat(smsc.boundLinks()).isEqualTo(1);
    }

    @Test
    void twentyMessagesAtTenASecondAreSpreadOverNearlyTwoSeconds() throws Exception {
        SmppGateway gateway = readyGateway(10, 10);
        AtomicInteger accepted = new AtomicInteger();

        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 20; i++) {
                long reference = 500 + i;
                senders.submit(() -> {
                    if (gateway.submit(sms(reference, "+212612345678", "Rythme")) instanceof SubmitOutcome.Accepted) {
                        accepted.incrementAndGet();
                    }
                });
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(accepted.get()).isEqualTo(20);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1_700));
    }

    @Test
    void closeUnbindsAndTheGatewayStaysDown() throws InterruptedException {
        SmppGateway gateway = readyGateway(50, 10);

        gateway.close();

        assertThat(gateway.ready()).isFalse();
        eventually(() -> smsc.boundLinks() == 0, Duration.ofSeconds(3));
        assertThat(gateway.submit(sms(50, "+212612345678", "Trop tard"))).isEqualTo(new SubmitOutcome.Failed(false, "not bound"));
        gateway.close();
        Thread.sleep(1_500);
        assertThat(smsc.boundLinks()).isZero();
    }

    private SmppGateway readyGateway(int ratePerSecond, int window) {
        SmppGateway gateway = gateway(smsc.settings("SocialHub", ratePerSecond, window));
        awaitReady(gateway);
        return gateway;
    }

    private SmppGateway gateway(GatewaySettings settings) {
        SmppGateway gateway = new SmppGateway(settings, receiptBox, CLOCK);
        gateways.add(gateway);
        return gateway;
    }

    private static Sms sms(long reference, String to, String text) {
        return new Sms(reference, to, "", text);
    }

    /** What the outbox does: a message that failed for now goes again, with the same reference. */
    private static String sendUntilAccepted(SmppGateway gateway, Sms sms, AtomicInteger resends) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            switch (gateway.submit(sms)) {
                case SubmitOutcome.Accepted accepted -> {
                    return accepted.gatewayId();
                }
                case SubmitOutcome.Failed failed when failed.permanent() -> fail("failed for good: " + failed);
                case SubmitOutcome.Failed failed -> resends.incrementAndGet();
                case SubmitOutcome.Throttled throttled -> { }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never accepted: " + sms);
    }

    private static void awaitReady(SmppGateway gateway) {
        eventually(gateway::ready, Duration.ofSeconds(5));
    }

    private static void eventually(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not so within " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
