package ma.socialhub.messaging;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the provider's delivery receipts. A receipt may overtake the sender's own record of the
 * acceptance (the provider answers, delivers and reports within milliseconds): one not matched yet
 * is tried again a few times before it is given up.
 */
@Component
class Receipts implements DeliveryReceipts {

    private static final Logger log = LoggerFactory.getLogger(Receipts.class);
    private static final int TRIES = 5;

    private final OutboxStore outbox;
    private final MessageMetrics metrics;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sms-receipts").factory());

    Receipts(OutboxStore outbox, MessageMetrics metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Override
    public void received(String gatewayId, boolean delivered, String status, Instant at) {
        record(gatewayId, delivered, status, at, 1);
    }

    private void record(String gatewayId, boolean delivered, String status, Instant at, int attempt) {
        try {
            if (outbox.receipt(gatewayId, delivered, status, at)) {
                metrics.receipt(delivered);
            } else if (attempt < TRIES) {
                later.schedule(() -> record(gatewayId, delivered, status, at, attempt + 1), attempt, TimeUnit.SECONDS);
            } else {
                log.info("A delivery receipt for unknown message {} ({}) was dropped", gatewayId, status);
            }
        } catch (RuntimeException e) {
            log.warn("A delivery receipt could not be recorded: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }
}
