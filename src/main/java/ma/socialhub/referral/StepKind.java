package ma.socialhub.referral;

/** What happened in an accompaniment. */
public enum StepKind {
    TRAINING_SESSION, BUSINESS_PLAN, FINANCING, PROJECT_LAUNCHED, OTHER
}
