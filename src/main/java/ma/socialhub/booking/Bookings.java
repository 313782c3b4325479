package ma.socialhub.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.HubSecrets;
import ma.socialhub.base.security.LinkSigner;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.intake.PhoneNumber;
import ma.socialhub.schedule.BookingRule;
import ma.socialhub.schedule.OpeningHours;
import ma.socialhub.schedule.Slot;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking a time, moving or cancelling it through its signed link, and checking in.
 *
 * <p><b>What can be booked.</b> The slots of {@link OpeningHours} from now to
 * {@code hub.booking.horizon-days} ahead, each up to its capacity. A slot's places are counted and
 * taken under a lock the database holds on that slot, so two people taking its last place at once
 * get one booking between them.
 *
 * <p><b>Against bots.</b> The public page needs no account, so it limits what one phone number may
 * hold ({@code hub.booking.per-phone} bookings to come) and what one network address may hold
 * ({@code hub.booking.per-address} bookings to come, refusals of the last day included; an IPv6
 * address counts by its /64, the block one subscriber gets); an integration or a kiosk may make
 * {@code hub.booking.per-client-per-day} a day. All are counted in the database under a lock, so
 * across nodes and threads. Numbers and addresses are kept as keyed hashes (the number also
 * encrypted, for reminders, only with consent) and forgotten a day after the booking.
 *
 * <p><b>Check-in</b> turns the booking into a ticket due at its time ({@link Tickets#issueDue}), in
 * the same transaction: from {@code earlyMinutes} before to {@code lateMinutes} after the time, as
 * the service's rule said when the booking was made. A booking nobody checked in by then is a
 * no-show (swept every minute on every node; the sweep is idempotent).
 */
@Service
public class Bookings {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CODE_ATTEMPTS = 5;
    static final int MAX_MOVES = 3;
    /** How many waiting people hear of one freed time: enough that someone takes it, few enough not to crowd it. */
    static final int EARLIER_TOLD = 3;

    private final BookingStore store;
    private final OpeningHours hours;
    private final Catalog catalog;
    private final Tickets tickets;
    private final PersonalDataCipher cipher;
    private final StaffDirectory staff;
    private final LinkSigner links;
    private final Clock clock;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;
    private final int horizonDays;
    private final int perPhone;
    private final int perAddress;
    private final int perClientPerDay;

    Bookings(BookingStore store, OpeningHours hours, Catalog catalog, Tickets tickets, PersonalDataCipher cipher,
            StaffDirectory staff, HubSecrets secrets, Clock clock, PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            @Value("${hub.booking-link-secret:}") String linkSecret,
            @Value("${hub.booking.horizon-days:30}") int horizonDays,
            @Value("${hub.booking.per-phone:2}") int perPhone,
            @Value("${hub.booking.per-address:6}") int perAddress,
            @Value("${hub.booking.per-client-per-day:300}") int perClientPerDay) {
        this.store = store;
        this.hours = hours;
        this.catalog = catalog;
        this.tickets = tickets;
        this.cipher = cipher;
        this.staff = staff;
        this.links = new LinkSigner(secrets, "booking-link", linkSecret);
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
        this.events = events;
        this.horizonDays = horizonDays;
        this.perPhone = perPhone;
        this.perAddress = perAddress;
        this.perClientPerDay = perClientPerDay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadKey() {
        links.loadKey();
    }

    /** The times of a day that can still be booked, in order, each with its places left. */
    @Transactional(readOnly = true)
    @PermitAll // free times are public
    public List<FreeSlot> freeSlots(long centerId, long serviceId, LocalDate day) {
        return freeBetween(centerId, serviceId, day, day);
    }

    /** The days from today to the horizon that have a free time. */
    @Transactional(readOnly = true)
    @PermitAll // free days are public
    public List<LocalDate> daysWithFreeSlots(long centerId, long serviceId) {
        return freeBetween(centerId, serviceId, today(centerId), lastDay(centerId)).stream().map(FreeSlot::day).distinct().toList();
    }

    /** The first free time from {@code from} on, if any within the horizon. */
    @Transactional(readOnly = true)
    @PermitAll // free times are public
    public Optional<FreeSlot> firstFree(long centerId, long serviceId, LocalDate from) {
        return freeBetween(centerId, serviceId, from, lastDay(centerId)).stream().findFirst();
    }

    /** The free times of the days from {@code from} to {@code to} (within the horizon), in order: a few statements for the whole range. */
    private List<FreeSlot> freeBetween(long centerId, long serviceId, LocalDate from, LocalDate to) {
        LocalDate last = to.isAfter(lastDay(centerId)) ? lastDay(centerId) : to;
        if (!offered(centerId, serviceId) || from.isAfter(last)) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Instant, Integer> taken = store.takenBetween(centerId, serviceId, from, last);
        List<FreeSlot> free = new ArrayList<>();
        hours.slots(centerId, serviceId, from, last).forEach((day, slots) -> {
            for (Slot slot : slots) {
                int left = slot.capacity() - taken.getOrDefault(slot.at(), 0);
                if (left > 0 && slot.at().isAfter(now)) {
                    free.add(new FreeSlot(day, slot.start(), slot.at(), left));
                }
            }
        });
        return free;
    }

    /** Books a time; see the class comment for what is checked. A repeated integration request finds its first booking. */
    @PermitAll // the public page needs no account; the limits are the guard
    public BookResult book(BookingRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction.execute(status -> bookOnce(request));
            } catch (DuplicateKeyException clash) {
                // another booking took the same code, or the same integration request, at the same moment
                if (request.apiClient() != null && request.idempotencyKey() != null) {
                    Optional<Booking> first = store.byRequestKey(request.apiClient(), request.idempotencyKey());
                    if (first.isPresent()) {
                        return sameRequest(first.get(), request);
                    }
                }
                if (attempt == CODE_ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    /**
     * A follow-up visit booked by an agent for the person at their counter, at the agent's own
     * center: no phone number, no limit per address (the agent is not a script), and the agent's
     * name kept as who booked it.
     */
    @RolesAllowed(Roles.AGENT)
    public BookResult bookAtCounter(long serviceId, LocalDate day, LocalTime start, HubLanguage language, PriorityClass priority) {
        long centerId = agentCenter();
        return book(new BookingRequest(centerId, serviceId, day, start, language, priority, null, false, null,
                BookingChannel.COUNTER, null, null));
    }

    private BookResult bookOnce(BookingRequest request) {
        if (request.apiClient() != null && request.idempotencyKey() != null) {
            Optional<Booking> first = store.byRequestKey(request.apiClient(), request.idempotencyKey());
            if (first.isPresent()) {
                return sameRequest(first.get(), request);
            }
        }
        if (!offered(request.centerId(), request.serviceId())) {
            return new BookResult.ServiceNotOffered();
        }
        String phoneEnc = null;
        String phoneHash = null;
        if (request.phone() != null && !request.phone().isBlank()) {
            Optional<PhoneNumber> phone = PhoneNumber.parse(request.phone());
            if (phone.isEmpty()) {
                return new BookResult.PhoneInvalid();
            }
            if (!request.remindersConsent()) {
                return new BookResult.ConsentMissing();
            }
            phoneEnc = cipher.encrypt(phone.get().e164());
            phoneHash = cipher.lookupHash("booking-phone|" + phone.get().e164());
        }
        Optional<BookingStore.SlotTime> slot = slotOf(request.centerId(), request.serviceId(), request.day(), request.start());
        if (slot.isEmpty()) {
            return notBookable(request.centerId(), request.serviceId(), request.day(), request.start());
        }
        Instant now = clock.instant();
        String addressHash = request.address() == null ? null : cipher.lookupHash("booking-address|" + ClientAddress.key(request.address()));
        if (addressHash != null && request.channel() == BookingChannel.PUBLIC) {
            store.lock(addressHash);
            if (store.heldByAddress(addressHash, now) >= perAddress) {
                store.refused(addressHash, now);
                return new BookResult.TooManyFromAddress();
            }
        }
        if (phoneHash != null) {
            store.lock(phoneHash);
            if (store.liveForPhone(phoneHash, now) >= perPhone) {
                // probing whether a number holds bookings costs the prober's own address its budget
                if (addressHash != null) {
                    store.refused(addressHash, now);
                }
                return new BookResult.TooManyForPhone(perPhone);
            }
        }
        if (request.apiClient() != null) {
            store.lock("booking-client|" + request.apiClient());
            if (store.madeByClientSince(request.apiClient(), now.minus(Duration.ofDays(1))) >= perClientPerDay) {
                return new BookResult.TooManyFromAddress();
            }
        }
        if (!placeLeft(request.centerId(), request.serviceId(), slot.get())) {
            return new BookResult.SlotFull();
        }
        Long bookedBy = request.channel() == BookingChannel.COUNTER ? staff.current().map(StaffMember::staffId).orElse(null) : null;
        Booking booking = store.insert(new BookingStore.NewBooking(request.centerId(), request.serviceId(),
                newCode(request.centerId()), LinkSigner.newToken(), request.language().tag(), request.priority(), request.channel(),
                phoneEnc, phoneHash, addressHash, bookedBy, request.apiClient(), request.idempotencyKey()), slot.get(), now);
        publish(booking, BookingChanged.Change.MADE, phoneEnc);
        return new BookResult.Booked(booking, links.linkOf(booking.token()));
    }

    private BookResult sameRequest(Booking first, BookingRequest request) {
        boolean same = first.centerId() == request.centerId() && first.serviceId() == request.serviceId()
                && first.day().equals(request.day()) && first.start().equals(request.start());
        return same ? new BookResult.Booked(first, links.linkOf(first.token())) : new BookResult.KeyUsedForAnotherRequest();
    }

    /** Moves a booking still to come, through its link, to another free time of the same service. */
    @PermitAll // the signed link is the proof
    public BookResult move(String link, LocalDate day, LocalTime start) {
        Optional<Booking> found = byLink(link);
        if (found.isEmpty()) {
            return new BookResult.NotChangeable();
        }
        Booking booking = found.get();
        return inTransaction.execute(status -> {
            if (booking.state() != BookingState.BOOKED || booking.movedCount() >= MAX_MOVES) {
                return new BookResult.NotChangeable();
            }
            Optional<BookingStore.SlotTime> slot = slotOf(booking.centerId(), booking.serviceId(), day, start);
            if (slot.isEmpty()) {
                return notBookable(booking.centerId(), booking.serviceId(), day, start);
            }
            if (slot.get().at().equals(booking.startsAt())) {
                return new BookResult.Booked(booking, link);
            }
            if (!placeLeft(booking.centerId(), booking.serviceId(), slot.get())) {
                return new BookResult.SlotFull();
            }
            Optional<Booking> moved = store.move(booking.id(), slot.get(), MAX_MOVES);
            if (moved.isEmpty()) {
                return new BookResult.NotChangeable();
            }
            publish(moved.get(), BookingChanged.Change.MOVED, null);
            freed(booking);
            return new BookResult.Booked(moved.get(), link);
        });
    }

    /** Cancels a booking still to come through its link; its place is free again at once. */
    @Transactional
    @PermitAll // the signed link is the proof
    public Optional<Booking> cancel(String link) {
        Optional<Booking> cancelled = links.tokenOf(link).flatMap(store::byToken).flatMap(b -> store.cancel(b.id(), clock.instant()));
        cancelled.ifPresent(b -> {
            publish(b, BookingChanged.Change.CANCELLED, null);
            freed(b);
        });
        return cancelled;
    }

    /** "No more reminders", from the booking's link (every reminder carries it). */
    @Transactional
    @PermitAll // the signed link is the proof
    public Optional<Booking> stopReminders(String link) {
        Optional<Booking> stopped = links.tokenOf(link).flatMap(store::byToken).flatMap(b -> store.stopReminders(b.id()));
        stopped.ifPresent(b -> publish(b, BookingChanged.Change.REMINDERS_STOPPED, null));
        return stopped;
    }

    private void publish(Booking b, BookingChanged.Change change, @Nullable String phoneEnc) {
        events.publishEvent(new BookingChanged(b.id(), b.centerId(), change, b.day(), b.start(), b.startsAt(), b.code(),
                b.language(), links.linkOf(b.token()), phoneEnc));
    }

    /**
     * A booked time freed (cancelled, or moved away from): the first few who asked to hear of an
     * earlier time of that service are told, first asked first told. Whoever moves first takes it;
     * the others find it gone on the page, as with any free time.
     */
    private void freed(Booking was) {
        if (!was.startsAt().isAfter(clock.instant())) {
            return;
        }
        for (Booking waiting : store.wantingEarlierThan(was.centerId(), was.serviceId(), was.startsAt(), EARLIER_TOLD)) {
            events.publishEvent(new BookingChanged(waiting.id(), waiting.centerId(), BookingChanged.Change.EARLIER_FREE,
                    was.day(), was.start(), was.startsAt(), waiting.code(), waiting.language(), links.linkOf(waiting.token()), null));
        }
    }

    /** Asks to be told when an earlier time frees (or stops asking). */
    @Transactional
    @PermitAll // the signed link is the proof
    public Optional<Booking> wantEarlier(String link, boolean wants) {
        return links.tokenOf(link).flatMap(store::byToken).flatMap(b -> store.wantsEarlier(b.id(), wants));
    }

    /** The first free time of the booking's service before the booking's own, if any: what the waitlist offers. */
    @Transactional(readOnly = true)
    @PermitAll // free times are public
    public Optional<FreeSlot> earlierFree(Booking booking) {
        if (booking.state() != BookingState.BOOKED) {
            return Optional.empty();
        }
        return freeBetween(booking.centerId(), booking.serviceId(), today(booking.centerId()), booking.day()).stream()
                .filter(s -> s.at().isBefore(booking.startsAt())).findFirst();
    }

    /** The booking of a genuine link; empty alike for unknown, altered and forged links. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Booking> byLink(String link) {
        return links.tokenOf(link).flatMap(store::byToken);
    }

    @PermitAll
    public String linkOf(Booking booking) {
        return links.linkOf(booking.token());
    }

    /**
     * Checks in the booking with this code at the center (typed or scanned at its kiosk; the kiosk
     * feature has checked the kiosk). A code of another center finds nothing.
     */
    @PermitAll // the kiosk's credential, checked by the kiosk feature, is the proof
    public CheckInResult checkInByCode(long centerId, String code) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{6}")) {
            return new CheckInResult.NotFound();
        }
        return store.byCode(centerId, digits, today(centerId)).map(this::checkIn).orElseGet(CheckInResult.NotFound::new);
    }

    /** "I have arrived" on the phone: checks in the booking of a genuine link. */
    @PermitAll // the signed link is the proof
    public CheckInResult checkInByLink(String link) {
        return byLink(link).map(this::checkIn).orElseGet(CheckInResult.NotFound::new);
    }

    /**
     * One transaction: the booking's row is locked, so a double tap (or the kiosk and the phone at
     * once) waits for the first check-in and then finds its ticket.
     */
    private CheckInResult checkIn(Booking found) {
        return inTransaction.execute(status -> {
            Booking booking = store.byIdForUpdate(found.id()).orElseThrow();
            Instant now = clock.instant();
            return switch (booking.state()) {
                case CHECKED_IN -> new CheckInResult.CheckedIn(booking, tickets.byId(ticketOf(booking)).orElseThrow());
                case CANCELLED -> new CheckInResult.Cancelled(booking);
                case NO_SHOW -> new CheckInResult.TooLate(booking);
                case BOOKED -> {
                    if (now.isBefore(booking.checkInFrom())) {
                        yield new CheckInResult.TooEarly(booking, booking.checkInFrom());
                    }
                    if (now.isAfter(booking.checkInUntil())) {
                        yield new CheckInResult.TooLate(booking);
                    }
                    HubLanguage language = HubLanguage.ofTag(booking.language()).orElse(HubLanguage.ARABIC);
                    IssueResult issued = tickets.issueDue(booking.centerId(), booking.serviceId(), booking.priority(), language,
                            booking.startsAt());
                    if (!(issued instanceof IssueResult.Issued made)) {
                        // the center no longer offers the service: nothing to check in to
                        status.setRollbackOnly();
                        yield new CheckInResult.NotFound();
                    }
                    Booking checkedIn = store.checkedIn(booking.id(), made.ticket().id(), now).orElseThrow();
                    publish(checkedIn, BookingChanged.Change.CHECKED_IN, null);
                    yield new CheckInResult.CheckedIn(checkedIn, made.ticket());
                }
            };
        });
    }

    /** Today's bookings of the signed-in agent's center, by time: who is expected and who has checked in. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public List<Booking> todayAtMyCenter() {
        long centerId = agentCenter();
        return store.ofDay(centerId, today(centerId));
    }

    private long agentCenter() {
        StaffMember agent = staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
        Long centerId = agent.centerId();
        if (centerId == null) {
            throw new AccessDeniedException("An agent works in a center");
        }
        return centerId;
    }

    /** Marks missed bookings, and forgets the numbers and addresses of bookings over for a day. */
    @Scheduled(cron = "${hub.booking.sweep-cron:0 * * * * *}")
    void sweep() {
        Instant now = clock.instant();
        inTransaction.executeWithoutResult(status -> {
            store.markNoShows(now);
            store.forgetContacts(now.minus(Duration.ofDays(1)));
        });
    }

    /** The rule the service has now at the center: its check-in window is copied into each booking. */
    private Optional<BookingStore.SlotTime> slotOf(long centerId, long serviceId, LocalDate day, LocalTime start) {
        if (day.isAfter(lastDay(centerId))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        BookingRule rule = hours.rule(centerId, serviceId);
        return hours.slots(centerId, serviceId, day).stream()
                .filter(s -> s.start().equals(start) && s.capacity() > 0 && s.at().isAfter(now)).findFirst()
                .map(s -> new BookingStore.SlotTime(day, s.start(), s.at(), s.at().minus(Duration.ofMinutes(rule.earlyMinutes())),
                        s.at().plus(Duration.ofMinutes(rule.lateMinutes())), s.capacity()));
    }

    /** Why a time is not a slot that can be booked, for a message that tells the caller what to change. */
    private BookResult.NotBookable notBookable(long centerId, long serviceId, LocalDate day, LocalTime start) {
        BookResult.NotBookable.Reason reason;
        if (day.isAfter(lastDay(centerId))) {
            reason = BookResult.NotBookable.Reason.TOO_FAR;
        } else if (!day.atTime(start).atZone(zone(centerId)).toInstant().isAfter(clock.instant())) {
            reason = BookResult.NotBookable.Reason.PAST;
        } else if (hours.on(centerId, serviceId, day).isEmpty()) {
            reason = BookResult.NotBookable.Reason.CLOSED;
        } else {
            reason = BookResult.NotBookable.Reason.NOT_A_SLOT;
        }
        return new BookResult.NotBookable(reason);
    }

    private boolean placeLeft(long centerId, long serviceId, BookingStore.SlotTime slot) {
        store.lockSlot(centerId, serviceId, slot.at());
        return store.taken(centerId, serviceId, slot.at()) < slot.capacity();
    }


    private boolean offered(long centerId, long serviceId) {
        return catalog.center(centerId).isPresent()
                && catalog.servicesAt(centerId).stream().anyMatch(s -> s.id() == serviceId);
    }

    private String newCode(long centerId) {
        String code;
        do {
            code = String.format("%06d", RANDOM.nextInt(1_000_000));
        } while (store.codeInUse(centerId, code));
        return code;
    }

    private LocalDate today(long centerId) {
        return LocalDate.ofInstant(clock.instant(), zone(centerId));
    }

    private LocalDate lastDay(long centerId) {
        return today(centerId).plusDays(horizonDays);
    }

    private ZoneId zone(long centerId) {
        return catalog.zoneOf(centerId);
    }

    private static long ticketOf(Booking booking) {
        Long id = booking.ticketId();
        if (id == null) {
            throw new IllegalStateException("A checked-in booking has its ticket");
        }
        return id;
    }
}
