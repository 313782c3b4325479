package ma.socialhub.booking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.FreeSlot;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.PriorityClass;
import org.springframework.stereotype.Component;

/**
 * The counter's "book a follow-up visit": for the person at the counter, a service of the center
 * (the visit's own first), a day and a time; the booking's card then shows the code and the QR
 * code for the person to photograph or keep on paper.
 */
@Component
public class FollowUpBooking {

    private final Bookings bookings;
    private final Catalog catalog;
    private final BookingCard.Factory cards;

    FollowUpBooking(Bookings bookings, Catalog catalog, BookingCard.Factory cards) {
        this.bookings = bookings;
        this.catalog = catalog;
        this.cards = cards;
    }

    /** Opens the dialog at {@code centerId} (the agent's), for a person who speaks {@code languageTag}. */
    public void open(long centerId, long serviceId, String languageTag, PriorityClass priority) {
        Center center = catalog.center(centerId).orElseThrow();
        HubLanguage personLanguage = HubLanguage.ofTag(languageTag).orElse(HubLanguage.ARABIC);
        Dialog dialog = new Dialog();
        dialog.addClassName("follow-up-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("booking.followUp"));
        Select<SocialService> service = new Select<>();
        service.setLabel(dialog.getTranslation("booking.followUp.service"));
        service.addClassName("follow-up-service");
        service.setItems(catalog.servicesAt(centerId));
        HubLanguage screen = HubLanguage.orDefault(UI.getCurrent().getLocale());
        service.setItemLabelGenerator(s -> s.name().in(screen));
        Div picker = new Div();
        service.addValueChangeListener(e -> {
            picker.removeAll();
            if (e.getValue() != null) {
                SocialService chosen = e.getValue();
                picker.add(new SlotPicker(bookings, centerId, chosen.id(), slot -> book(dialog, center, chosen, slot, personLanguage,
                        priority)));
            }
        });
        catalog.servicesAt(centerId).stream().filter(s -> s.id() == serviceId).findFirst().ifPresent(service::setValue);
        Button close = new Button(dialog.getTranslation("booking.back"), e -> dialog.close());
        close.addClassName("follow-up-close");
        dialog.add(service, picker);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void book(Dialog dialog, Center center, SocialService service, FreeSlot slot, HubLanguage language, PriorityClass priority) {
        BookResult result = bookings.bookAtCounter(service.id(), slot.day(), slot.start(), language, priority);
        if (result instanceof BookResult.Booked booked) {
            dialog.removeAll();
            dialog.add(cards.create(booked.booking(), booked.link(), center, service));
        } else {
            Notification.show(dialog.getTranslation("booking.error.slotFull"), 6000, Notification.Position.MIDDLE);
        }
    }
}
