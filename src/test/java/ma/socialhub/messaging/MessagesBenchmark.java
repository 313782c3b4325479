package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.benchmark.BenchmarkReport;
import ma.socialhub.messaging.gateway.LocalSmsc;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What messages cost and how fast they go: the messages a followed ticket gets over a busy morning
 * (through the real queue, its events and the outbox), and the time from the outbox to a whole
 * message at a real SMPP server ({@link LocalSmsc}) under a steady flow and a burst, with the sender
 * ticking every second as on a node. Each figure beside its limit; the run fails when one is missed.
 */
@IntegrationTest
class MessagesBenchmark {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate DAY = LocalDate.of(2036, 3, 4);

    @Autowired Messages messages;
    @Autowired MessagingAdmin admin;
    @Autowired OutboxSender sender;
    @Autowired OutboxStore store;
    @Autowired TurnNear turnNear;
    @Autowired CurrentGateway gateway;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void aFollowedTicketGetsAtMostThreeMessagesAndMessagesReachTheSmscWithinTwoSeconds() throws Exception {
        Morning morning = busyMorning();
        Flow steady;
        Flow burst;
        try (LocalSmsc smsc = LocalSmsc.start("bench", "b3nch")) {
            gateway(smsc.settings("CentreSoc", 100, 10), "b3nch");
            try {
                steady = flow(smsc, 300, Duration.ofMillis(100));
                burst = flow(smsc, 500, Duration.ZERO);
            } finally {
                gateway(GatewaySettings.none(), null);
            }
        }

        StringBuilder md = new StringBuilder("""
                ## Messages: what a followed ticket costs, and the way to the SMS centre (issue 17, ADR 0026)

                `./mvnw -Pbenchmark verify -Dit.test=MessagesBenchmark` — %s, this machine (2 cores). A busy morning
                through the real queue: %d tickets in the first hour at a center with 4 counters, one in two followed by
                SMS (half in Arabic, half in French), each called, served 6 minutes and finished; the rule is "3 ahead
                or 15 minutes". Then the outbox to a real SMPP server (jSMPP's server side, `LocalSmsc`, in the same
                JVM) with the sender ticking every second as on a node, the provider's limit set at 100 parts/s and a
                window of 10: a steady flow (10 messages/s for 30 s) and a burst of 500 queued at once. *Outbox →
                SMSC* is from the commit that queued a message to the server's acceptance of its last part; the steady
                flow's figure is mostly the wait for the next one-second tick. Every Arabic (and Tifinagh) message
                costs two parts: its link (some 45 characters with the token) and the shortest text pass the 70
                characters of one UCS-2 message; only a much shorter address would make it one. A followed ticket
                gets "turn is near" and the feedback
                link; "called" goes only when the person has not reached the counter 20 seconds after the call.

                | measure | figure | limit |
                |---|---|---|
                """.formatted(LocalDate.now(), morning.tickets()));
        md.append("| messages per followed ticket, mean / max | %.2f / %d | max ≤ 3 (near, called, feedback) |%n"
                .formatted(morning.meanPerTicket(), morning.maxPerTicket()));
        md.append("| \"turn is near\" per followed ticket, max | %d | 1 |%n".formatted(morning.maxNear()));
        md.append("| followed tickets not near when followed that got no \"turn is near\" | %d | 0 |%n".formatted(morning.missedNear()));
        md.append("| \"called\" messages sent although the person reached the counter first | %d | 0 |%n".formatted(morning.calledSent()));
        md.append("| SMS parts per message, Arabic / French | %.2f / %.2f | — (the bill) |%n"
                .formatted(morning.partsArabic(), morning.partsFrench()));
        md.append("| steady flow: outbox → SMSC p50 / p95 / max | %s | p95 ≤ 2 s |%n".formatted(steady.summary()));
        md.append("| burst of 500: outbox → SMSC p50 / p95 / max | %s | — |%n".formatted(burst.summary()));
        md.append("| burst of 500: messages a second | %.0f | ≥ 90 (the provider's 100) |%n".formatted(burst.perSecond()));
        md.append("| messages lost / sent twice (both runs) | %d / %d | 0 / 0 |%n"
                .formatted(steady.lost() + burst.lost(), steady.twice() + burst.twice()));
        BenchmarkReport.write("messages", md.toString());

        assertThat(morning.maxPerTicket()).isLessThanOrEqualTo(3);
        assertThat(morning.maxNear()).isEqualTo(1);
        assertThat(morning.missedNear()).isZero();
        assertThat(morning.calledSent()).isZero();
        assertThat(steady.p95()).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(burst.perSecond()).isGreaterThanOrEqualTo(90);
        assertThat(steady.lost() + burst.lost()).isZero();
        assertThat(steady.twice() + burst.twice()).isZero();
    }

