package ma.socialhub.messaging;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code smsGateway} in {@code /actuator/health}: whether this node's gateway is bound. Reported as
 * UNKNOWN rather than DOWN when it is not: a provider's outage must not make load balancers drop
 * a node that serves kiosks and counters well (messages wait in the outbox meanwhile).
 */
@Component("smsGateway")
class GatewayHealth implements HealthIndicator {

    private final CurrentGateway gateway;

    GatewayHealth(CurrentGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Health health() {
        Boolean ready = gateway.ready();
        String kind = gateway.settings().gateway().kind().name();
        if (ready == null || "NONE".equals(kind)) {
            return Health.up().withDetail("gateway", kind).withDetail("bound", false).build();
        }
        return (ready ? Health.up() : Health.unknown()).withDetail("gateway", gateway.describe())
                .withDetail("bound", ready).build();
    }
}
