package ma.socialhub.api;

import java.time.Instant;
import ma.socialhub.booking.FreeSlot;

/** A time that can still be booked: its local time, its instant and the places left. */
record FreeTimeView(String time, Instant startsAt, int free) {

    static FreeTimeView of(FreeSlot slot) {
        return new FreeTimeView(slot.start().toString(), slot.at(), slot.free());
    }
}
