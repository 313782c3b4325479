package ma.socialhub.referral;

/** How a completed accompaniment ended. */
public enum ReferralOutcome {
    PROJECT_LAUNCHED, EMPLOYED, TRAINED, OTHER
}
