package ma.socialhub.ticketing.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import ma.socialhub.ticketing.CallOrder;

/** "Appointment at 10:00 — you will be called from 09:55": what a checked-in appointment's ticket says instead of a wait. */
public final class DueTime {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DueTime() {
    }

    public static Span of(Instant dueAt, ZoneId zone) {
        Span text = new Span();
        text.setText(text.getTranslation("ticket.due", Map.of("time", TIME.format(dueAt.atZone(zone)),
                "from", TIME.format(CallOrder.callableFrom(dueAt).atZone(zone)))));
        text.addClassName("ticket-due");
        return text;
    }
}
