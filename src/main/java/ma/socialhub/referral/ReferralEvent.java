package ma.socialhub.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a referral: from what to what, when, by whom, and the note they left. */
public record ReferralEvent(long id, @Nullable ReferralStatus from, ReferralStatus to, Instant at, String byName,
        String note) {
}