    record Morning(int tickets, double meanPerTicket, int maxPerTicket, int maxNear, int missedNear, int calledSent,
            double partsArabic, double partsFrench) {
    }

    private Morning busyMorning() {
        clock.pin(DAY.atTime(8, 30).atZone(CASABLANCA).toInstant());
        long center = fixtures.center();
        long service = fixtures.service('B');
        List<Long> counters = fixtures.counters(center, 4, service);
        int count = 160;
        List<Ticket> followed = new ArrayList<>();
        List<Long> nearAtOnce = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HubLanguage language = i % 4 < 2 ? HubLanguage.ARABIC : HubLanguage.FRENCH;
            Ticket t = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, language)).ticket();
            if (i % 2 == 0) {
                if (turnNear.isNear(t)) {
                    // already near: the message would say what the kiosk just showed; only "called" can follow
                    nearAtOnce.add(t.id());
                }
                String number = MessagesTest.mobile("07");
                SubscribeResult said = messages.subscribe(tickets.linkOf(t), number, SubscriptionSource.KIOSK);
                assertThat(said).as("followed by SMS").isInstanceOf(SubscribeResult.Subscribed.class);
                followed.add(t);
            }
            clock.advance(Duration.ofSeconds(20));
        }
        // four counters work the queue: a call, 15 s to the counter, 6 minutes of service
        fixtures.signIn(fixtures.agent(center));
        int served = 0;
        while (served < count) {
            for (Long counter : counters) {
                var called = tickets.callNext(counter);
                if (called instanceof ma.socialhub.ticketing.CallResult.Called c) {
                    clock.advance(Duration.ofSeconds(15));
                    tickets.startService(c.ticket().id(), counter);
                    served++;
                }
            }
            clock.advance(Duration.ofMinutes(6));
            for (Long counter : counters) {
                tickets.currentAt(counter).ifPresent(t -> tickets.finish(t.id(), counter));
            }
        }
        fixtures.signOut();

        List<Long> ids = followed.stream().map(Ticket::id).toList();
        List<Map.Entry<Long, String>> rows = fixtures.jdbc().sql("""
                SELECT s.ticket_id, o.kind || ' ' || o.state || ' ' || o.parts || ' ' || s.language FROM message_outbox o
                  JOIN message_subscription s ON s.id = o.subscription_id
                 WHERE s.ticket_id IN (%s)
                """.formatted(csv(ids)))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        Map<Long, List<String>> byTicket = rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        // what would go out: everything not cancelled or dropped
        Map<Long, List<String>> going = byTicket.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(r -> !r.contains(" CANCELLED ")).toList()));
        int total = going.values().stream().mapToInt(List::size).sum();
        int max = going.values().stream().mapToInt(List::size).max().orElse(0);
        int maxNear = going.values().stream().mapToInt(l -> (int) l.stream().filter(r -> r.startsWith("NEAR ")).count()).max().orElse(0);
        int missedNear = (int) ids.stream().filter(id -> !nearAtOnce.contains(id))
                .filter(id -> going.getOrDefault(id, List.of()).stream().noneMatch(r -> r.startsWith("NEAR "))).count();
        int calledSent = (int) going.values().stream().flatMap(List::stream).filter(r -> r.startsWith("CALLED ")).count();
        return new Morning(count, (double) total / ids.size(), max, maxNear, missedNear, calledSent,
                meanParts(going, "ar"), meanParts(going, "fr"));
    }

    private static double meanParts(Map<Long, List<String>> going, String language) {
        return going.values().stream().flatMap(List::stream).filter(r -> r.endsWith(" " + language))
                .mapToInt(r -> Integer.parseInt(r.split(" ")[2])).average().orElse(0);
    }

    record Flow(List<Duration> latencies, Duration elapsed, int lost, int twice, int count) {

        Duration p95() {
            return latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
        }

        double perSecond() {
            return count / (elapsed.toMillis() / 1000.0);
        }

        String summary() {
            return "%d / %d / %d ms".formatted(latencies.get(latencies.size() / 2).toMillis(), p95().toMillis(),
                    latencies.getLast().toMillis());
        }
    }

    /** {@code count} messages queued {@code every} apart (all at once for zero), the sender ticking each second meanwhile. */
    private Flow flow(LocalSmsc smsc, int count, Duration every) throws Exception {
        clock.release();
        Subscription to = subscription();
        for (int i = 0; i < 100 && !gateway.get().ready(); i++) {
            Thread.sleep(100);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        Thread ticking = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                long started = System.nanoTime();
                sender.tick();
                long left = 1_000_000_000L - (System.nanoTime() - started);
                if (left > 0) {
                    try {
                        Thread.sleep(left / 1_000_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        String run = "BENCH:" + Long.toString(System.nanoTime(), 36) + ":";
        if (every.isZero()) {
            // a burst: every message committed at once, as when many causes commit together
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    queueOne(to, run, i);
                }
            });
        } else {
            for (int i = 0; i < count; i++) {
                queueOne(to, run, i);
                Thread.sleep(every.toMillis());
            }
        }
        List<Long> ids = fixtures.jdbc().sql("SELECT id FROM message_outbox WHERE dedupe_key LIKE ? ORDER BY id")
                .param(run + "%").query(Long.class).list();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline) && smsc.messages().stream().filter(m -> ids.contains(m.reference()))
                .map(LocalSmsc.Received::reference).distinct().count() < ids.size()) {
            Thread.sleep(50);
        }
        running.set(false);
        ticking.join();
        List<LocalSmsc.Received> mine = smsc.messages().stream().filter(m -> ids.contains(m.reference())).toList();
        List<Duration> latencies = fixtures.jdbc().sql("""
                SELECT extract(epoch FROM sent_at - created_at) * 1000 FROM message_outbox
                 WHERE id IN (%s) AND sent_at IS NOT NULL
                """.formatted(csv(ids))).query(Double.class).list().stream()
                .map(ms -> Duration.ofMillis(Math.round(ms))).sorted(Comparator.naturalOrder()).toList();
        List<java.sql.Timestamp> span = fixtures.jdbc().sql("SELECT min(sent_at), max(sent_at) FROM message_outbox WHERE id IN (%s)"
                .formatted(csv(ids))).query((rs, n) -> List.of(rs.getTimestamp(1), rs.getTimestamp(2))).single();
        int distinct = (int) mine.stream().map(LocalSmsc.Received::reference).distinct().count();
        // throughput from the first acceptance to the last: the wait for the first tick is latency, not rate
        return new Flow(latencies, Duration.between(span.get(0).toInstant(), span.get(1).toInstant()), ids.size() - distinct,
                mine.size() - distinct, ids.size() - 1);
    }

    private void queueOne(Subscription to, String run, int i) {
        Instant now = Instant.now();
        String text = i % 2 == 0 ? "المركز الاجتماعي: التذكرة A-0" + i + "، اقترب دوركم." : "Centre social : ticket A-0" + i
                + ", votre tour approche.";
        store.add(to.id(), to.centerId(), MessageKind.NEAR, run + i, text, SmsParts.of(text).count(), now,
                now.plus(Duration.ofHours(1)), now);
    }

    private static String csv(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Subscription subscription() {
        long center = fixtures.center();
        long service = fixtures.service('K');
        fixtures.counter(center, "1", service);
        Ticket t = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC)).ticket();
        String number = MessagesTest.mobile("06");
        messages.subscribe(tickets.linkOf(t), number, SubscriptionSource.KIOSK);
        long id = fixtures.jdbc().sql("SELECT id FROM message_subscription WHERE ticket_id = ?").param(t.id()).query(Long.class).single();
        return new Subscription(id, center, t.id(), null, t.day(), true, null, "ar", "https://hub.example.ma/t/x", true, false);
    }

    private void gateway(GatewaySettings settings, String password) {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        MessageSettings now = admin.settings();
        admin.save(new MessageSettings(settings, now.passwordSet(), now.quietFrom(), now.quietUntil(), now.nearAhead(),
                now.nearMinutes(), now.version()), password);
        fixtures.signOut();
    }
}
