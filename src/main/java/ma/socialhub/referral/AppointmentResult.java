package ma.socialhub.referral;

/** The outcome of setting a referral's first appointment. */
public sealed interface AppointmentResult {

    record Set(Referral referral) implements AppointmentResult {
    }

    /** Only the partner sets it, and only once it has accepted and until the referral ends. */
    record NotNow() implements AppointmentResult {
    }

    /** In the past, or more than a year ahead (translation key). */
    record Invalid(String problem) implements AppointmentResult {
    }

    /** Someone changed the referral meanwhile; nothing was overwritten. */
    record Conflict(Referral now) implements AppointmentResult {
    }
}
