package ma.socialhub.api;

import java.time.Instant;
import ma.socialhub.booking.Booking;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;

/**
 * An appointment as the API shows it: where, what, when (the day and time on the center's clock,
 * and the instant), the check-in window, the code to type at the kiosk, and the signed link of its
 * own page. Nothing personal.
 */
record AppointmentView(String center, String service, String date, String time, Instant startsAt, Instant checkInFrom,
        Instant checkInUntil, String code, String state, String link, String statusUrl) {

    static AppointmentView of(Booking booking, Center center, SocialService service, String link, String statusUrl) {
        return new AppointmentView(center.code(), String.valueOf(service.letter()), booking.day().toString(),
                booking.start().toString(), booking.startsAt(), booking.checkInFrom(), booking.checkInUntil(), booking.code(),
                booking.state().name(), link, statusUrl);
    }
}
