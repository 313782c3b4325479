package ma.socialhub.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.time.Instant;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.PublicAddress;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.intake.PhoneNumber;
import ma.socialhub.referral.Referrals;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's yes and no to text messages about their ticket. The ticket's signed link is the
 * authority (whoever holds the ticket may ask for messages about it, on the kiosk right after
 * taking it or on its phone page); at the counter, an agent of the ticket's center. A number may
 * follow only a few tickets a day, so that a script holding tickets cannot turn the hub against
 * someone's phone.
 */
@Service
public class Messages {

    private static final SecureRandom TOKENS = new SecureRandom();

    private final Tickets tickets;
    private final SubscriptionStore subscriptions;
    private final Outbox outbox;
    private final PersonalDataCipher cipher;
    private final PublicAddress address;
    private final Catalog catalog;
    private final TurnNear turnNear;
    private final StaffDirectory staff;
    private final Clock clock;
    private final int perNumber;
    private final SettingsStore settingsStore;
    private final Referrals referrals;

    Messages(Tickets tickets, SubscriptionStore subscriptions, Outbox outbox, PersonalDataCipher cipher, PublicAddress address,
            Catalog catalog, TurnNear turnNear, StaffDirectory staff, Clock clock,
            @Value("${hub.messages.tickets-per-number:3}") int perNumber, SettingsStore settingsStore, Referrals referrals) {
        this.referrals = referrals;
        this.settingsStore = settingsStore;
        this.tickets = tickets;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.cipher = cipher;
        this.address = address;
        this.catalog = catalog;
        this.turnNear = turnNear;
        this.staff = staff;
        this.clock = clock;
        this.perNumber = perNumber;
    }

    /**
     * "Send me an SMS when my turn is near", from whoever holds the ticket's link. Said when the
     * turn is already near, it means the call itself: the person has just seen how near it is.
     */
    @Transactional
    @PermitAll // the signed link is the authority
    public SubscribeResult subscribe(String ticketLink, String typedNumber, SubscriptionSource source) {
        Optional<Ticket> ticket = tickets.byLink(ticketLink);
        if (ticket.isEmpty()) {
            return new SubscribeResult.NotWaiting();
        }
        return subscribe(ticket.get(), typedNumber, source);
    }

    /** The same yes, given at the counter for the person being served or waiting there. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public SubscribeResult subscribeAtCounter(long ticketId, String typedNumber) {
        Ticket ticket = tickets.byId(ticketId).orElseThrow(() -> new AccessDeniedException("No such ticket"));
        Long agentCenter = staff.current().map(StaffMember::centerId).orElse(null);
        if (agentCenter == null || agentCenter != ticket.centerId()) {
            throw new AccessDeniedException("A ticket of another center");
        }
        return subscribe(ticket, typedNumber, SubscriptionSource.COUNTER);
    }

    private SubscribeResult subscribe(Ticket ticket, String typedNumber, SubscriptionSource source) {
        if (ticket.state() != TicketState.WAITING) {
            return new SubscribeResult.NotWaiting();
        }
        Optional<PhoneNumber> number = PhoneNumber.parse(typedNumber).filter(Messages::mobile);
        if (number.isEmpty()) {
            return new SubscribeResult.PhoneInvalid();
        }
        String hash = cipher.lookupHash("message-phone|" + number.get().e164());
        subscriptions.lock(hash);
        if (subscriptions.tickets(hash, ticket.day(), ticket.id()) >= perNumber) {
            return new SubscribeResult.TooManyForNumber(perNumber);
        }
        Instant now = clock.instant();
        // kept for the ticket's day and the feedback after it, then erased
        Instant forgetAfter = ticket.day().plusDays(2).atStartOfDay(catalog.zoneOf(ticket.centerId())).toInstant();
        Subscription subscription = subscriptions.forTicket(ticket.centerId(), ticket.id(), ticket.day(),
                cipher.encrypt(number.get().e164()), hash, ticket.language(), pageLink(address), source,
                turnNear.isNear(ticket), now, forgetAfter);
        return new SubscribeResult.Subscribed(number.get().masked());
    }

    /** The number messages about this ticket go to, masked; empty when none or stopped. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<String> followedBy(String ticketLink) {
        return tickets.byLink(ticketLink).flatMap(t -> subscriptions.ofTicket(t.id()))
                .filter(s -> !s.stopped() && s.hasNumber())
                .flatMap(s -> Optional.ofNullable(subscriptions.phoneOf(s.id())))
                .flatMap(enc -> PhoneNumber.parse(cipher.decrypt(enc))).map(PhoneNumber::masked);
    }

    /** "No more messages": from the link any message carries. */
    @Transactional
    @PermitAll
    public boolean stop(String ticketLink) {
        return tickets.byLink(ticketLink).flatMap(t -> subscriptions.ofTicket(t.id()))
                .map(s -> subscriptions.stop(s.id(), clock.instant())).orElse(false);
    }

    /**
     * The person saw the call on their phone page: the SMS that would have told them is not sent.
     * Harmless from anyone else: it only spares a message.
     */
    @Transactional
    @PermitAll
    public void callSeen(String ticketLink) {
        tickets.byLink(ticketLink).filter(t -> t.state().atCounter())
                .ifPresent(t -> outbox.cancel(TurnNear.calledKey(t), "seen on the phone page"));
    }

    /**
     * A new page link: 128 random bits, so that a link cannot be guessed, and not the ticket's
     * signed link, so that it can end (with the number) and open a page that says less.
     */
    static SubscriptionStore.PageLink pageLink(PublicAddress address) {
        byte[] bits = new byte[16];
        TOKENS.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        return new SubscriptionStore.PageLink(token, address.of("/m/" + token));
    }

    /** What a message's link opens; empty alike for unknown, made-up and expired links. */
    @Transactional(readOnly = true)
    @PermitAll // the unguessable token is the authority
    public Optional<MessageLink> openLink(String token) {
        if (!token.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        return subscriptions.byToken(token, clock.instant()).map(row -> new MessageLink(row.centerId(),
                row.ticketId() == null ? null : tickets.byId(row.ticketId()).map(tickets::linkOf).orElse(null),
                row.referralId() == null ? null : referrals.forPerson(row.referralId()).orElse(null),
                row.day(), row.language(), row.stopped()));
    }

    /**
     * The name a center goes by in messages and on the pages they link to: its neutral name where an
     * administrator gave one (its own would tell whom it serves), else its name.
     */
    @Transactional(readOnly = true)
    @PermitAll // public catalogue data
    public String centerName(long centerId, HubLanguage language) {
        return settingsStore.smsName(centerId)
                .orElseGet(() -> catalog.center(centerId).map(c -> c.name().in(language)).orElse(""));
    }

    /** "No more messages", from a message's link. */
    @Transactional
    @PermitAll // the unguessable token is the authority
    public boolean stopByToken(String token) {
        return token.matches("[A-Za-z0-9_-]{22}") && subscriptions.byToken(token, clock.instant())
                .map(row -> subscriptions.stop(row.id(), clock.instant())).orElse(false);
    }

    /** Whether the hub has a way to send messages: without one, nobody is offered them. */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean offered() {
        return settingsStore.read().gateway().kind() != GatewaySettings.Kind.NONE;
    }

    /** Whether {@code typed} is a Moroccan mobile number, the only kind messages go to (checked before anything is done). */
    public static boolean isMobile(String typed) {
        return PhoneNumber.parse(typed).filter(Messages::mobile).isPresent();
    }

    static boolean mobile(PhoneNumber number) {
        return number.mobile();
    }

    static Duration calledDelay() {
        return Duration.ofSeconds(20);
    }
}
