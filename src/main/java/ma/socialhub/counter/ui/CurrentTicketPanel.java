package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.booking.ui.FollowUpBooking;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/** The ticket the counter holds: number, service, state and when it was called. */
class CurrentTicketPanel extends Div {

    private final Catalog catalog;
    private final ZoneId zone;
    private final FollowUpBooking followUps;

    /** {@code zone}: the center's, in which the call time is shown. */
    CurrentTicketPanel(Catalog catalog, ZoneId zone, FollowUpBooking followUps) {
        this.catalog = catalog;
        this.zone = zone;
        this.followUps = followUps;
        addClassName("current-ticket");
    }

    void show(@Nullable Ticket ticket) {
        removeAll();
        if (ticket == null) {
            Span none = new Span(getTranslation("counter.noCurrent"));
            none.addClassName("current-none");
            add(none);
            return;
        }
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Isolated number = new Isolated(ticket.number().toString());
        number.addClassName("current-number");
        Span service = new Span(catalog.service(ticket.serviceId()).map(s -> s.name().in(language)).orElse(""));
        Span state = new Span(getTranslation("ticket.state." + ticket.state().name()));
        state.addClassName("current-state");
        add(number, service, state);
        if (ticket.priority().code() > 0) {
            Span priority = new Span(getTranslation("ticket.priority." + ticket.priority().name()));
            priority.addClassName("current-priority");
            add(priority);
        }
        if (ticket.calledAt() != null) {
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                    .withZone(zone);
            add(new Span(getTranslation("counter.calledAt") + " " + time.format(ticket.calledAt())));
        }
        if (ticket.state() == TicketState.IN_SERVICE) {
            // the person is here: the next visit can be booked with them
            Button followUp = new Button(getTranslation("booking.followUp"), VaadinIcon.CALENDAR.create(),
                    e -> followUps.open(ticket.centerId(), ticket.serviceId(), ticket.language(), ticket.priority()));
            followUp.addClassName("counter-follow-up");
            add(followUp);
        }
    }
}
