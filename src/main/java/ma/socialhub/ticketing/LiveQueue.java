package ma.socialhub.ticketing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.SocialService;
import org.springframework.stereotype.Component;

/**
 * One read of a center's followed tickets (waiting, or at a counter) per change, shared by every screen of that center on this
 * node (issue 18): a hundred phone pages following one center no longer run five queries each on
 * every call, but read their ticket, place and estimate from the same snapshot. The snapshot is
 * made when the first screen asks after a change and kept until the next change heard here
 * ({@link QueueUpdates#version}); a burst of changes before anyone asks costs one read. The
 * waiting-room displays share a read of their own the same way ({@link #board}).
 */
@Component
class LiveQueue {

    /**
     * A ticket that phone pages follow, as the center's latest change left it: while it waits, its
     * place and estimate; at a counter, no place and {@code NotWaiting}.
     */
    record Followed(Ticket ticket, int ahead, WaitEstimate estimate) {
    }

    /** A read of one center, made when the center's change count was {@code version}. */
    private record Read<T>(long version, T value) {
    }

    private final ConcurrentHashMap<Long, Read<Map<Long, Followed>>> snapshots = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Read<Tickets.Board>> boards = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();
    private final QueueUpdates updates;
    private final TicketQueue queue;
    private final WaitEstimator estimator;
    private final Catalog catalog;
    private final Clock clock;
    private final Counter boardReads;

    LiveQueue(QueueUpdates updates, TicketQueue queue, WaitEstimator estimator, Catalog catalog, Clock clock,
            MeterRegistry registry) {
        this.updates = updates;
        this.queue = queue;
        this.estimator = estimator;
        this.catalog = catalog;
        this.clock = clock;
        this.boardReads = Counter.builder("hub.display.rounds")
                .description("Reads of a center's board for its open waiting-room displays").register(registry);
        updates.subscribeAll(change -> {
            forgetOlder(snapshots, change.centerId());
            forgetOlder(boards, change.centerId());
        });
    }

    /**
     * The tickets waiting today at the center and those at its counters, by id, as of the latest
     * change heard on this node: a page whose citizen is at the counter reads nothing of its own on
     * the center's changes either, so a change costs one read whatever the pages open.
     */
    Map<Long, Followed> followed(long centerId) {
        return shared(snapshots, centerId, this::read);
    }

    /**
     * What the waiting-room displays of a center show, as of the latest change heard on this node:
     * two statements per change for all of them, however many displays follow the center.
     */
    Tickets.Board board(long centerId) {
        return shared(boards, centerId, id -> {
            boardReads.increment();
            LocalDate today = LocalDate.now(clock.withZone(catalog.zoneOf(id)));
            return new Tickets.Board(queue.lastCalls(id, today, Tickets.Board.CALLS), queue.waitingCounts(id, today));
        });
    }

    /** The center's read of {@code reads} as of its latest change heard here, made once by the first to ask. */
    private <T> T shared(ConcurrentHashMap<Long, Read<T>> reads, long centerId, LongFunction<T> read) {
        long version = updates.version(centerId);
        Read<T> known = reads.get(centerId);
        if (known != null && known.version() == version) {
            return known.value();
        }
        // the screens of a center ask at once after a change: one reads, the others take its read
        synchronized (locks.computeIfAbsent(centerId, id -> new Object())) {
            known = reads.get(centerId);
            if (known == null || known.version() != version) {
                known = new Read<>(version, read.apply(centerId));
                reads.put(centerId, known);
            }
            return known.value();
        }
    }

    /**
     * A change drops the center's older read (every center's, for a resync: center 0), so that a
     * center whose screens closed is not kept in memory; a read already made for this change stays.
     */
    private <T> void forgetOlder(ConcurrentHashMap<Long, Read<T>> reads, long centerId) {
        if (centerId == 0) {
            reads.entrySet().removeIf(e -> e.getValue().version() != updates.version(e.getKey()));
        } else {
            reads.computeIfPresent(centerId, (id, read) -> read.version() == updates.version(id) ? read : null);
        }
    }

    private Map<Long, Followed> read(long centerId) {
        LocalDate today = LocalDate.now(clock.withZone(catalog.zoneOf(centerId)));
        Map<Long, Followed> byTicket = new HashMap<>();
        Map<Long, IntFunction<WaitEstimate>> rules = new HashMap<>();
        long service = -1;
        int ahead = 0;
        for (Ticket t : queue.followed(centerId, today)) {
            if (t.state() != TicketState.WAITING) {
                byTicket.put(t.id(), new Followed(t, 0, new WaitEstimate.NotWaiting()));
                continue;
            }
            ahead = t.serviceId() == service ? ahead + 1 : 0;
            service = t.serviceId();
            IntFunction<WaitEstimate> rule = rules.computeIfAbsent(t.serviceId(), id -> estimator.forService(centerId, id,
                    catalog.service(id).map(SocialService::serviceMinutes).orElse(10)));
            byTicket.put(t.id(), new Followed(t, ahead, rule.apply(ahead)));
        }
        return Map.copyOf(byTicket);
    }
}
