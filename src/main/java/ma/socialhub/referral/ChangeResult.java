package ma.socialhub.referral;

/** The outcome of moving a referral along its life cycle. */
public sealed interface ChangeResult {

    record Changed(Referral referral) implements ChangeResult {
    }

    /** The life cycle does not allow it, or not for this side. */
    record Illegal(ReferralStatus from, ReferralStatus to) implements ChangeResult {
    }

    /** Someone changed the referral meanwhile; nothing was overwritten. */
    record Conflict(Referral now) implements ChangeResult {
    }

    /** This move must say why. */
    record NoteRequired() implements ChangeResult {
    }
}
