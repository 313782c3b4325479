package ma.socialhub.ticketing;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the screens of a center that its queues changed, once the change is committed. Screens
 * subscribe while attached and re-read what they show. Delivery is within this application node;
 * spreading changes to the other nodes through PostgreSQL LISTEN/NOTIFY is a later step that plugs
 * in here.
 */
@Component
public class QueueUpdates {

    private static final Logger log = LoggerFactory.getLogger(QueueUpdates.class);

    private final Map<Long, Set<Consumer<QueueChanged>>> listeners = new ConcurrentHashMap<>();

    /** Calls {@code listener} after each committed change in the center's queues until removed. */
    public Registration subscribe(long centerId, Consumer<QueueChanged> listener) {
        Set<Consumer<QueueChanged>> set = listeners.computeIfAbsent(centerId, id -> new CopyOnWriteArraySet<>());
        set.add(listener);
        return () -> set.remove(listener);
    }

    @TransactionalEventListener
    void onCommitted(QueueChanged change) {
        for (Consumer<QueueChanged> listener : listeners.getOrDefault(change.centerId(), Set.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // one broken screen must not keep the others from hearing about the change
                log.warn("A queue listener failed for center {}", change.centerId(), e);
            }
        }
    }
}
