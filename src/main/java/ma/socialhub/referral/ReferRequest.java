package ma.socialhub.referral;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A referral to make from a visit: to whom, for which program if any, which rule proposed it, and
 * the reason and needs it carries to the partner. {@code smsNumber}: the mobile the person agreed,
 * there at the counter, to be told on when the partner answers and sets a first appointment (null:
 * no messages); {@code language}: the one they are told in.
 */
public record ReferRequest(long beneficiaryId, @Nullable Long visitId, @Nullable Long ruleId, long organizationId,
        @Nullable Long programId, String reason, Set<String> needs, @Nullable String smsNumber, String language) {

    public ReferRequest {
        needs = Set.copyOf(needs);
    }

    /** A referral the person is not told about by message. */
    public ReferRequest(long beneficiaryId, @Nullable Long visitId, @Nullable Long ruleId, long organizationId,
            @Nullable Long programId, String reason, Set<String> needs) {
        this(beneficiaryId, visitId, ruleId, organizationId, programId, reason, needs, null, "ar");
    }
}
