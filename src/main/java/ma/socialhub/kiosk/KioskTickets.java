package ma.socialhub.kiosk;

import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.time.Clock;
import java.time.Duration;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.BookingChannel;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.DayState;
import ma.socialhub.booking.FreeSlot;
import ma.socialhub.booking.ServiceDays;
import ma.socialhub.booking.CheckInResult;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.KioskLimit;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.RequestKey;
import ma.socialhub.ticketing.CounterPresence;
import ma.socialhub.ticketing.Tickets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ticket issuing as a kiosk does it: only a registered kiosk with a valid credential, only for
 * its own center and the services its file shows, within its rate limit. The kiosk screen calls
 * this, never {@link Tickets#issue} directly.
 */
@Service
public class KioskTickets {

    private final KioskDevices devices;
    private final KioskRegistry registry;
    private final Catalog catalog;
    private final Tickets tickets;
    private final CounterPresence presence;
    private final Bookings bookings;
    private final ServiceDays serviceDays;
    private final RecentCount attempts;
    static final int WRONG_CODES_PER_MINUTE = 10;

    KioskTickets(KioskDevices devices, KioskRegistry registry, Catalog catalog, Tickets tickets, CounterPresence presence,
            Bookings bookings, ServiceDays serviceDays, Clock clock) {
        this.bookings = bookings;
        this.serviceDays = serviceDays;
        this.attempts = new RecentCount(clock, Duration.ofMinutes(1), WRONG_CODES_PER_MINUTE);
        this.presence = presence;
        this.devices = devices;
        this.registry = registry;
        this.catalog = catalog;
        this.tickets = tickets;
    }

    /** What a kiosk is: its configuration, its center and the services it shows in its order. */
    public record Kiosk(KioskConfig config, Center center, List<SocialService> services) {
    }

    /** The kiosk a credential opens at a center's address; empty if it is not that center's registered kiosk. */
    @PermitAll // the kiosk credential is the proof
    public Optional<Kiosk> open(String credential, String centerCode) {
        return authenticate(credential).filter(kiosk -> kiosk.center().code().equals(centerCode));
    }

    /** The registered, validly configured kiosk (or integration) a credential proves, wherever it is. */
    @PermitAll // the kiosk credential is the proof
    public Optional<Kiosk> authenticate(String credential) {
        return devices.verify(credential).flatMap(registry::kiosk)
                .flatMap(config -> catalog.centerByCode(config.centerCode()).map(center -> new Kiosk(config, center,
                        shown(config, catalog.servicesAt(center.id())))));
    }

    /**
     * Binds a screen at a center's kiosk address to the kiosk a registration code was made for
     * (see {@link KioskDevices#register}); the credential returned is for the screen to keep. A
     * code made for another center's kiosk is not spent here. In the demo, a demo kiosk's secret
     * serves as its code.
     */
    @PermitAll // the code is the proof
    @Transactional
    public Optional<String> register(String centerCode, String code) {
        Optional<String> demo = devices.demoCredential(code).filter(credential -> open(credential, centerCode).isPresent());
        if (demo.isPresent()) {
            return demo;
        }
        boolean here = devices.kioskOfCode(code).flatMap(registry::kiosk)
                .filter(config -> config.centerCode().equals(centerCode)).isPresent();
        return here ? devices.register(code) : Optional.empty();
    }

    /**
     * The kiosk's services that an open counter serves now; for the others, the kiosk says that
     * nobody serves them yet instead of promising a wait.
     */
    @PermitAll // only which services are served: the kiosk showed them already
    public Set<Long> servedNow(Kiosk kiosk) {
        return presence.servedNow(kiosk.center().id());
    }

    /** Issues a ticket at a kiosk; a credential that no longer opens the kiosk issues nothing. */
    @PermitAll // the kiosk credential is the proof
    public IssueResult issue(String credential, String centerCode, long serviceId, PriorityClass priority,
            HubLanguage language, String interactionKey) {
        return offering(credential, centerCode, serviceId).<IssueResult>map(kiosk -> dayOver(kiosk, serviceId)
                ? new IssueResult.DayOver() : tickets.issue(kiosk.center().id(), serviceId, priority, language, interactionKey,
                        limitOf(kiosk))).orElseGet(IssueResult.ServiceNotOffered::new);
    }

    /**
     * Issues a ticket for an integration's request, once per idempotency key of this credential's
     * kiosk (see {@link Tickets#issueForRequest}), within the kiosk's rate limit.
     */
    @PermitAll // the kiosk credential is the proof
    public IssueResult issueForRequest(String credential, String centerCode, long serviceId, PriorityClass priority,
            HubLanguage language, String idempotencyKey) {
        return offering(credential, centerCode, serviceId).<IssueResult>map(kiosk -> dayOver(kiosk, serviceId)
                ? new IssueResult.DayOver() : tickets.issueForRequest(kiosk.center().id(), serviceId, priority, language,
                        new RequestKey(kiosk.config().kioskId(), idempotencyKey), limitOf(kiosk)))
                .orElseGet(IssueResult.ServiceNotOffered::new);
    }

    /**
     * Checks in a booking by the code typed or scanned at this kiosk, for this kiosk's center only.
     * A kiosk may get {@value #WRONG_CODES_PER_MINUTE} codes a minute that check nothing in (on this
     * node): enough for people's typing mistakes, far too few for a script with a leaked kiosk
     * secret to find other people's codes among a million.
     */
    @PermitAll // the kiosk credential is the proof
    public CheckInResult checkIn(String credential, String centerCode, String code) {
        return counted(credential, centerCode, kiosk -> bookings.checkInByCode(kiosk.center().id(), code));
    }

    /**
     * Checks in the booking whose QR code was shown to this kiosk's camera (its page's address, or
     * the bare signed link); a booking of another center is not this kiosk's to check in. Counted
     * with the wrong codes.
     */
    @PermitAll // the kiosk credential is the proof
    public CheckInResult checkInScanned(String credential, String centerCode, String scanned) {
        int at = scanned.lastIndexOf("/b/");
        String link = at < 0 ? scanned.strip() : scanned.substring(at + 3).strip();
        return counted(credential, centerCode, kiosk -> bookings.byLink(link).filter(b -> b.centerId() == kiosk.center().id())
                .isPresent() ? bookings.checkInByLink(link) : new CheckInResult.NotFound());
    }

    /**
     * A check-in at a kiosk within the kiosk's budget of attempts: every attempt takes one, a
     * check-in that succeeds gives it back. Too early, too late and unknown all count, so that
     * codes cannot be probed for the ones that exist.
     */
    private CheckInResult counted(String credential, String centerCode, Function<Kiosk, CheckInResult> checkIn) {
        Optional<Kiosk> kiosk = open(credential, centerCode);
        if (kiosk.isEmpty()) {
            return new CheckInResult.NotFound();
        }
        String kioskId = kiosk.get().config().kioskId();
        if (!attempts.take(kioskId)) {
            return new CheckInResult.NotFound();
        }
        CheckInResult result = checkIn.apply(kiosk.get());
        if (result instanceof CheckInResult.CheckedIn) {
            attempts.giveBack(kioskId);
        }
        return result;
    }

    /** Where the service's day stands at the kiosk's center (see {@link ServiceDays}). */
    @PermitAll // what the kiosk shows: public
    public DayState dayOf(Kiosk kiosk, long serviceId) {
        return serviceDays.of(kiosk.center().id(), serviceId);
    }

    /** The first free time from tomorrow, offered when the service's day is over. */
    @PermitAll // free times are public
    public Optional<FreeSlot> nextFree(Kiosk kiosk, long serviceId) {
        return serviceDays.nextFree(kiosk.center().id(), serviceId);
    }

    /** Why the kiosk's center is closed today, when a holiday closes it. */
    @PermitAll // a holiday is public
    public Optional<String> holidayToday(Kiosk kiosk) {
        return serviceDays.holidayToday(kiosk.center().id());
    }

    /**
     * Books, for the person at the kiosk, a time the kiosk offered when the service's day was over.
     * The kiosk books as an integration does: in its own name, with no number and no address kept.
     */
    @PermitAll // the kiosk credential is the proof
    public BookResult book(String credential, String centerCode, long serviceId, FreeSlot slot, HubLanguage language) {
        return offering(credential, centerCode, serviceId).<BookResult>map(kiosk -> bookings.book(new BookingRequest(
                kiosk.center().id(), serviceId, slot.day(), slot.start(), language, PriorityClass.STANDARD, null, false, null,
                BookingChannel.API, kiosk.config().kioskId(), null))).orElseGet(BookResult.ServiceNotOffered::new);
    }

    private boolean dayOver(Kiosk kiosk, long serviceId) {
        return !(serviceDays.of(kiosk.center().id(), serviceId) instanceof DayState.Open);
    }

    /** The kiosk the credential opens at this center, if it shows this service. */
    private Optional<Kiosk> offering(String credential, String centerCode, long serviceId) {
        return open(credential, centerCode).filter(kiosk -> kiosk.services().stream().anyMatch(s -> s.id() == serviceId));
    }

    private static KioskLimit limitOf(Kiosk kiosk) {
        return new KioskLimit(kiosk.config().kioskId(), kiosk.config().ticketsPerMinute());
    }

    private static List<SocialService> shown(KioskConfig config, List<SocialService> offered) {
        if (config.services().isEmpty()) {
            return offered;
        }
        return offered.stream().filter(s -> config.services().contains(s.letter()))
                .sorted(Comparator.comparingInt(s -> config.services().indexOf(s.letter()))).toList();
    }
}
