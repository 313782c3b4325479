package ma.socialhub.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a referral that its person may be told about, published in the transaction
 * that made it happen (listeners that write, such as messages, commit or roll back with it).
 * {@code version} is the referral's after the change, so that each change is told once and a time
 * moved away and back is told again. Only {@link Change#MADE} carries {@code language} and, when
 * its person agreed at the counter to be told on a mobile, {@code phoneEnc} (encrypted);
 * {@code redirectedFrom} names the declined referral it sends on to another partner.
 */
public record ReferralChanged(long referralId, long centerId, Change change, @Nullable Instant firstAppointmentAt,
        @Nullable Long redirectedFrom, int version, @Nullable String language, @Nullable String phoneEnc) {

    public enum Change {
        /** Made, or given a number for messages after it was made. */
        MADE,
        /** The partner accepted the person. */
        ACCEPTED,
        /** The partner set or moved the first appointment. */
        APPOINTMENT_SET,
        /** The partner declined: the center may send the person on to another one. */
        DECLINED,
        /** Completed or dropped: nothing more to tell. */
        ENDED,
        /** The person's file was erased: nothing more to tell, and her number goes. */
        ERASED
    }
}
