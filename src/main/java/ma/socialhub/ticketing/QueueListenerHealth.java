package ma.socialhub.ticketing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code queueListener} in {@code /actuator/health}: down while this node does not hear the other
 * nodes' queue changes (its LISTEN connection is lost and being re-opened), so that a load
 * balancer stops sending it new screens until it does.
 */
@Component("queueListener")
class QueueListenerHealth implements HealthIndicator {

    private final QueueUpdates updates;

    QueueListenerHealth(QueueUpdates updates) {
        this.updates = updates;
    }

    @Override
    public Health health() {
        return updates.isListening() ? Health.up().build() : Health.down().withDetail("listening", false).build();
    }
}
