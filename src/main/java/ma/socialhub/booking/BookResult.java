package ma.socialhub.booking;

/** The outcome of booking or moving a time. */
public sealed interface BookResult {

    /** Booked; {@code link} is the signed link the QR code carries. */
    record Booked(Booking booking, String link) implements BookResult {
    }

    /** Somebody took the last place of that time first. */
    record SlotFull() implements BookResult {
    }

    /** That time cannot be booked, for {@code reason}. */
    record NotBookable(Reason reason) implements BookResult {

        /** Why: the time has begun or passed; the service is closed that day; the day is beyond the horizon; no slot starts then. */
        public enum Reason {
            PAST, CLOSED, TOO_FAR, NOT_A_SLOT
        }
    }

    /** The center does not offer the service, or either is unknown. */
    record ServiceNotOffered() implements BookResult {
    }

    /** The phone number is not a valid Moroccan number. */
    record PhoneInvalid() implements BookResult {
    }

    /** A number was given without agreeing to receive reminders on it. */
    record ConsentMissing() implements BookResult {
    }

    /** This phone number already holds as many bookings to come as one person may. */
    record TooManyForPhone(int limit) implements BookResult {
    }

    /** Too many bookings came from this address lately: a script grabbing slots looks like this. */
    record TooManyFromAddress() implements BookResult {
    }

    /** The booking cannot change any more: it was checked in, cancelled, missed, or moved too often. */
    record NotChangeable() implements BookResult {
    }

    /** The idempotency key was used before for another request. */
    record KeyUsedForAnotherRequest() implements BookResult {
    }
}
