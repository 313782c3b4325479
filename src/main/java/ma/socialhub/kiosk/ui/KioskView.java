package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.html.Paragraph;
import ma.socialhub.base.ui.HubIcon;
import ma.socialhub.messaging.Messages;
import ma.socialhub.messaging.SubscribeResult;
import ma.socialhub.messaging.SubscriptionSource;
import ma.socialhub.ticketing.TicketState;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.socialhub.base.ui.UnattendedScreen;
import ma.socialhub.kiosk.KioskConfig;
import ma.socialhub.kiosk.KioskTickets;
import ma.socialhub.kiosk.KioskTickets.Kiosk;
import ma.socialhub.base.db.DatabaseOutage;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.CenterNotFound;
import ma.socialhub.base.ui.LanguageDirection;
import ma.socialhub.base.ui.Pictograms;
import ma.socialhub.base.ui.QrCamera;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.DayState;
import ma.socialhub.booking.FreeSlot;
import ma.socialhub.booking.ui.BookingCard;
import ma.socialhub.booking.ui.BookingTexts;
import ma.socialhub.booking.CheckInResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import org.jspecify.annotations.Nullable;

/**
 * The touch kiosk at a center's entrance: language → service → priority → ticket, three taps in
 * the common case, each step with big pictogram tiles, a spoken prompt and a way back. The citizen
 * is anonymous and gives nothing; the kiosk itself must prove it is the center's registered kiosk
 * ({@link KioskCredential}), and its file in kiosk-config/ sets its services, languages, idle time,
 * printing and voice. After the idle time the kiosk returns to the welcome screen in its default
 * language, with nothing of the previous citizen left visible.
 */
