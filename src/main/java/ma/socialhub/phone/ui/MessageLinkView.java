package ma.socialhub.phone.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.LanguageDirection;
import ma.socialhub.booking.ServiceDays;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.messaging.MessageLink;
import ma.socialhub.messaging.Messages;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Tickets;

/**
 * The page a message's link opens. Messages stay in a phone's history, where someone else may read
 * them — for some women, the relative they fled — so this page tells only what the message itself
 * could: the number, its state, the counter, the stop, the feedback; never the service. Its link
 * is a random token of its own, not the ticket's signed link, and stops working when the number is
 * forgotten (two days after the ticket's or the booking's day). For a booking it says the day and
 * offers the stop; moving or cancelling stays on the booking's own page.
 */
@Route("m/:token")
@AnonymousAllowed
public class MessageLinkView extends TicketPhoneView {

    private final Messages messages;
    private final Catalog catalog;

    public MessageLinkView(Tickets tickets, Catalog catalog, QueueUpdates updates, ServiceDays serviceDays, Clock clock,
            Messages messages, Feedbacks feedbacks) {
        super(tickets, catalog, updates, serviceDays, clock, messages, feedbacks);
        this.messages = messages;
        this.catalog = catalog;
        addClassName("message-link-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<MessageLink> opened = messages.openLink(token);
        if (opened.isPresent() && opened.get().ticketLink() != null) {
            show(event, opened.get().ticketLink());
        } else if (opened.isPresent()) {
            HubLanguage.ofTag(opened.get().language()).ifPresent(language -> {
                event.getUI().setLocale(language.locale());
                LanguageDirection.apply(event.getUI());
            });
            booking(token, opened.get());
        } else {
            // unknown, expired and forged alike
            show(event, "");
        }
    }

    @Override
    protected boolean discreet() {
        return true;
    }

    private void booking(String token, MessageLink opened) {
        removeAll();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        catalog.center(opened.centerId()).ifPresent(c -> {
            Span center = new Span(c.name().in(language));
            center.addClassName("phone-center");
            add(center);
        });
        Paragraph day = new Paragraph(getTranslation("message.link.booking", Map.of("day",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(opened.day()))));
        day.addClassName("message-link-booking");
        add(day);
        if (opened.stopped()) {
            Paragraph stopped = new Paragraph(getTranslation("phone.sms.stopped"));
            stopped.addClassName("phone-sms-stopped");
            add(stopped);
            return;
        }
        Button stop = new Button(getTranslation("phone.sms.stop"), e -> {
            messages.stopByToken(token);
            booking(token, new MessageLink(opened.centerId(), null, opened.day(), opened.language(), true));
        });
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.addClassName("phone-sms-stop");
        stop.setDisableOnClick(true);
        add(stop);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.link.title");
    }
}
