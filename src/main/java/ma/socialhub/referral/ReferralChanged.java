package ma.socialhub.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a referral that its person may be told about, published in the transaction
 * that made it happen (listeners that write, such as messages, commit or roll back with it).
 * {@code phoneEnc} (encrypted) is set only when the referral is made with a number its person agreed
 * to be told on, and {@code language} then says the one they are told in (later changes are told in
 * it, whatever theirs says); {@code redirectedFrom}, when it is a declined referral sent on to
 * another partner.
 */
public record ReferralChanged(long referralId, long centerId, Change change, @Nullable Instant firstAppointmentAt,
        @Nullable Long redirectedFrom, String language, @Nullable String phoneEnc) {

    public enum Change {
        MADE,
        /** The partner accepted the person. */
        ACCEPTED,
        /** The partner set or moved the first appointment. */
        APPOINTMENT_SET,
        /** The partner declined: the center may send the person on to another one. */
        DECLINED,
        /** Completed or dropped: nothing more to tell. */
        ENDED
    }
}
