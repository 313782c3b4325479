package ma.socialhub.supervision;

import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Appointments of one service or one center over a range: how many were booked, then checked in,
 * missed or cancelled; of those called, how many within 15 minutes of their time. {@code key} is
 * the service's letter or the center's code.
 */
public record AppointmentFigures(String key, LocalizedText name, int booked, int checkedIn, int noShows, int cancelled,
        int called, int onTime) {

    /** Of the bookings not cancelled, the share checked in; null with none. */
    public @Nullable Double checkInRate() {
        return share(checkedIn, booked - cancelled);
    }

    /** Of the bookings not cancelled, the share nobody checked in by the end of its window. */
    public @Nullable Double noShowRate() {
        return share(noShows, booked - cancelled);
    }

    /** Of the appointments called, the share called within 15 minutes of their time. */
    public @Nullable Double onTimeRate() {
        return share(onTime, called);
    }

    private static @Nullable Double share(int part, int whole) {
        return whole <= 0 ? null : (double) part / whole;
    }
}
