package ma.socialhub.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.CenterNotFound;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.base.ui.Pictograms;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.FreeSlot;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.schedule.OpeningHours;
import ma.socialhub.ticketing.PriorityClass;
import org.jspecify.annotations.Nullable;

/**
 * The public booking page of a center, reached from its QR poster, the ticket's phone page or a
 * link: a service, a day, a time, then an optional phone number for a reminder (kept only with
 * consent), and the booking — its code for the kiosk and the link through which it can be moved or
 * cancelled. No account, nothing personal asked; the limits per number and per address stop
 * scripts from taking every time (see {@link Bookings}).
 */
@Route("book/:center")
@AnonymousAllowed
public class BookingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Bookings bookings;
    private final Catalog catalog;
    private final OpeningHours hours;
    private final BookingCard.Factory cards;
    private final Clock clock;
    private final Div step = new Div();
    private @Nullable Center center;

    public BookingView(Bookings bookings, Catalog catalog, OpeningHours hours, BookingCard.Factory cards, Clock clock) {
        this.clock = clock;
        this.bookings = bookings;
        this.catalog = catalog;
        this.hours = hours;
        this.cards = cards;
        addClassName("booking-view");
        step.addClassName("booking-step");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("center").orElse("");
        removeAll();
        center = catalog.centerByCode(code).orElse(null);
        Center here = center;
        if (here == null) {
            add(new CenterNotFound(code));
            return;
        }
        H1 title = new H1(getTranslation("booking.title"));
        Paragraph name = new Paragraph(here.name().in(language()));
        name.addClassName("booking-center");
        add(new LanguageSwitcher(), title, name);
        // a holiday closes the center today; later days can still be booked
        hours.closedFor(here.id(), LocalDate.now(clock.withZone(here.timeZone()))).ifPresent(reason -> {
            Paragraph closed = new Paragraph(getTranslation("booking.closedToday", Map.of("reason", reason)));
            closed.addClassName("booking-closed-today");
            add(closed);
        });
        add(step);
        showServices();
    }

    /** Step 1: the services of the center. */
    void showServices() {
        Center here = here();
        step.removeAll();
        step.add(new H2(getTranslation("booking.chooseService")));
        Div choices = new Div();
        choices.addClassName("booking-choices");
        for (SocialService service : catalog.servicesAt(here.id())) {
            Button button = new Button(service.name().in(language()), Pictograms.of(service.pictogram()), e -> showSlots(service));
            button.addClassName("service-choice");
            choices.add(button);
        }
        step.add(choices);
    }

    /** Step 2 and 3: a day and a time. */
    private void showSlots(SocialService service) {
        step.removeAll();
        step.add(new Paragraph(service.name().in(language())),
                new SlotPicker(bookings, here().id(), service.id(), slot -> showDetails(service, slot)), back(this::showServices));
    }

    /** Step 4: what is about to be booked, an optional number for a reminder, and the booking. */
    private void showDetails(SocialService service, FreeSlot slot) {
        step.removeAll();
        step.add(new H2(getTranslation("booking.confirmTitle")), summary(service, slot));
        TextField phone = new TextField(getTranslation("booking.phone"));
        phone.setHelperText(getTranslation("booking.phoneHelp"));
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.getElement().setAttribute("dir", "ltr");
        phone.setMaxLength(30);
        phone.addClassName("booking-phone");
        Checkbox consent = new Checkbox(getTranslation("booking.consent"));
        consent.addClassName("booking-consent");
        Checkbox priority = new Checkbox(getTranslation("booking.priority"));
        priority.addClassName("booking-priority");
        Button confirm = new Button(getTranslation("booking.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("booking-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            book(service, slot, phone, consent, priority.getValue());
            confirm.setEnabled(true);
        });
        step.add(phone, consent, priority, confirm, back(() -> showSlots(service)));
    }

    private void book(SocialService service, FreeSlot slot, TextField phone, Checkbox consent, boolean priority) {
        phone.setInvalid(false);
        BookResult result = bookings.book(BookingRequest.publicPage(here().id(), service.id(), slot.day(), slot.start(), language(),
                priority ? PriorityClass.PRIORITY : PriorityClass.STANDARD, phone.getValue(), consent.getValue(), clientAddress()));
        switch (result) {
            case BookResult.Booked booked -> {
                step.removeAll();
                step.add(cards.create(booked.booking(), booked.link(), here(), service));
            }
            case BookResult.PhoneInvalid invalid -> {
                phone.setErrorMessage(getTranslation("booking.error.phone"));
                phone.setInvalid(true);
            }
            case BookResult.ConsentMissing missing -> notice("booking.error.consent");
            // one message for both limits: which one was hit would tell whether a number holds bookings
            case BookResult.TooManyForPhone many -> notice("booking.error.tooMany");
            case BookResult.TooManyFromAddress many -> notice("booking.error.tooMany");
            case BookResult.SlotFull full -> {
                notice("booking.error.slotFull");
                showSlots(service);
            }
            case BookResult.NotBookable gone -> {
                notice("booking.error.notBookable");
                showSlots(service);
            }
            case BookResult.ServiceNotOffered gone -> {
                notice("booking.error.notBookable");
                showServices();
            }
            case BookResult.NotChangeable ignored -> showServices();
            case BookResult.KeyUsedForAnotherRequest ignored -> showServices();
        }
    }

    private Component summary(SocialService service, FreeSlot slot) {
        Div summary = new Div(new Paragraph(service.name().in(language())),
                new Paragraph(BookingTexts.day(slot.day(), language()) + " · " + BookingTexts.time(slot.start())));
        summary.addClassName("booking-summary");
        return summary;
    }

    private void notice(String key) {
        notice(key, Map.of());
    }

    private void notice(String key, Map<String, Object> values) {
        Notification note = Notification.show(getTranslation(key, values), 8000, Notification.Position.MIDDLE);
        note.addClassName("booking-notice");
    }

    private Button back(Runnable back) {
        Button button = new Button(getTranslation("booking.back"), e -> back.run());
        button.addClassName("booking-back");
        return button;
    }

    /** The caller's address (the proxy's forwarded one, see server.forward-headers-strategy), for the limit per address. */
    private static @Nullable String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private Center here() {
        return Optional.ofNullable(center).orElseThrow();
    }

    private HubLanguage language() {
        return HubLanguage.orDefault(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.title");
    }

}
