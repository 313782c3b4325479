package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.Bookings;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.SocialService;
import org.jspecify.annotations.Nullable;

/**
 * Today's booked visits for the services this counter serves, by time: who is expected, who has
 * checked in (and so waits in the line, due at their time), who did not come. Nothing personal: a
 * booking holds no name, and its code is not shown (it is the citizen's key at the kiosk).
 */
class BookedToday extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Bookings bookings;
    private final Catalog catalog;

    BookedToday(Bookings bookings, Catalog catalog) {
        this.bookings = bookings;
        this.catalog = catalog;
        addClassName("booked-today");
    }

    void show(@Nullable Counter counter) {
        removeAll();
        if (counter == null || counter.servesNothing()) {
            return;
        }
        List<Booking> today = bookings.todayAtMyCenter().stream().filter(b -> counter.serviceIds().contains(b.serviceId())).toList();
        add(new H2(getTranslation("counter.booked", java.util.Map.of("count", today.size()))));
        for (Booking booking : today) {
            String letter = catalog.service(booking.serviceId()).map(SocialService::letter).map(String::valueOf).orElse("");
            Span time = new Span(TIME.format(booking.start()) + " · " + letter);
            time.addClassName("booked-time");
            Span state = new Span(getTranslation("counter.booked." + booking.state().name()));
            state.addClassName("booked-state");
            Div row = new Div(time, state);
            row.addClassName("booked-row");
            row.addClassName("booked-" + booking.state().name().toLowerCase());
            add(row);
        }
    }
}
