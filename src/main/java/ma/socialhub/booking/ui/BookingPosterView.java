package ma.socialhub.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.CenterNotFound;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.PublicAddress;
import ma.socialhub.base.ui.QrCodeImage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;

/**
 * The poster a center prints and hangs at its door and in the places its people pass: the center's
 * name and "book an appointment" in the four languages, each in its own script and direction, and
 * the QR code of the center's booking page with its address written out.
 */
@Route("book/:center/poster")
@AnonymousAllowed
public class BookingPosterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final PublicAddress address;

    public BookingPosterView(Catalog catalog, PublicAddress address) {
        this.catalog = catalog;
        this.address = address;
        addClassName("booking-poster");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("center").orElse("");
        removeAll();
        Center center = catalog.centerByCode(code).orElse(null);
        if (center == null) {
            add(new CenterNotFound(code));
            return;
        }
        String url = address.of("/book/" + center.code());
        for (HubLanguage language : HubLanguage.values()) {
            Locale locale = language.locale();
            Div part = new Div(new H1(getTranslation(locale, "booking.poster.title")), new Paragraph(center.name().in(language)),
                    new Paragraph(getTranslation(locale, "booking.poster.text")));
            part.addClassName("poster-language");
            part.getElement().setAttribute("lang", language.tag());
            part.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
            add(part);
        }
        Isolated written = new Isolated(url);
        written.addClassName("poster-address");
        add(QrCodeImage.of(url, 480, getTranslation("booking.qrAlt")), written);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.title");
    }
}
