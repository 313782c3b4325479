package ma.socialhub.referral;

/** The outcome of referring a person. */
public sealed interface ReferResult {

    /** Sent (or found already sent from the same visit to the same partner). */
    record Referred(Referral referral) implements ReferResult {
    }

    /** The person did not agree to their file being shared with partners. */
    record SharingNotAgreed() implements ReferResult {
    }

    /** The partner or program is unknown or inactive, or the visit is not this person's. */
    record NotAllowed() implements ReferResult {
    }

    /** The reason is empty or too long (translation key). */
    record Invalid(String problem) implements ReferResult {
    }

    /** The number for messages is not a Moroccan mobile (nothing was referred). */
    record PhoneInvalid() implements ReferResult {
    }
}
