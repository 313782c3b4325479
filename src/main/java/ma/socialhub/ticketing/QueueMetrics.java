package ma.socialhub.ticketing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The queue's figures for Prometheus, counted by the node where the change happened and only once
 * its transaction has committed (a rolled-back double tap counts nothing): tickets issued and
 * called per center and service, and the waits until the first call per service.
 *
 * <p>Waits are tagged by service only, not by center: a histogram per center and service would be
 * tens of thousands of series on a national deployment. Per-center waits are on the supervision
 * screens, from the rollups.
 */
@Component
class QueueMetrics {

    private static final Logger log = LoggerFactory.getLogger(QueueMetrics.class);
    /** Minutes: the targets services are given (5 to 60) and the long waits that matter. */
    private static final double[] WAIT_MINUTES = {2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180};

    private final MeterRegistry registry;

    QueueMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void issued(Ticket ticket) {
        afterCommit(ticket, "issued", () -> counter("hub.tickets.issued", ticket).increment());
    }

    void called(Ticket ticket) {
        afterCommit(ticket, "called", () -> {
            counter("hub.tickets.called", ticket).increment();
            if (ticket.recallCount() == 0 && ticket.calledAt() != null) {
                DistributionSummary.builder("hub.ticket.wait")
                        .description("Minutes from a ticket's issue to its call")
                        .baseUnit("minutes")
                        .tag("service", service(ticket))
                        .serviceLevelObjectives(WAIT_MINUTES)
                        .register(registry)
                        .record(Duration.between(ticket.issuedAt(), ticket.calledAt()).toMillis() / 60_000.0);
            }
        });
    }

    private Counter counter(String name, Ticket ticket) {
        return Counter.builder(name).tag("center", center(ticket)).tag("service", service(ticket)).register(registry);
    }

    /**
     * Runs {@code count} after the surrounding transaction commits (at once without one), and logs
     * the step with the center and the ticket in the log's context: never anything personal.
     */
    private void afterCommit(Ticket ticket, String what, Runnable count) {
        Runnable done = () -> {
            count.run();
            try (var center = MDC.putCloseable("center", center(ticket));
                    var number = MDC.putCloseable("ticket", ticket.number().toString())) {
                log.info("Ticket {}", what);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    done.run();
                }
            });
        } else {
            done.run();
        }
    }

    /** The center's id: codes would cost a read per ticket, and dashboards map ids to names once. */
    private static String center(Ticket ticket) {
        return Long.toString(ticket.centerId());
    }

    /** The service's letter (unique per service). */
    private static String service(Ticket ticket) {
        return String.valueOf(ticket.number().letter());
    }

}
