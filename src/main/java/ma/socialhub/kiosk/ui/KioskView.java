package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.CenterNotFound;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.base.ui.Pictograms;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * The touch kiosk at a center's entrance: service → priority → ticket, with big pictogram tiles.
 * Anonymous by design: a citizen gives nothing to take a ticket. After the ticket is shown the
 * kiosk returns to the services by itself, leaving nothing of the previous citizen on screen.
 */
@Route("kiosk/:center")
@AnonymousAllowed
public class KioskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final Tickets tickets;
    private final TicketCard.Factory ticketCards;
    private final int idleSeconds;
    private @Nullable Center center;
    private final Div step = new Div();

    public KioskView(Catalog catalog, Tickets tickets, TicketCard.Factory ticketCards,
            @Value("${hub.kiosk.idle-seconds:30}") int idleSeconds) {
        this.catalog = catalog;
        this.tickets = tickets;
        this.ticketCards = ticketCards;
        this.idleSeconds = idleSeconds;
        addClassName("kiosk-view");
        setSizeFull();
        step.addClassName("kiosk-step");
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
        HorizontalLayout header = new HorizontalLayout(new H1(center.name().in(language())), new LanguageSwitcher());
        header.addClassName("kiosk-header");
        add(header, step);
        showServices();
    }

    /** Step 1: one big tile per service. */
    void showServices() {
        Center here = center;
        if (here == null) {
            return;
        }
        step.removeAll();
        step.add(new H2(getTranslation("kiosk.chooseService")));
        List<SocialService> services = catalog.servicesAt(here.id());
        if (services.isEmpty()) {
            step.add(new Span(getTranslation("kiosk.noService")));
            return;
        }
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        for (SocialService service : services) {
            Button tile = tile(Pictograms.of(service.pictogram()), service.name().in(language()),
                    () -> showPriority(service));
            tile.addClassName("service-tile");
            tiles.add(tile);
        }
        step.add(tiles);
    }

    /**
     * Step 2: does the citizen need priority? "No" is one tap. The interaction gets its
     * idempotency key here: however often its tiles are tapped, it makes one ticket.
     */
    private void showPriority(SocialService service) {
        String interaction = UUID.randomUUID().toString();
        step.removeAll();
        step.add(new H2(getTranslation("kiosk.priority.question")));
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        Button none = tile(VaadinIcon.USER.create(), getTranslation("kiosk.priority.none"),
                () -> issue(service, PriorityClass.STANDARD, interaction));
        none.addClassName("priority-none");
        Button priority = tile(VaadinIcon.USER_HEART.create(), getTranslation("kiosk.priority.yes"),
                () -> issue(service, PriorityClass.PRIORITY, interaction));
        priority.addClassName("priority-yes");
        tiles.add(none, priority);
        Button back = new Button(getTranslation("kiosk.back"), VaadinIcon.ARROW_BACKWARD.create(), e -> showServices());
        back.addClassName("kiosk-back");
        step.add(tiles, back);
    }

    /** Step 3: the ticket. */
    private void issue(SocialService service, PriorityClass priority, String interaction) {
        Center here = center;
        if (here == null) {
            return;
        }
        IssueResult result = tickets.issue(here.id(), service.id(), priority, language(), interaction);
        switch (result) {
            case IssueResult.Issued issued -> {
                step.removeAll();
                Button done = new Button(getTranslation("kiosk.done"), VaadinIcon.CHECK.create(), e -> showServices());
                done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                done.addClassName("kiosk-done");
                step.add(ticketCards.create(issued.ticket(), service, issued.peopleAhead()), done);
                getElement().executeJs("""
                        clearTimeout(this._idle); const el = this;
                        this._idle = setTimeout(() => el.$server.returnToWelcome(), $0 * 1000);""", idleSeconds);
            }
            case IssueResult.ServiceNotOffered notOffered -> {
                Notification.show(getTranslation("kiosk.serviceGone"), 5000, Notification.Position.MIDDLE);
                showServices();
            }
        }
    }

    /** Called by the idle timer: back to the services with nothing of the last ticket left. */
    @ClientCallable
    void returnToWelcome() {
        showServices();
    }

    /** A big touch target: pictogram above its label. Disabled on the first tap, so a double tap issues once. */
    private Button tile(Component picture, String label, Runnable action) {
        Button tile = new Button();
        tile.addClassName("kiosk-tile");
        Span text = new Span(label);
        text.addClassName("kiosk-tile-label");
        VerticalLayout content = new VerticalLayout(picture, text);
        content.setPadding(false);
        content.setAlignItems(Alignment.CENTER);
        tile.getElement().appendChild(content.getElement());
        tile.setAriaLabel(label);
        tile.setDisableOnClick(true);
        tile.addClickListener(e -> action.run());
        return tile;
    }

    private HubLanguage language() {
        return HubLanguage.orDefault(getLocale());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Optional.ofNullable(center).ifPresent(c -> getElement().setAttribute("data-center", c.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }
}
