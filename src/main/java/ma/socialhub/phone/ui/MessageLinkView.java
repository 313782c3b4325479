package ma.socialhub.phone.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.LanguageDirection;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.booking.ServiceDays;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.messaging.MessageLink;
import ma.socialhub.messaging.Messages;
import ma.socialhub.referral.ReferralForPerson;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Tickets;

/**
 * The page a message's link opens. Messages stay in a phone's history, where someone else may read
 * them — for some women, the relative they fled — so this page tells only what the message itself
 * could: the number, its state, the counter, the stop, the feedback; never the service. Its link
 * is a random token of its own, not the ticket's signed link, and stops working when the number is
 * forgotten (two days after the ticket's or the booking's day). For a booking it says the day and
 * offers the stop; moving or cancelling stays on the booking's own page. For a referral it says
 * where it stands and, once the partner accepted, the first appointment and the partner's address
 * and phone — not its name. The center goes by its neutral name for messages, where it has one.
 */
@Route("m/:token")
@AnonymousAllowed
public class MessageLinkView extends TicketPhoneView {

    private final Messages messages;

    public MessageLinkView(Tickets tickets, Catalog catalog, QueueUpdates updates, ServiceDays serviceDays, Clock clock,
            Messages messages, Feedbacks feedbacks) {
        super(tickets, catalog, updates, serviceDays, clock, messages, feedbacks);
        this.messages = messages;
        addClassName("message-link-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<MessageLink> opened = messages.openLink(token);
        if (opened.isPresent() && opened.get().ticketLink() != null) {
            show(event, opened.get().ticketLink());
        } else if (opened.isPresent()) {
            // in the person's language, unless they chose another one here
            HubLanguage.ofTag(opened.get().language()).filter(l -> !LanguageSwitcher.chosenInThisSession()).ifPresent(language -> {
                event.getUI().setLocale(language.locale());
                LanguageDirection.apply(event.getUI());
            });
            other(token, opened.get());
        } else {
            // unknown, expired and forged alike
            show(event, "");
        }
    }

    @Override
    protected boolean discreet() {
        return true;
    }

    /** A booking's day, or a referral as its person may read it, with the stop. */
    private void other(String token, MessageLink opened) {
        removeAll();
        add(new LanguageSwitcher());
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Span center = new Span(messages.centerName(opened.centerId(), language));
        center.addClassName("phone-center");
        add(center);
        ReferralForPerson referral = opened.referral();
        if (referral != null && opened.stopped()) {
            // stopped: the link tells nothing more of where and when she is expected
        } else if (referral != null) {
            referral(referral);
        } else {
            Paragraph day = new Paragraph(getTranslation("message.link.booking", Map.of("day",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(opened.day()))));
            day.addClassName("message-link-booking");
            add(day);
        }
        if (opened.stopped()) {
            Paragraph stopped = new Paragraph(getTranslation("message.link.stopped"));
            stopped.addClassName("phone-sms-stopped");
            add(stopped);
            return;
        }
        Button stop = new Button(getTranslation("phone.sms.stop"), e -> {
            messages.stopByToken(token);
            other(token, opened.afterStop());
        });
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.addClassName("phone-sms-stop");
        stop.setDisableOnClick(true);
        add(stop);
    }

    /** Where the referral stands and, once accepted, when and where to go; never to whom. */
    private void referral(ReferralForPerson referral) {
        String stage = switch (referral.status()) {
            case PROPOSED, SENT -> "WAITING";
            case ACCEPTED -> "ACCEPTED";
            case IN_ACCOMPANIMENT -> "STARTED";
            case DECLINED -> "DECLINED";
            case COMPLETED, DROPPED -> "CLOSED";
        };
        Paragraph status = new Paragraph(getTranslation("message.link.referral." + stage));
        status.addClassName("message-link-referral");
        add(status);
        if (!stage.equals("ACCEPTED") && !stage.equals("STARTED")) {
            return;
        }
        Instant at = referral.firstAppointmentAt();
        Paragraph when = new Paragraph(at == null ? getTranslation("message.link.referral.noAppointment")
                : getTranslation("message.link.referral.appointment", Map.of(
                        "day", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(at.atZone(referral.zone())),
                        "time", DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(referral.zone())))));
        when.addClassName("message-link-appointment");
        add(when);
        if (referral.address().isBlank() && referral.phone().isBlank()) {
            Paragraph where = new Paragraph(getTranslation("message.link.referral.whereAtCenter"));
            where.addClassName("message-link-address");
            add(where);
        }
        if (!referral.address().isBlank()) {
            Paragraph where = new Paragraph(getTranslation("message.link.referral.address", Map.of("address", referral.address())));
            where.addClassName("message-link-address");
            add(where);
        }
        if (!referral.phone().isBlank()) {
            // the number stays left to right inside an Arabic line (its "+" would jump to the other end)
            Anchor call = new Anchor("tel:" + referral.phone().replaceAll("[^+0-9]", ""), referral.phone());
            call.addClassName("message-link-phone");
            call.getElement().setAttribute("dir", "ltr");
            add(new Paragraph(new Span(getTranslation("message.link.referral.phone") + " "), call));
        }
    }

    @Override
    protected String centerName(long centerId, HubLanguage language) {
        return messages.centerName(centerId, language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.link.title");
    }
}
