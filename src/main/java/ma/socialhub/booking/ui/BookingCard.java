package ma.socialhub.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.PublicAddress;
import ma.socialhub.base.ui.QrCodeImage;
import ma.socialhub.booking.Booking;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import org.springframework.stereotype.Component;

/**
 * A booking as its holder keeps it: the code to type at the kiosk, the day and time, when to come,
 * and a QR code of the booking's own page, where it can be checked in, moved or cancelled. Nothing
 * personal: the number left for reminders is not shown.
 */
public class BookingCard extends Div {

    BookingCard(Booking booking, String pageUrl, Center center, SocialService service, boolean onKiosk) {
        addClassName("booking-card");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Span centerName = new Span(center.name().in(language));
        centerName.addClassName("booking-card-center");
        Span codeLabel = new Span(getTranslation("booking.code"));
        Isolated code = new Isolated(booking.spacedCode());
        code.addClassName("booking-code");
        Span serviceName = new Span(service.name().in(language));
        serviceName.addClassName("booking-card-service");
        Span when = new Span(BookingTexts.day(booking.day(), language) + " · " + BookingTexts.time(booking.start()));
        when.addClassName("booking-when");
        Paragraph window = new Paragraph(getTranslation("booking.window", Map.of(
                "from", BookingTexts.time(booking.checkInFrom(), center.timeZone()),
                "until", BookingTexts.time(booking.checkInUntil(), center.timeZone()))));
        window.addClassName("booking-window");
        add(centerName, codeLabel, code, serviceName, when, window, QrCodeImage.of(pageUrl, 200, getTranslation("booking.qrAlt")));
        if (onKiosk) {
            // a kiosk must not leave its own screen: the page is for the person's phone
            add(new Span(getTranslation("booking.keepFromKiosk")));
        } else {
            Anchor page = new Anchor(pageUrl, getTranslation("booking.openPage"));
            page.addClassName("booking-page-link");
            add(new Span(getTranslation("booking.keep")), page);
        }
    }

    /** Builds cards with the public address of the booking's page. */
    @Component
    public static class Factory {

        private final PublicAddress address;

        Factory(PublicAddress address) {
            this.address = address;
        }

        public BookingCard create(Booking booking, String link, Center center, SocialService service) {
            return new BookingCard(booking, address.of("/b/" + link), center, service, false);
        }

        /** The card as a kiosk shows (and prints) it: no link to follow on the kiosk itself. */
        public BookingCard onKiosk(Booking booking, String link, Center center, SocialService service) {
            return new BookingCard(booking, address.of("/b/" + link), center, service, true);
        }
    }
}
