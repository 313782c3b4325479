package ma.socialhub.intake;

import java.util.Set;

/** A file that may be the person being registered, and why. */
public record DuplicateCandidate(BeneficiarySummary person, Set<DuplicateReason> reasons) {

    public DuplicateCandidate {
        reasons = Set.copyOf(reasons);
    }

    /** The same ID card number: it can only be this person (the database refuses a second file). */
    public boolean certain() {
        return reasons.contains(DuplicateReason.SAME_NATIONAL_ID);
    }
}
