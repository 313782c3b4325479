package ma.socialhub.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.FreeSlot;

/**
 * A day, then a time, among the free ones of a service at a center: big buttons a thumb can hit,
 * the days in words, the times on the 24-hour clock. Used to book and to move a booking.
 */
class SlotPicker extends Div {

    private final Bookings bookings;
    private final long centerId;
    private final long serviceId;
    private final Consumer<FreeSlot> chosen;

    SlotPicker(Bookings bookings, long centerId, long serviceId, Consumer<FreeSlot> chosen) {
        this.bookings = bookings;
        this.centerId = centerId;
        this.serviceId = serviceId;
        this.chosen = chosen;
        addClassName("slot-picker");
        showDays();
    }

    void showDays() {
        removeAll();
        add(new H2(getTranslation("booking.chooseDay")));
        List<LocalDate> days = bookings.daysWithFreeSlots(centerId, serviceId);
        if (days.isEmpty()) {
            add(new Paragraph(getTranslation("booking.noFreeDay")));
            return;
        }
        Div buttons = choices();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        for (LocalDate day : days) {
            Button button = new Button(BookingTexts.day(day, language), e -> showTimes(day));
            button.addClassName("day-choice");
            buttons.add(button);
        }
        add(buttons);
    }

    void showTimes(LocalDate day) {
        removeAll();
        add(new H2(getTranslation("booking.chooseTime", java.util.Map.of("day",
                BookingTexts.day(day, HubLanguage.orDefault(getLocale()))))));
        List<FreeSlot> slots = bookings.freeSlots(centerId, serviceId, day);
        if (slots.isEmpty()) {
            add(new Paragraph(getTranslation("booking.dayFull")));
        }
        Div buttons = choices();
        for (FreeSlot slot : slots) {
            Button button = new Button(BookingTexts.time(slot.start()), e -> chosen.accept(slot));
            button.addClassName("time-choice");
            button.getElement().setAttribute("dir", "ltr");
            buttons.add(button);
        }
        Button back = new Button(getTranslation("booking.otherDay"), e -> showDays());
        back.addClassName("booking-back");
        add(buttons, back);
    }

    private static Div choices() {
        Div buttons = new Div();
        buttons.addClassName("booking-choices");
        return buttons;
    }
}
