package ma.socialhub.phone.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.LanguageDirection;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.base.ui.WhileAttached;
import ma.socialhub.booking.ServiceDays;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.feedback.FeedbackChannel;
import ma.socialhub.feedback.FeedbackState;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.messaging.Messages;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.WaitEstimate;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.ticketing.ui.DueTime;
import ma.socialhub.ticketing.ui.WaitEstimateLabel;
import org.jspecify.annotations.Nullable;

/**
 * The ticket on the citizen's phone, opened from its QR code: number, service, state, people
 * ahead and estimated wait, kept live by push as the queue moves. Public, and so holds nothing
 * personal. Unknown, altered and forged links all get the same neutral page.
 */
@Route("t/:link")
@AnonymousAllowed
public class TicketPhoneView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Tickets tickets;
    private final Catalog catalog;
    private final QueueUpdates updates;
    private final ServiceDays serviceDays;
    private final Clock clock;
    private final Messages messages;
    private final Feedbacks feedbacks;
    private @Nullable Ticket ticket;
    private @Nullable List<Object> shownKey;
    private @Nullable Span aheadShown;
    private @Nullable WaitEstimateLabel estimateShown;
    private String link = "";
    private FeedbackChannel channel = FeedbackChannel.PHONE;
    private boolean callSeen;
    private @Nullable SmsFollow sms;
    private @Nullable TicketState smsState;
    private @Nullable FeedbackForm feedback;

    public TicketPhoneView(Tickets tickets, Catalog catalog, QueueUpdates updates, ServiceDays serviceDays, Clock clock,
            Messages messages, Feedbacks feedbacks) {
        this.messages = messages;
        this.feedbacks = feedbacks;
        this.clock = clock;
        this.serviceDays = serviceDays;
        this.tickets = tickets;
        this.catalog = catalog;
        this.updates = updates;
        addClassName("phone-view");
        WhileAttached.subscribe(this, ui -> {
            Ticket shown = ticket;
            return shown == null ? null
                    : updates.subscribe(shown.centerId(), change -> ui.access(this::refresh));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event, event.getRouteParameters().get("link").orElse(""));
    }

    /** Shows the ticket of {@code ticketLink} (a signed link; anything else shows "not found"). */
    protected void show(BeforeEnterEvent event, String ticketLink) {
        link = ticketLink;
        // the feedback message's link says it came by SMS
        channel = event.getLocation().getQueryParameters().getParameters().containsKey("sms")
                ? FeedbackChannel.SMS : FeedbackChannel.PHONE;
        ticket = tickets.byLink(link).orElse(null);
        Ticket found = ticket;
        if (found != null && !LanguageSwitcher.chosenInThisSession()) {
            HubLanguage.ofTag(found.language()).ifPresent(language -> {
                event.getUI().setLocale(language.locale());
                LanguageDirection.apply(event.getUI());
            });
        }
        render(found, found == null ? null : tickets.follow(found).map(TicketPhoneView::keyOf).orElse(null));
    }

    /** Whether the page leaves out what would tell a reader of the person's phone why they came (the service). */
    protected boolean discreet() {
        return false;
    }

    /** The name the page gives the center. */
    protected String centerName(long centerId, HubLanguage language) {
        return catalog.center(centerId).map(c -> c.name().in(language)).orElse("");
    }

    /**
     * Re-reads the ticket: its state and place change as counters call. Drawn again only when what
     * the page shows changed — most of a center's events are other people's tickets, and a page
     * drawn again costs its phone about 8 KB of prepaid data; one that did not change costs nothing.
     */
    void refresh() {
        Ticket shown = ticket;
        if (shown != null) {
            // from the read of the center that every screen of it on this node shares
            Optional<Tickets.Followed> followed = tickets.follow(shown);
            ticket = followed.map(Tickets.Followed::ticket).orElse(null);
            List<Object> key = followed.map(TicketPhoneView::keyOf).orElse(null);
            if (Objects.equals(shownKey, key)) {
                return;
            }
            Span ahead = aheadShown;
            WaitEstimateLabel estimate = estimateShown;
            if (key != null && shownKey != null && key.size() == 3 && shownKey.size() == 3 && key.get(0).equals(shownKey.get(0))
                    && ahead != null && estimate != null) {
                // still waiting, only the place moved: two texts change, the page stays (well under 1 KB)
                ahead.setText(aheadText((Integer) key.get(1)));
                estimate.show((WaitEstimate) key.get(2));
                shownKey = key;
                return;
            }
            render(ticket, key);
        }
    }

    private String aheadText(int ahead) {
        return ahead == 0 ? getTranslation("kiosk.ticket.nobodyAhead") : getTranslation("kiosk.ticket.peopleAhead", Map.of("count", ahead));
    }

    /** What the page shows of a ticket: the ticket, and while it waits its place and estimate. */
    private static List<Object> keyOf(Tickets.Followed f) {
        Ticket t = f.ticket();
        return t.state() == TicketState.WAITING && t.dueAt() == null ? Arrays.asList(t, f.ahead(), f.estimate()) : Arrays.asList(t);
    }

    private void render(@Nullable Ticket shown, @Nullable List<Object> key) {
        shownKey = key;
        aheadShown = null;
        estimateShown = null;
        removeAll();
        add(new LanguageSwitcher());
        if (shown == null) {
            add(new H1(getTranslation("phone.notFound.title")), new Paragraph(getTranslation("phone.notFound.text")));
            return;
        }
        HubLanguage language = HubLanguage.orDefault(getLocale());
        serviceDays.holidayToday(shown.centerId()).ifPresent(reason -> {
            Paragraph closed = new Paragraph(getTranslation("booking.closedToday", Map.of("reason", reason)));
            closed.addClassName("phone-closed-today");
            add(closed);
        });
        Span center = new Span(centerName(shown.centerId(), language));
        center.addClassName("phone-center");
        add(center);
        Isolated number = new Isolated(shown.number().toString());
        number.addClassName("phone-number");
        add(number);
        if (!discreet()) {
            Span service = new Span(catalog.service(shown.serviceId()).map(s -> s.name().in(language)).orElse(""));
            service.addClassName("phone-service");
            add(service);
        }
        Span state = new Span(getTranslation("ticket.state." + shown.state().name()));
        state.addClassName("phone-state");
        state.addClassName("state-" + shown.state().name().toLowerCase());
        add(state);
        catalog.center(shown.centerId()).filter(c -> shown.state() == TicketState.WAITING
                && shown.day().isAfter(LocalDate.now(clock.withZone(c.timeZone())))).ifPresent(c -> {
            // carried from a closed day: the number is the new day's, the place first in line
            Paragraph carried = new Paragraph(getTranslation("phone.carried", Map.of("day",
                    DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale()).format(shown.day()))));
            carried.addClassName("phone-carried");
            add(carried);
        });
        if (shown.state() == TicketState.WAITING && shown.dueAt() != null) {
            catalog.center(shown.centerId()).ifPresent(c -> add(DueTime.of(shown.dueAt(), c.timeZone())));
        } else if (shown.state() == TicketState.WAITING && shownKey != null) {
            Span ahead = new Span(aheadText((Integer) shownKey.get(1)));
            ahead.addClassName("phone-ahead");
            WaitEstimateLabel estimate = new WaitEstimateLabel((WaitEstimate) shownKey.get(2));
            aheadShown = ahead;
            estimateShown = estimate;
            add(ahead, estimate);
        } else if (shown.sentHomeAtDayEnd()) {
            Paragraph ended = new Paragraph(getTranslation("phone.dayEnded"));
            ended.addClassName("phone-day-ended");
            add(ended);
        } else if (shown.state() == TicketState.CALLED && shown.counterId() != null) {
            catalog.counter(shown.counterId()).ifPresent(counter -> {
                Span goTo = new Span(getTranslation("phone.goToCounter", Map.of("counter", counter.label())));
                goTo.addClassName("phone-go-to");
                add(goTo);
            });
        }
        if (shown.state() == TicketState.CALLED && !callSeen) {
            // seen here: the SMS that would tell the same is not sent
            callSeen = true;
            messages.callSeen(link);
        }
        // the same sections across the re-renders of each queue change: what is typed stays
        if (sms == null || smsState != shown.state()) {
            sms = new SmsFollow(messages, link, shown.state() == TicketState.WAITING);
            smsState = shown.state();
        }
        add(sms);
        if (shown.state() == TicketState.DONE) {
            FeedbackState rated = feedbacks.stateOf(link);
            if (rated instanceof FeedbackState.Open && feedback == null) {
                feedback = new FeedbackForm(feedbacks, link, channel);
            }
            if (feedback != null) {
                add(feedback); // the form, or its own thanks once sent
            } else if (rated instanceof FeedbackState.Given) {
                Paragraph given = new Paragraph(getTranslation("feedback.given"));
                given.addClassName("feedback-answer");
                add(given);
            }
        }
        Paragraph live = new Paragraph(getTranslation("phone.live"));
        live.addClassName("phone-live");
        add(live);
        // next time, a booked time instead of the wait (not on the discreet page: the booking page
        // names the center by its own name, and its address by its code)
        catalog.center(shown.centerId()).filter(c -> !discreet()).ifPresent(c -> {
            Anchor book = new Anchor("/book/" + c.code(), getTranslation("phone.bookNextTime"));
            book.addClassName("phone-book");
            add(book);
        });
    }

    @Override
    public String getPageTitle() {
        Ticket shown = ticket;
        return shown == null ? getTranslation("phone.title") : shown.number() + " · " + getTranslation("phone.title");
    }
}
