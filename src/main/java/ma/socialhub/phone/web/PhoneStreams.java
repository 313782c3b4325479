package ma.socialhub.phone.web;

import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live part of the phone pages: one Server-Sent Events stream per open page, grouped by
 * center. A change of a center is read once for all its open pages on this node (the shared read
 * of {@link Tickets#follow}, which stays good until the center's next change), and bursts are coalesced: while a round of a center is waiting to run,
 * further changes add nothing to it. A page hears only what changed for it: the two texts of its
 * place (about 150 bytes), or "draw the page again" when its own ticket changed. Nothing is sent
 * while nothing changes; the stream ends after ten minutes and the browser opens it again, saying
 * which state it shows (the event id), so a page that missed nothing is sent nothing.
 */
@Component
class PhoneStreams implements SmartLifecycle {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    /** A person may open the page in a few tabs; a script opening it a thousand times holds no more than this. */
    static final int PER_TICKET = 3;
    /** How long a browser waits before it opens a lost stream again. */
    static final Duration RECONNECT = Duration.ofSeconds(5);

    private final Tickets tickets;
    private final QueueUpdates updates;
    private final Catalog catalog;
    private final Clock clock;
    private final Map<Long, CenterStreams> centers = new ConcurrentHashMap<>();
    private final ExecutorService pushers = Executors.newVirtualThreadPerTaskExecutor();
    private final PhoneGate gate;
    private final int maxStreams;
    private final AtomicLong opened = new AtomicLong();
    private final Counter rounds;
    private final Counter sent;
    private volatile boolean running;

    PhoneStreams(Tickets tickets, QueueUpdates updates, Catalog catalog, Clock clock, MeterRegistry registry, PhoneGate gate,
            @Value("${hub.phone.max-streams:20000}") int maxStreams) {
        this.gate = gate;
        this.maxStreams = maxStreams;
        this.tickets = tickets;
        this.updates = updates;
        this.catalog = catalog;
        this.clock = clock;
        this.rounds = Counter.builder("hub.phone.rounds").description("Reads of a center's queue for its open phone pages")
                .register(registry);
        this.sent = Counter.builder("hub.phone.events").description("Changes sent to open phone pages").register(registry);
        // beside the Vaadin screens' count (ScreenMetrics): a phone page is open while its stream is
        Gauge.builder("hub.screens.open", this, PhoneStreams::open).description("Browser tabs open on this node, by kind of screen")
                .tag("kind", "phone").register(registry);
    }

    /**
     * A stream for the page of {@code ticket}, which shows the state {@code shown} (its event id,
     * {@link #idOf}); anything that changed since is sent at once.
     */
    @Nullable SseEmitter open(Ticket ticket, PhoneTexts texts, String shown) {
        if (!running || open() >= maxStreams) {
            // the page keeps what it shows and tries again later (its script waits, then opens the stream anew)
            return null;
        }
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        ZoneId zone = catalog.center(ticket.centerId()).map(c -> c.timeZone()).orElse(clock.getZone());
        Stream stream = new Stream(opened.incrementAndGet(), emitter, texts, zone, ticket, shown);
        List<Stream> evicted = new ArrayList<>();
        centers.compute(ticket.centerId(), (id, existing) -> {
            CenterStreams center = existing != null ? existing : new CenterStreams();
            if (existing == null) {
                center.registration = updates.subscribe(id, change -> changed(id));
            }
            evicted.addAll(center.add(stream));
            return center;
        });
        // ended outside the map's lock: a write to a slow phone must not hold up its center's other pages
        evicted.forEach(PhoneStreams::evict);
        try {
            // said at once, so that the answer's head leaves now and the browser knows the stream is open
            // (and not on the first change, which may be an hour away); and how long to wait before opening it again
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        emitter.onCompletion(() -> close(stream));
        emitter.onTimeout(emitter::complete);
        emitter.onError(e -> close(stream));
        pushers.execute(() -> push(stream));
        return emitter;
    }

    /** Whether a page of this ticket has anything left to hear: it waits, or it is at a counter, today or later. */
    static boolean live(Ticket ticket) {
        return (ticket.state() == TicketState.WAITING || ticket.state().atCounter()) && !ticket.sentHomeAtDayEnd();
    }

    /** One stream too many for its ticket: told not to come back by itself (its tab opens it again when shown). */
    private static void evict(Stream stream) {
        try {
            stream.emitter.send(SseEmitter.event().name("evicted").data("."));
        } catch (IOException | IllegalStateException gone) {
            // already gone
        }
        stream.emitter.complete();
    }

    /** The open streams on this node (a gauge, and for tests). */
    int open() {
        return centers.values().stream().mapToInt(c -> c.streams.size()).sum();
    }

    /** The event id of what a page shows: its ticket's state, and while it waits its place. */
    static String idOf(Optional<Tickets.Followed> followed) {
        if (followed.isEmpty()) {
            return "gone.";
        }
        Ticket t = followed.get().ticket();
        String state = t.id() + "|" + t.state() + "|" + t.number() + "|" + t.counterId() + "|" + t.dueAt() + "|" + t.day() + "|"
                + t.sentHomeAtDayEnd();
        String place = t.state() == TicketState.WAITING && t.dueAt() == null
                ? followed.get().ahead() + "|" + followed.get().estimate() : "";
        return Integer.toHexString(state.hashCode()) + "." + (place.isEmpty() ? "" : Integer.toHexString(place.hashCode()));
    }

    private void changed(long centerId) {
        CenterStreams center = centers.get(centerId);
        // one round per center at a time: changes that come while one waits are read by it
        if (center != null && center.pending.compareAndSet(false, true)) {
            pushers.execute(() -> {
                center.pending.set(false);
                rounds.increment();
                // each page on its own (virtual) thread: a phone slow to take its bytes holds up no other
                for (Stream stream : center.streams) {
                    pushers.execute(() -> push(stream));
                }
            });
        }
    }

    private void push(Stream stream) {
        // one push of a page at a time, each from the latest read: the last one sent is the latest state
        synchronized (stream) {
            pushNow(stream);
        }
    }

    private void pushNow(Stream stream) {
        try {
            // each read takes a pooled connection (a ticket no longer waiting nor at a counter is read by its token): through the gate
            Optional<Tickets.Followed> followed = gate.await(() -> tickets.follow(stream.ticket));
            String id = idOf(followed);
            String before = stream.shown;
            if (id.equals(before)) {
                return;
            }
            stream.shown = id;
            followed.ifPresent(f -> stream.ticket = f.ticket());
            boolean onlyThePlace = followed.isPresent() && !id.endsWith(".") && stateOf(id).equals(stateOf(before));
            if (onlyThePlace) {
                Tickets.Followed f = followed.get();
                stream.emitter.send(SseEmitter.event().id(id).name("place").data(Map.of(
                        "ahead", stream.texts.ahead(f.ahead()), "wait", stream.texts.estimate(f.estimate()),
                        "updated", stream.texts.updated(clock.instant(), stream.zone)), MediaType.APPLICATION_JSON));
            } else {
                stream.emitter.send(SseEmitter.event().id(id).name("page").data("."));
                if (followed.isEmpty() || !live(followed.get().ticket())) {
                    // done with: the page is drawn once more, and its stream, when opened again, says there is nothing to hear
                    stream.emitter.complete();
                }
            }
            sent.increment();
        } catch (IOException | IllegalStateException e) {
            // the page went away: its stream is closed by the container's callbacks
            stream.emitter.completeWithError(e);
        } catch (RuntimeException e) {
            stream.emitter.completeWithError(e);
        }
    }

    private static String stateOf(@Nullable String id) {
        return id == null ? "" : id.substring(0, Math.max(0, id.indexOf('.')));
    }

    private void close(Stream stream) {
        Registration[] unused = new Registration[1];
        centers.computeIfPresent(stream.ticket.centerId(), (id, center) -> {
            center.streams.remove(stream);
            if (center.streams.isEmpty()) {
                unused[0] = center.registration;
                return null;
            }
            return center;
        });
        if (unused[0] != null) {
            unused[0].remove();
        }
    }

    /**
     * Ends the open streams before the web server's graceful shutdown, which would otherwise wait
     * for them (they are requests still running) until its time is up; the browsers open them again,
     * on another node.
     */
    @Override
    public void stop() {
        running = false;
        centers.values().forEach(c -> c.streams.forEach(s -> s.emitter.complete()));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stopped before the web server's graceful shutdown (a lower phase), which then has no stream to wait for
        return SmartLifecycle.DEFAULT_PHASE;
    }

    @PreDestroy
    void shutdown() {
        pushers.shutdownNow();
    }

    private static final class CenterStreams {
        final Set<Stream> streams = ConcurrentHashMap.newKeySet();
        final AtomicBoolean pending = new AtomicBoolean();
        Registration registration = () -> { };

        /** Adds a stream; returns the oldest of the same ticket's beyond {@link #PER_TICKET}, taken out, to be ended. */
        List<Stream> add(Stream stream) {
            List<Stream> same = new ArrayList<>(streams.stream().filter(s -> s.ticket.id() == stream.ticket.id()).toList());
            same.sort(Comparator.comparingLong(s -> s.serial));
            List<Stream> evicted = new ArrayList<>();
            for (int i = 0; i <= same.size() - PER_TICKET; i++) {
                streams.remove(same.get(i));
                evicted.add(same.get(i));
            }
            streams.add(stream);
            return evicted;
        }
    }

    private static final class Stream {
        final long serial;
        final SseEmitter emitter;
        final PhoneTexts texts;
        final ZoneId zone;
        volatile Ticket ticket;
        volatile String shown;

        Stream(long serial, SseEmitter emitter, PhoneTexts texts, ZoneId zone, Ticket ticket, String shown) {
            this.serial = serial;
            this.emitter = emitter;
            this.texts = texts;
            this.zone = zone;
            this.ticket = ticket;
            this.shown = shown;
        }
    }
}