@Route("kiosk/:center")
@AnonymousAllowed
public class KioskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final KioskTickets kioskTickets;
    private final TicketCard.Factory ticketCards;
    private final Messages messages;
    private final Tickets tickets;
    private final BookingCard.Factory bookingCards;
    private @Nullable Kiosk kiosk;
    private @Nullable Center center;
    private String credential = "";
    private HubLanguage defaultLanguage = HubLanguage.ARABIC;
    private final H1 title = new H1();
    private final Div step = new Div();

    public KioskView(Catalog catalog, KioskTickets kioskTickets, TicketCard.Factory ticketCards, Tickets tickets,
            BookingCard.Factory bookingCards, Messages messages) {
        this.messages = messages;
        this.bookingCards = bookingCards;
        this.tickets = tickets;
        UnattendedScreen.keepOpen(this);
        this.catalog = catalog;
        this.kioskTickets = kioskTickets;
        this.ticketCards = ticketCards;
        addClassName("kiosk-view");
        setSizeFull();
        step.addClassName("kiosk-step");
        title.addClassName("kiosk-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("center").orElse("");
        removeAll();
        center = catalog.centerByCode(code).orElse(null);
        if (center == null) {
            add(new CenterNotFound(code));
            return;
        }
        kiosk = null;
        for (String candidate : KioskCredential.candidates()) {
            kiosk = kioskTickets.open(candidate, code).orElse(null);
            if (kiosk != null) {
                credential = candidate;
                KioskCredential.remember(candidate);
                break;
            }
        }
        Kiosk here = kiosk;
        if (here == null) {
            add(new KioskNotRegistered(typed -> register(code, typed)));
            return;
        }
        defaultLanguage = here.config().defaultLanguage();
        event.getUI().getPage().addJavaScript("scripts/chime.js");
        event.getUI().getPage().addJavaScript("scripts/kiosk-voice.js");
        add(title, step);
        speak(defaultLanguage);
        showWelcome();
    }

    /** A registration code typed on this screen: the kiosk opens, or the form says the code is not valid. */
    private boolean register(String code, String typed) {
        Optional<String> registered = kioskTickets.register(code, typed);
        registered.ifPresent(KioskCredential::remember);
        if (registered.isPresent()) {
            UI.getCurrent().refreshCurrentRoute(false);
        }
        return registered.isPresent();
    }

    /** Step 0: the four languages, each written in itself; the kiosk's default one stands out. */
    void showWelcome() {
        title.setText(here().map(c -> c.name().in(language())).orElse(""));
        step.removeAll();
        step.add(heading("kiosk.welcome"));
        Div tiles = tiles("kiosk-languages");
        for (HubLanguage language : config().languages()) {
            KioskTile tile = new KioskTile(HubIcon.GLOBE.create(), language.nativeName(),
                    "language-tile", () -> chooseLanguage(language), voice());
            tile.getElement().setAttribute("lang", language.tag());
            if (language == defaultLanguage) {
                tile.button().addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                tile.button().addClassName("default-language");
            }
            tiles.add(tile);
        }
        step.add(tiles);
        armIdleTimer(false);
    }

    private void chooseLanguage(HubLanguage language) {
        speak(language);
        showServices();
    }

    /** Step 1: one big tile per service. */
    void showServices() {
        title.setText(here().map(c -> c.name().in(language())).orElse(""));
        step.removeAll();
        step.add(heading("kiosk.chooseService"));
        List<SocialService> services = kiosk == null ? List.of() : kiosk.services();
        if (services.isEmpty()) {
            step.add(new Span(getTranslation("kiosk.noService")));
        }
        Set<Long> served = kiosk == null ? Set.of() : kioskTickets.servedNow(kiosk);
        Optional<String> holiday = kiosk == null ? Optional.empty() : kioskTickets.holidayToday(kiosk);
        holiday.ifPresent(reason -> {
            H2 closed = new H2(getTranslation("booking.closedToday", Map.of("reason", reason)));
            closed.addClassName("kiosk-closed-today");
            step.add(closed);
        });
        Div tiles = tiles("kiosk-tiles");
        for (SocialService service : services) {
            DayState day = kiosk == null ? new DayState.Open() : kioskTickets.dayOf(kiosk, service.id());
            if (!(day instanceof DayState.Open)) {
                // no ticket that would not be served today: the tile says so and leads to an appointment
                String note = getTranslation(day instanceof DayState.Closing ? "kiosk.service.closing" : "kiosk.service.closed");
                tiles.add(new KioskTile(Pictograms.of(service.pictogram()), service.name().in(language()), note,
                        "day-over-tile", () -> showDayOver(service, day), voice()));
                continue;
            }
            // a service nobody serves yet still gives a ticket (the person is called when a counter
            // opens), but its tile says so: no wait is promised
            String note = served.contains(service.id()) ? null : getTranslation("kiosk.service.noCounter");
            tiles.add(new KioskTile(Pictograms.of(service.pictogram()), service.name().in(language()), note, "service-tile",
                    () -> showPriority(service), voice()));
        }
        // apart from the services: it is another way in, and the services' grid keeps its shape
        Div appointment = new Div(new KioskTile(HubIcon.CALENDAR_CLOCK.create(), getTranslation("kiosk.appointment"),
                "appointment-tile", this::showCodePad, voice()));
        appointment.addClassName("kiosk-appointment");
        step.add(tiles, appointment, backButton(this::showWelcome));
        armIdleTimer(true);
    }

    /** The service takes no more walk-ins today: why, and the first free appointment, booked in one tap. */
    private void showDayOver(SocialService service, DayState day) {
        step.removeAll();
        String why = switch (day) {
            case DayState.Closing closing -> getTranslation("kiosk.dayOver.closing");
            case DayState.Closed closed when closed.holiday().isPresent() ->
                    getTranslation("booking.closedToday", Map.of("reason", closed.holiday().get()));
            default -> getTranslation("kiosk.dayOver.closed");
        };
        H2 text = new H2(why);
        text.addClassName("kiosk-heading");
        text.addClassName("appointment-message");
        step.add(text);
        voice().say(why);
        Optional<FreeSlot> next = kiosk == null ? Optional.empty() : kioskTickets.nextFree(kiosk, service.id());
        next.ifPresent(slot -> {
            String when = BookingTexts.day(slot.day(), language()) + " · " + BookingTexts.time(slot.start());
            Div tiles = tiles("kiosk-tiles");
            tiles.add(new KioskTile(HubIcon.CALENDAR_CLOCK.create(), getTranslation("kiosk.dayOver.book"), when, "book-next-tile",
                    () -> bookNext(service, slot), voice()));
            step.add(tiles);
        });
        step.add(backButton(this::showServices));
        armIdleTimer(true);
    }

    private void bookNext(SocialService service, FreeSlot slot) {
        Center here = center;
        if (here == null) {
            return;
        }
        BookResult result = kioskTickets.book(credential, here.code(), service.id(), slot, language());
        if (!(result instanceof BookResult.Booked booked)) {
            Notification.show(getTranslation("booking.error.slotFull"), 6000, Notification.Position.MIDDLE);
            showServices();
            return;
        }
        step.removeAll();
        Button done = new Button(getTranslation("kiosk.done"), HubIcon.CHECK.create(), e -> returnToWelcome());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("kiosk-done");
        step.add(bookingCards.onKiosk(booked.booking(), booked.link(), here, service), new Div(done));
        voice().say(getTranslation("booking.code") + " " + String.join(" ", booked.booking().code().split("")));
        if (config().printing()) {
            print();
        }
        armIdleTimer(true);
    }

    /** A booked visit: the code typed on a number pad checks it in (see {@link #checkIn}). */
    private void showCodePad() {
        step.removeAll();
        step.add(heading("kiosk.appointment.typeCode"));
        CodePad pad = new CodePad(code -> checkIn(code), voice());
        Button scan = new Button(getTranslation("kiosk.appointment.scan"), HubIcon.QRCODE.create(), e -> showScanner());
        scan.addClassName("kiosk-scan");
        step.add(pad, scan, backButton(this::showServices));
        armIdleTimer(true);
    }

    /** The booking's QR code shown to the kiosk's camera: read in the browser, checked in like a typed code. */
    private void showScanner() {
        step.removeAll();
        step.add(heading("kiosk.appointment.showQr"));
        QrCamera camera = new QrCamera(this::checkInScanned, reason -> {
            showCodePad();
            Notification.show(getTranslation("kiosk.appointment.noCamera"), 6000, Notification.Position.MIDDLE);
        });
        step.add(camera, backButton(this::showCodePad));
        armIdleTimer(true);
    }

    private void checkInScanned(String text) {
        Center here = center;
        if (here != null) {
            checkedIn(kioskTickets.checkInScanned(credential, here.code(), text), here);
        }
    }

    /**
     * The booking becomes a ticket due at its time; too early, the kiosk says when to come back; too
     * late or cancelled, it offers a walk-in ticket for the same service in one tap.
     */
    private void checkIn(String code) {
        Center here = center;
        if (here == null) {
            return;
        }
        checkedIn(kioskTickets.checkIn(credential, here.code(), code), here);
    }

    private void checkedIn(CheckInResult result, Center here) {
        switch (result) {
            case CheckInResult.CheckedIn in -> showTicket(in.ticket(), here,
                    catalog.service(in.ticket().serviceId()).orElseThrow(), tickets.peopleAhead(in.ticket()));
            case CheckInResult.TooEarly early -> appointmentMessage(getTranslation("kiosk.appointment.tooEarly",
                    Map.of("time", BookingTexts.time(early.opensAt(), here.timeZone()))), null);
            case CheckInResult.TooLate late -> appointmentMessage(getTranslation("kiosk.appointment.tooLate"), late.booking());
            case CheckInResult.Cancelled cancelled -> appointmentMessage(getTranslation("kiosk.appointment.cancelled"),
                    cancelled.booking());
            case CheckInResult.NotFound unknown -> {
                showCodePad();
                Notification note = Notification.show(getTranslation("kiosk.appointment.unknown"), 6000, Notification.Position.MIDDLE);
                note.addClassName("notice-unknown-code");
                voice().say(getTranslation("kiosk.appointment.unknown"));
            }
        }
    }

    private void appointmentMessage(String message, @Nullable Booking walkInFor) {
        step.removeAll();
        H2 text = new H2(message);
        text.addClassName("kiosk-heading");
        text.addClassName("appointment-message");
        step.add(text);
        voice().say(message);
        if (walkInFor != null) {
            catalog.service(walkInFor.serviceId()).ifPresent(service -> {
                Div tiles = tiles("kiosk-tiles");
                tiles.add(new KioskTile(Pictograms.of(service.pictogram()), getTranslation("kiosk.appointment.walkIn"),
                        service.name().in(language()), "walk-in-tile",
                        () -> issue(service, walkInFor.priority(), UUID.randomUUID().toString()), voice()));
                step.add(tiles);
            });
        }
        step.add(backButton(this::showServices));
        armIdleTimer(true);
    }

    /**
     * Step 2: does the citizen need to go first? "No" is one tap. The interaction gets its
     * idempotency key here: however often its tiles are tapped, it makes one ticket.
     */
    private void showPriority(SocialService service) {
        showPriority(service, UUID.randomUUID().toString());
    }

    private void showPriority(SocialService service, String interaction) {
        step.removeAll();
        step.add(heading("kiosk.priority.question"));
        Div tiles = tiles("kiosk-tiles");
        tiles.add(new KioskTile(HubIcon.USER.create(), getTranslation("kiosk.priority.none"), "priority-none",
                () -> issue(service, PriorityClass.STANDARD, interaction), voice()));
        for (String reason : List.of("wheelchair", "elderly", "pregnant", "baby")) {
            tiles.add(new KioskTile(Pictograms.of(reason), getTranslation("kiosk.priority." + reason), "priority-yes",
                    () -> issue(service, PriorityClass.PRIORITY, interaction), voice()));
        }
        step.add(tiles, backButton(this::showServices));
        armIdleTimer(true);
    }

    /** Step 3: the ticket, shown and spoken. */
    private void issue(SocialService service, PriorityClass priority, String interaction) {
        Center here = center;
        if (here == null) {
            return;
        }
        IssueResult result;
        try {
            result = kioskTickets.issue(credential, here.code(), service.id(), priority, language(), interaction);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            // the same tiles again (a tapped tile disables itself), with the same interaction: the
            // next tap makes this ticket, once
            showPriority(service, interaction);
            Notification note = Notification.show(getTranslation("kiosk.unavailable"), 8000, Notification.Position.MIDDLE);
            note.addClassName("notice-unavailable");
            voice().say(getTranslation("kiosk.unavailable"));
            return;
        }
        switch (result) {
            case IssueResult.Issued issued -> showTicket(issued.ticket(), here, service, issued.peopleAhead());
            case IssueResult.RateLimited limited -> {
                Notification.show(getTranslation("kiosk.rateLimited"), 6000, Notification.Position.MIDDLE);
                voice().say(getTranslation("kiosk.rateLimited"));
                showServices();
            }
            case IssueResult.ServiceNotOffered notOffered -> {
                Notification.show(getTranslation("kiosk.serviceGone"), 5000, Notification.Position.MIDDLE);
                showServices();
            }
            // only the API's keys can be reused for another request; a kiosk's keys are its own
            case IssueResult.KeyUsedForAnotherRequest reused -> showServices();
            // the day ended while the citizen was choosing: the services again, with their state
            case IssueResult.DayOver over -> showServices();
        }
    }

    /** Step 3: the ticket, shown and spoken (and printed, where the kiosk prints). */
    private void showTicket(Ticket ticket, Center here, SocialService service, int peopleAhead) {
        step.removeAll();
        Button done = new Button(getTranslation("kiosk.done"), HubIcon.CHECK.create(), e -> returnToWelcome());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("kiosk-done");
        Div actions = new Div(done);
        actions.addClassName("ticket-actions");
        if (config().printing()) {
            Button again = new Button(getTranslation("kiosk.printAgain"), HubIcon.PRINT.create(), e -> print());
            again.addClassName("kiosk-print");
            actions.add(again);
        }
        if (ticket.state() == TicketState.WAITING && messages.offered() && messages.followedBy(tickets.linkOf(ticket)).isEmpty()) {
            // "send me an SMS when my turn is near": wait outside, or at home nearby
            Button sms = new Button(getTranslation("kiosk.sms.offer"), HubIcon.MOBILE.create(),
                    e -> showPhonePad(ticket, here, service, peopleAhead));
            sms.addClassName("kiosk-sms");
            actions.add(sms);
        }
        step.add(ticketCards.create(ticket, here, service, peopleAhead), actions);
        voice().say(spokenTicket(ticket, service));
        if (config().printing()) {
            print();
        }
        armIdleTimer(true);
    }

    /** The mobile number on the pad; the consent said on screen; the ticket again after. */
    private void showPhonePad(Ticket ticket, Center here, SocialService service, int peopleAhead) {
        step.removeAll();
        Paragraph consent = new Paragraph(getTranslation("phone.sms.consent"));
        consent.addClassName("kiosk-sms-consent");
        Paragraph problem = new Paragraph();
        problem.addClassName("kiosk-sms-problem");
        problem.getElement().setAttribute("role", "alert");
        CodePad[] pad = new CodePad[1];
        pad[0] = new CodePad(10, 2, true, typed -> {
            SubscribeResult result = messages.subscribe(tickets.linkOf(ticket), typed, SubscriptionSource.KIOSK);
            switch (result) {
                case SubscribeResult.Subscribed ok -> {
                    showTicket(ticket, here, service, peopleAhead);
                    Paragraph done = new Paragraph(getTranslation("kiosk.sms.done", Map.of("number", ok.maskedNumber())));
                    done.addClassName("kiosk-sms-done");
                    step.addComponentAtIndex(0, done);
                    // said aloud without the digits: others stand near a kiosk
                    voice().say(getTranslation("kiosk.sms.doneSpoken"));
                }
                case SubscribeResult.PhoneInvalid invalid -> refuse(problem, pad[0], getTranslation("phone.sms.invalid"));
                case SubscribeResult.TooManyForNumber many ->
                        refuse(problem, pad[0], getTranslation("phone.sms.tooMany"));
                case SubscribeResult.NotWaiting over -> showTicket(ticket, here, service, peopleAhead);
            }
        }, voice());
        step.add(heading("kiosk.sms.title"), consent, pad[0], problem,
                backButton(() -> showTicket(ticket, here, service, peopleAhead)));
        armIdleTimer(true);
    }

    private void refuse(Paragraph problem, CodePad pad, String why) {
        problem.setText(why);
        voice().say(why);
        pad.clear();
    }

    /**
     * Prints the ticket through the browser (80 mm layout in kiosk.css). Kiosk Chromium runs with
     * --kiosk-printing, so no dialog. The ticket exists and stays on screen whether or not the
     * printer works: a failed print never loses or doubles a ticket.
     */
    private void print() {
        UI.getCurrent().getPage().executeJs("setTimeout(() => window.print(), 300)");
    }

    /** "A 17" rather than "A-017": what a voice reads as a letter and a number. */
    private String spokenTicket(Ticket ticket, SocialService service) {
        return getTranslation("kiosk.say.ticket", Map.of("number",
                ticket.number().letter() + " " + ticket.number().number(), "service", service.name().in(language())));
    }

    /** Back to the welcome screen in the default language, with nothing of the last citizen left. */
    @ClientCallable
    void returnToWelcome() {
        speak(defaultLanguage);
        showWelcome();
    }

    /** Restarts the idle countdown on every step; the welcome screen itself needs none. */
    private void armIdleTimer(boolean armed) {
        getElement().executeJs("""
                clearTimeout(this._idle); const el = this;
                if ($1) { this._idle = setTimeout(() => el.$server.returnToWelcome(), $0 * 1000); }""",
                config().idleSeconds(), armed);
    }

    private H2 heading(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassName("kiosk-heading");
        voice().say(heading.getText());
        return heading;
    }

    private static Div tiles(String style) {
        Div tiles = new Div();
        tiles.addClassName(style);
        return tiles;
    }

    private Component backButton(Runnable back) {
        Button button = new Button(getTranslation("kiosk.back"), HubIcon.ARROW_BACKWARD.create(), e -> back.run());
        button.addClassName("kiosk-back");
        return button;
    }

    /** Switches this kiosk screen (not the whole session: the next citizen starts afresh) to a language. */
    private void speak(HubLanguage language) {
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        LanguageDirection.apply(ui);
    }

    private HubLanguage language() {
        return HubLanguage.orDefault(getLocale());
    }

    private Voice voice() {
        return new Voice(UI.getCurrent(), kiosk != null && kiosk.config().audio());
    }

    private KioskConfig config() {
        Kiosk here = kiosk;
        if (here == null) {
            throw new IllegalStateException("No kiosk opened");
        }
        return here.config();
    }

    private Optional<Center> here() {
        return Optional.ofNullable(center);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }
}
