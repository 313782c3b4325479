package ma.socialhub.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.socialhub.base.security.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the outbox off, every second on every node, outside web requests. A round claims what is
 * due (SKIP LOCKED: nodes share the work, never a row), commits the claim, then sends without
 * holding a transaction, as many at once as the provider's window allows, and records each answer
 * on the row it claimed.
 *
 * <p><b>Never twice, never lost.</b> A row is sent again only when its fate is unknown: its node
 * died after claiming it (the claim runs out after {@link #CLAIM_FOR}) or the link failed before
 * the provider answered. Then it goes with the same reference — the outbox id, which the provider
 * sees (ADR 0026). An answer always ends the row's claim: accepted (SENT), refused for good (DEAD,
 * an administrator can retry it), or back to the queue with a back-off. A throttling answer is not
 * an attempt. When the gateway is not bound nothing is claimed: messages wait rather than burn
 * their retries.
 */
@Component
class OutboxSender {

    static final Duration CLAIM_FOR = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 8;
    /** What a submit may take at most (the gateways' own bounds: 30 s for a window's place, 15 s for an answer). */
    static final Duration CLAIM_MARGIN = Duration.ofSeconds(50);

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore outbox;
    private final CurrentGateway gateway;
    private final PersonalDataCipher cipher;
    private final MessageMetrics metrics;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final int batch;

    OutboxSender(OutboxStore outbox, CurrentGateway gateway, PersonalDataCipher cipher, MessageMetrics metrics,
            TransactionTemplate tx, Clock clock, @Value("${hub.messages.batch:50}") int batch) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.cipher = cipher;
        this.metrics = metrics;
        this.tx = tx;
        this.clock = clock;
        this.batch = batch;
    }

    /**
     * Works off everything due. Two rounds are in flight at most: the next round is claimed while
     * the previous one is still being sent, so the provider's rate is used without pause (recording
     * fifty answers and claiming fifty more cost about a tenth of a second), yet a node never holds
     * more than two rounds of claims should it die.
     */
    @Scheduled(cron = "${hub.messages.send-cron:* * * * * *}")
    void tick() {
        SmsGateway open = gateway.get();
        if (!open.ready()) {
            return;
        }
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Deque<List<Future<?>>> inFlight = new ArrayDeque<>();
            while (true) {
                if (inFlight.size() == 2) {
                    awaitAll(inFlight.removeFirst());
                }
                List<OutboxStore.Claimed> claimed = claim();
                if (claimed.isEmpty()) {
                    break;
                }
                inFlight.add(claimed.stream().<Future<?>>map(m -> senders.submit(() -> send(open, m))).toList());
                if (claimed.size() < batch) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Sending messages failed this round: {}", e.getMessage());
        }
    }

    /** One round, waited for; returns how many messages it claimed. */
    int sendDue() {
        SmsGateway open = gateway.get();
        if (!open.ready()) {
            return 0;
        }
        List<OutboxStore.Claimed> claimed = claim();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            claimed.forEach(message -> senders.submit(() -> send(open, message)));
        }
        return claimed.size();
    }

    /**
     * Claims a round, never more than the provider's rate lets go in 30 seconds: with two rounds in
     * flight, every claim is answered well before it runs out and another node could take it.
     */
    private List<OutboxStore.Claimed> claim() {
        Instant now = clock.instant();
        int rate = Math.max(1, gateway.settings().gateway().ratePerSecond());
        int size = Math.min(batch, rate * 30);
        List<OutboxStore.Claimed> claimed = tx.execute(s -> outbox.claim(node, size, now, now.plus(CLAIM_FOR)));
        return claimed == null ? List.of() : claimed;
    }

    private static void awaitAll(List<Future<?>> round) {
        for (Future<?> sending : round) {
            try {
                sending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                log.warn("A message could not be sent: {}", e.getCause().getMessage());
            }
        }
    }

    private void send(SmsGateway open, OutboxStore.Claimed message) {
        Instant now = clock.instant();
        if (!now.isBefore(message.expiresAt())) {
            outbox.end(message.id(), node, "EXPIRED", "no longer worth sending");
            return;
        }
        if (message.phoneEnc() == null) {
            outbox.end(message.id(), node, "CANCELLED", "stopped or number forgotten");
            return;
        }
        if (now.isAfter(message.claimedUntil().minus(CLAIM_MARGIN))) {
            // too little of the claim left to be sure of answering before another node may take the row
            outbox.retry(message.id(), node, now, "claim ran short", false);
            return;
        }
        String sender = gateway.settings().gateway().senderId();
        SubmitOutcome outcome;
        try {
            outcome = open.submit(new Sms(message.id(), cipher.decrypt(message.phoneEnc()), sender, message.body()));
        } catch (RuntimeException e) {
            outcome = new SubmitOutcome.Failed(false, String.valueOf(e.getMessage()));
        }
        Instant answered = clock.instant();
        switch (outcome) {
            case SubmitOutcome.Accepted accepted -> {
                outbox.sent(message.id(), node, accepted.gatewayId(), accepted.parts(), answered);
                metrics.sent(accepted.parts());
            }
            case SubmitOutcome.Throttled throttled ->
                    outbox.retry(message.id(), node, answered.plus(throttled.retryAfter()), "throttled", false);
            case SubmitOutcome.Failed failed when failed.permanent() || message.attempts() >= MAX_ATTEMPTS -> {
                outbox.end(message.id(), node, "DEAD", failed.reason());
                metrics.dead();
            }
            case SubmitOutcome.Failed failed -> {
                outbox.retry(message.id(), node, answered.plus(backOff(message.attempts())), failed.reason(), true);
                metrics.failed();
            }
        }
    }

    /** 5 s, 15 s, 45 s … up to 10 minutes. */
    static Duration backOff(int attempts) {
        long seconds = 5L * (long) Math.pow(3, Math.max(0, attempts - 1));
        return Duration.ofSeconds(Math.min(seconds, 600));
    }
}
