package ma.socialhub.referral;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A referral to make from a visit: to whom, for which program if any, which rule proposed it, and
 * the reason and needs it carries to the partner.
 */
public record ReferRequest(long beneficiaryId, @Nullable Long visitId, @Nullable Long ruleId, long organizationId,
        @Nullable Long programId, String reason, Set<String> needs) {

    public ReferRequest {
        needs = Set.copyOf(needs);
    }
}
