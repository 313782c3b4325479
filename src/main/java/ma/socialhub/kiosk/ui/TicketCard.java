package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import ma.socialhub.catalog.Center;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.PublicAddress;
import ma.socialhub.base.ui.QrCodeImage;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.ticketing.WaitEstimate;
import ma.socialhub.ticketing.ui.DueTime;
import ma.socialhub.ticketing.ui.WaitEstimateLabel;
import org.springframework.stereotype.Component;

/**
 * The ticket as the citizen sees it on the kiosk: number, service, people ahead, and a QR code
 * that opens the ticket's own page on their phone. Nothing personal: there is nothing personal
 * in a ticket.
 */
class TicketCard extends Div {

    TicketCard(Ticket ticket, Center center, SocialService service, int peopleAhead, WaitEstimate estimate,
            String qrUrl) {
        addClassName("ticket-card");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Span centerName = new Span(center.name().in(language));
        centerName.addClassName("ticket-center");
        Span issued = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(center.timeZone()).format(ticket.issuedAt()));
        issued.addClassName("ticket-issued");
        Span label = new Span(getTranslation("kiosk.ticket.yourNumber"));
        Isolated number = new Isolated(ticket.number().toString());
        number.addClassName("ticket-number");
        Span serviceName = new Span(service.name().in(language));
        serviceName.addClassName("ticket-service");
        add(centerName, label, number, serviceName);
        if (ticket.dueAt() != null) {
            // an appointment is called at its time, not after the people ahead of it
            add(DueTime.of(ticket.dueAt(), center.timeZone()));
        } else {
            Span ahead = new Span(peopleAhead == 0 ? getTranslation("kiosk.ticket.nobodyAhead")
                    : getTranslation("kiosk.ticket.peopleAhead", Map.of("count", peopleAhead)));
            ahead.addClassName("ticket-ahead");
            add(ahead, new WaitEstimateLabel(estimate));
        }
        List<String> documents = service.documentsIn(language);
        if (!documents.isEmpty()) {
            Div bring = new Div(new Span(getTranslation("kiosk.ticket.documents")));
            bring.addClassName("ticket-documents");
            UnorderedList list = new UnorderedList();
            documents.forEach(d -> list.add(new ListItem(d)));
            bring.add(list);
            add(bring);
        }
        add(QrCodeImage.of(qrUrl, 240, getTranslation("kiosk.ticket.qrAlt")),
                new Span(getTranslation("kiosk.ticket.qrHint")), issued);
    }

    /** Builds cards with the public address of the phone page. */
    @Component
    static class Factory {

        private final PublicAddress address;
        private final Tickets tickets;

        Factory(PublicAddress address, Tickets tickets) {
            this.address = address;
            this.tickets = tickets;
        }

        TicketCard create(Ticket ticket, Center center, SocialService service, int peopleAhead) {
            return new TicketCard(ticket, center, service, peopleAhead, tickets.estimate(ticket),
                    address.of("/t/" + tickets.linkOf(ticket)));
        }
    }
}
