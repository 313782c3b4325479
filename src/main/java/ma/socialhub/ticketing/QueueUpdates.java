package ma.socialhub.ticketing;

import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the screens of a center that its queues changed — on every application node, through
 * PostgreSQL itself: each change sends {@code NOTIFY queue_changed} inside its own transaction
 * (so it is delivered when, and only if, the change commits), and every node keeps one connection
 * that LISTENs and hands the news to the screens subscribed on that node. A node that loses that
 * connection reconnects by itself and tells all its screens to re-read everything (RESYNC), since
 * it may have missed changes meanwhile. No broker besides PostgreSQL.
 */
@Component
public class QueueUpdates {

    private static final Logger log = LoggerFactory.getLogger(QueueUpdates.class);

    private final Map<Long, Set<Consumer<QueueChanged>>> listeners = new ConcurrentHashMap<>();
    private final Set<Consumer<QueueChanged>> everywhere = new CopyOnWriteArraySet<>();
    private final QueueChannel channel;
    private volatile boolean running = true;
    private volatile boolean listening;
    private @Nullable Thread listenerThread;
    private final Counter deliveries;
    // how many changes each center has had on this node, and how many resyncs: a read made for a
    // version stays good until it moves (LiveQueue)
    private final Map<Long, AtomicLong> versions = new ConcurrentHashMap<>();
    private final AtomicLong resyncs = new AtomicLong();

    QueueUpdates(QueueChannel channel, MeterRegistry registry) {
        this.channel = channel;
        this.deliveries = Counter.builder("hub.push.deliveries")
                .description("Queue changes handed to the open screens of this node").register(registry);
    }

    /** Calls {@code listener} after each committed change in the center's queues until removed. */
    public Registration subscribe(long centerId, Consumer<QueueChanged> listener) {
        Set<Consumer<QueueChanged>> set = listeners.computeIfAbsent(centerId, id -> new CopyOnWriteArraySet<>());
        set.add(listener);
        return () -> set.remove(listener);
    }

    /**
     * Calls {@code listener} after each committed change in any center's queues (a region's or the
     * nation's supervision screen), until removed. A resync reaches it once.
     */
    public Registration subscribeAll(Consumer<QueueChanged> listener) {
        everywhere.add(listener);
        return () -> everywhere.remove(listener);
    }

    /** Queues the notification in the transaction of the change: PostgreSQL delivers it at commit. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void notifyInTransaction(QueueChanged change) {
        channel.send(change);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startListening() {
        Thread thread = Thread.ofPlatform().daemon().name("queue-listener").start(this::listen);
        listenerThread = thread;
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread thread = listenerThread;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        boolean connectedBefore = false;
        long backoffMillis = 500;
        while (running) {
            try (QueueChannel.Listening connection = channel.listen()) {
                listening = true;
                if (connectedBefore) {
                    log.info("Queue listener reconnected; screens re-read their queues");
                    dispatchToAll(QueueChanged.Kind.RESYNC);
                }
                connectedBefore = true;
                backoffMillis = 500;
                while (running) {
                    connection.next(1000).forEach(this::dispatch);
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                log.warn("Queue listener lost its database connection ({}); retrying in {} ms", e.getMessage(), backoffMillis);
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    /** Whether this node hears the other nodes' changes now (its LISTEN connection is up). */
    public boolean isListening() {
        return listening;
    }

    /** Moves with every change of the center heard here, and with every resync. */
    long version(long centerId) {
        return (resyncs.get() << 40) + versions.computeIfAbsent(centerId, id -> new AtomicLong()).get();
    }

    private void dispatch(QueueChanged change) {
        versions.computeIfAbsent(change.centerId(), id -> new AtomicLong()).incrementAndGet();
        for (Consumer<QueueChanged> listener : listeners.getOrDefault(change.centerId(), Set.of())) {
            deliver(listener, change);
        }
        everywhere.forEach(listener -> deliver(listener, change));
    }

    private void dispatchToAll(QueueChanged.Kind kind) {
        resyncs.incrementAndGet();
        listeners.forEach((centerId, set) -> set.forEach(listener -> deliver(listener, new QueueChanged(centerId, 0, kind))));
        everywhere.forEach(listener -> deliver(listener, new QueueChanged(0, 0, kind)));
    }

    private void deliver(Consumer<QueueChanged> listener, QueueChanged change) {
        try {
            listener.accept(change);
            deliveries.increment();
        } catch (RuntimeException e) {
            // one broken screen must not keep the others from hearing about the change
            log.warn("A queue listener failed for center {}", change.centerId(), e);
        }
    }
}
