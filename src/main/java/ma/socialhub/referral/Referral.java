package ma.socialhub.referral;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person referred from a center to a partner, as it stands now. */
public record Referral(
        long id,
        long beneficiaryId,
        @Nullable Long visitId,
        long centerId,
        @Nullable Long ruleId,
        long organizationId,
        @Nullable Long programId,
        String reason,
        Set<String> needs,
        ReferralStatus status,
        Instant createdAt,
        Instant statusAt,
        @Nullable ReferralOutcome outcome,
        @Nullable Long redirectedFrom,
        int version,
        /* when the partner expects the person first, once it has accepted */
        @Nullable Instant firstAppointmentAt) {

    public Referral {
        needs = Set.copyOf(needs);
    }
}
