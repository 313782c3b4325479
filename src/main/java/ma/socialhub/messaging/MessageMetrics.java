package ma.socialhub.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code hub.messages.*} for Prometheus: messages and parts sent (parts are what the provider
 * bills), failures, deliveries. The figures per month and center come from the outbox itself
 * ({@link MessagingAdmin#figures}), which every node shares.
 */
@Component
class MessageMetrics {

    private final Counter sent;
    private final Counter parts;
    private final Counter failed;
    private final Counter dead;
    private final Counter delivered;
    private final Counter undelivered;

    MessageMetrics(MeterRegistry registry) {
        sent = Counter.builder("hub.messages.sent").description("Messages the provider accepted").register(registry);
        parts = Counter.builder("hub.messages.parts").description("SMS parts the provider accepted (billed)").register(registry);
        failed = Counter.builder("hub.messages.failed").description("Attempts that failed and will be retried").register(registry);
        dead = Counter.builder("hub.messages.dead").description("Messages given up after their retries").register(registry);
        delivered = Counter.builder("hub.messages.delivered").description("Delivery receipts: delivered").register(registry);
        undelivered = Counter.builder("hub.messages.undelivered").description("Delivery receipts: not delivered").register(registry);
    }

    void sent(int partCount) {
        sent.increment();
        parts.increment(partCount);
    }

    void failed() {
        failed.increment();
    }

    void dead() {
        dead.increment();
    }

    void receipt(boolean wasDelivered) {
        (wasDelivered ? delivered : undelivered).increment();
    }
}
