package ma.socialhub.booking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.LanguageDirection;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.BookingState;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.CheckInResult;
import ma.socialhub.booking.FreeSlot;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;

/**
 * A booking's own page, opened from its QR code or link: "I have arrived" within the check-in
 * window (the booking becomes a ticket and the ticket's page opens), another time, cancelling, and
 * the waitlist — asking for an earlier time and taking one when it frees. Public, and so it holds
 * nothing personal; unknown, altered and forged links all get the same neutral page.
 */
@Route("b/:link")
@AnonymousAllowed
public class BookingPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Bookings bookings;
    private final Tickets tickets;
    private final Catalog catalog;
    private final BookingCard.Factory cards;
    private final Clock clock;
    private String link = "";
    private @Nullable Booking booking;

    public BookingPageView(Bookings bookings, Tickets tickets, Catalog catalog, BookingCard.Factory cards, Clock clock) {
        this.bookings = bookings;
        this.tickets = tickets;
        this.catalog = catalog;
        this.cards = cards;
        this.clock = clock;
        addClassName("booking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        link = event.getRouteParameters().get("link").orElse("");
        booking = bookings.byLink(link).orElse(null);
        Booking found = booking;
        if (found != null && !LanguageSwitcher.chosenInThisSession()) {
            HubLanguage.ofTag(found.language()).ifPresent(language -> {
                event.getUI().setLocale(language.locale());
                LanguageDirection.apply(event.getUI());
            });
        }
        render();
    }

    private void render() {
        removeAll();
        add(new LanguageSwitcher());
        Booking shown = booking;
        Optional<Center> center = shown == null ? Optional.empty() : catalog.center(shown.centerId());
        Optional<SocialService> service = shown == null ? Optional.empty() : catalog.service(shown.serviceId());
        if (shown == null || center.isEmpty() || service.isEmpty()) {
            add(new H1(getTranslation("booking.notFound.title")), new Paragraph(getTranslation("booking.notFound.text")));
            return;
        }
        add(new H1(getTranslation("booking.mine")));
        Paragraph state = new Paragraph(getTranslation("booking.state." + shown.state().name()));
        state.addClassName("booking-state");
        state.addClassName("state-" + shown.state().name().toLowerCase());
        add(state, cards.create(shown, link, center.get(), service.get()));
        switch (shown.state()) {
            case BOOKED -> actions(shown, center.get(), service.get());
            case CHECKED_IN -> ticketLink(shown);
            case NO_SHOW, CANCELLED -> add(new Anchor("/book/" + center.get().code(), getTranslation("booking.bookAgain")));
        }
    }

    private void actions(Booking shown, Center center, SocialService service) {
        Instant now = clock.instant();
        Div actions = new Div();
        actions.addClassName("booking-actions");
        if (!now.isBefore(shown.checkInFrom()) && !now.isAfter(shown.checkInUntil())) {
            Button arrived = new Button(getTranslation("booking.arrived"), e -> checkIn());
            arrived.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            arrived.addClassName("booking-arrived");
            arrived.setDisableOnClick(true);
            actions.add(arrived);
        }
        Checkbox earlier = new Checkbox(getTranslation("booking.wantsEarlier"), shown.wantsEarlier());
        earlier.addClassName("booking-wants-earlier");
        earlier.addValueChangeListener(e -> {
            booking = bookings.wantEarlier(link, e.getValue()).orElse(booking);
            render();
        });
        actions.add(earlier);
        if (shown.wantsEarlier()) {
            bookings.earlierFree(shown).ifPresent(free -> actions.add(earlierOffer(free)));
        }
        Button move = new Button(getTranslation("booking.move"), e -> showMove(center, service));
        move.addClassName("booking-move");
        Button cancel = new Button(getTranslation("booking.cancel"), e -> confirmCancel());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClassName("booking-cancel");
        actions.add(move, cancel);
        if (shown.reminders()) {
            // every reminder carries this page's link: this is how a person says stop
            Button stop = new Button(getTranslation("booking.stopSms"), e -> {
                booking = bookings.stopReminders(link).orElse(booking);
                Notification.show(getTranslation("booking.smsStopped"), 4000, Notification.Position.MIDDLE);
                render();
            });
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            stop.addClassName("booking-stop-sms");
            stop.setDisableOnClick(true);
            actions.add(stop);
        }
        add(actions);
    }

    /** The waitlist's offer: an earlier time is free now; first to take it gets it. */
    private Div earlierOffer(FreeSlot free) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Paragraph text = new Paragraph(getTranslation("booking.earlierFree", Map.of("when",
                BookingTexts.day(free.day(), language) + " · " + BookingTexts.time(free.start()))));
        Button take = new Button(getTranslation("booking.takeEarlier"), e -> moveTo(free));
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.addClassName("booking-take-earlier");
        take.setDisableOnClick(true);
        Div offer = new Div(text, take);
        offer.addClassName("booking-earlier-offer");
        return offer;
    }

    private void showMove(Center center, SocialService service) {
        removeAll();
        add(new LanguageSwitcher(), new H1(getTranslation("booking.move")),
                new SlotPicker(bookings, center.id(), service.id(), this::moveTo));
        Button back = new Button(getTranslation("booking.back"), e -> render());
        back.addClassName("booking-back");
        add(back);
    }

    private void moveTo(FreeSlot slot) {
        BookResult result = bookings.move(link, slot.day(), slot.start());
        switch (result) {
            case BookResult.Booked moved -> {
                booking = moved.booking();
                notice("booking.moved");
            }
            case BookResult.SlotFull full -> notice("booking.error.slotFull");
            case BookResult.NotChangeable stuck -> notice("booking.error.notChangeable");
            default -> notice("booking.error.notBookable");
        }
        booking = bookings.byLink(link).orElse(null);
        render();
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("booking.cancel"), getTranslation("booking.cancelConfirm"),
                getTranslation("booking.cancelYes"), e -> {
                    bookings.cancel(link);
                    booking = bookings.byLink(link).orElse(null);
                    render();
                });
        dialog.addClassName("booking-cancel-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("booking.back"));
        dialog.open();
    }

    private void checkIn() {
        switch (bookings.checkInByLink(link)) {
            case CheckInResult.CheckedIn in ->
                    // the ticket's page is no Vaadin view (ADR 0028): the browser goes there
                    UI.getCurrent().getPage().setLocation("/t/" + tickets.linkOf(in.ticket()));
            case CheckInResult.TooEarly early -> notice("booking.error.tooEarly");
            case CheckInResult.TooLate late -> notice("booking.error.tooLate");
            default -> notice("booking.error.notChangeable");
        }
        booking = bookings.byLink(link).orElse(null);
        if (booking == null || booking.state() != BookingState.CHECKED_IN) {
            render();
        }
    }

    private void ticketLink(Booking shown) {
        Long ticketId = shown.ticketId();
        if (ticketId != null) {
            tickets.byId(ticketId).ifPresent(t -> add(new Anchor("/t/" + tickets.linkOf(t), getTranslation("booking.openTicket"))));
        }
    }

    private void notice(String key) {
        Notification note = Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE);
        note.addClassName("booking-notice");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.mine");
    }
}
