package ma.socialhub.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.ticketing.QueueChanged;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.ticketing.WaitEstimate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns queue changes into messages, inside the transaction of the change (the event is published
 * there): a message exists if and only if the call that caused it committed. "Turn is near" goes
 * once per ticket, at the service's number of people ahead or minutes left, whichever comes first;
 * "called" goes a little later and only if the phone page did not show the call meanwhile; the
 * feedback link goes after the visit.
 */
@Component
class TurnNear {

    /** Long enough to leave the counter; the person still remembers the visit. */
    static final Duration FEEDBACK_AFTER = Duration.ofMinutes(5);

    /** The query the feedback message's link carries: the answer came by SMS. */
    static final String FROM_SMS = "sms";

    private final SubscriptionStore subscriptions;
    private final SettingsStore settings;
    private final Outbox outbox;
    private final Tickets tickets;
    private final Catalog catalog;
    private final Clock clock;

    TurnNear(SubscriptionStore subscriptions, SettingsStore settings, Outbox outbox, Tickets tickets, Catalog catalog,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.outbox = outbox;
        this.tickets = tickets;
        this.catalog = catalog;
        this.clock = clock;
    }

    static String calledKey(Ticket ticket) {
        return "CALLED:" + ticket.id();
    }

    @EventListener
    void on(QueueChanged change) {
        switch (change.kind()) {
            case CALLED -> {
                ticketSubscription(change.ticketId()).ifPresent(this::called);
                nearAt(change.centerId());
            }
            case TRANSFERRED, NO_SHOW -> {
                // the call is over either way: its SMS, if still waiting, would send the person to a counter for nothing
                outbox.cancel("CALLED:" + change.ticketId(), "call over");
                nearAt(change.centerId());
            }
            case COUNTER_CHANGED -> nearAt(change.centerId());
            case STARTED -> outbox.cancel("CALLED:" + change.ticketId(), "at the counter");
            case FINISHED -> {
                outbox.cancel("CALLED:" + change.ticketId(), "at the counter");
                ticketSubscription(change.ticketId()).ifPresent(this::finished);
            }
            default -> {
            }
        }
    }

    /** Whether the ticket is already as near its turn as the message would say. */
    boolean isNear(Ticket ticket) {
        return isNear(ticket, settings.read());
    }

    private boolean isNear(Ticket ticket, MessageSettings defaults) {
        NearRule rule = settings.nearRule(ticket.serviceId(), defaults);
        if (ticket.dueAt() != null) {
            return !ticket.dueAt().isAfter(clock.instant().plus(Duration.ofMinutes(rule.minutes())));
        }
        int ahead = tickets.peopleAhead(ticket);
        WaitEstimate estimate = tickets.estimate(ticket);
        return ahead <= rule.ahead() || estimate instanceof WaitEstimate.Range range && range.toMinutes() <= rule.minutes();
    }

    private void nearAt(long centerId) {
        catalog.center(centerId).ifPresent(center -> {
            List<Subscription> awaiting = subscriptions.awaitingNear(centerId, LocalDate.now(clock.withZone(center.timeZone())));
            // read once per call, and only when someone waits for the message
            MessageSettings defaults = awaiting.isEmpty() ? null : settings.read();
            for (Subscription s : awaiting) {
                Optional<Ticket> ticket = tickets.byId(s.ticketId());
                if (ticket.isEmpty() || ticket.get().state() != TicketState.WAITING) {
                    subscriptions.nearDone(s.id());
                } else if (isNear(ticket.get(), defaults)) {
                    Ticket t = ticket.get();
                    outbox.add(s, MessageKind.NEAR, "NEAR:" + t.id(),
                            Map.of("number", t.number().toString(), "ahead", tickets.peopleAhead(t)), clock.instant());
                    subscriptions.nearDone(s.id());
                }
            }
        });
    }

    private void called(Subscription s) {
        tickets.byId(s.ticketId()).filter(t -> t.counterId() != null).ifPresent(t -> {
            String counter = catalog.counter(t.counterId()).map(c -> c.label()).orElse("");
            Instant due = clock.instant().plus(Messages.calledDelay());
            outbox.add(s, MessageKind.CALLED, calledKey(t), Map.of("number", t.number().toString(), "counter", counter), due);
            subscriptions.nearDone(s.id());
        });
    }

    private void finished(Subscription s) {
        tickets.byId(s.ticketId()).ifPresent(t -> outbox.add(s, MessageKind.FEEDBACK, "FEEDBACK:" + t.id(),
                Map.of("number", t.number().toString(), "link", s.pageUrl() + "?" + FROM_SMS), clock.instant().plus(FEEDBACK_AFTER)));
    }

    private Optional<Subscription> ticketSubscription(long ticketId) {
        return subscriptions.ofTicket(ticketId).filter(s -> !s.stopped() && s.hasNumber());
    }
}
