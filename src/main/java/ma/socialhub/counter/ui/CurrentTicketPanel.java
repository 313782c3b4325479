package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.ticketing.Ticket;
import org.jspecify.annotations.Nullable;

/** The ticket the counter holds: number, service, state and when it was called. */
class CurrentTicketPanel extends Div {

    private final Catalog catalog;
    private final ZoneId zone;

    /** {@code zone}: the center's, in which the call time is shown. */
    CurrentTicketPanel(Catalog catalog, ZoneId zone) {
        this.catalog = catalog;
        this.zone = zone;
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
    }
}
