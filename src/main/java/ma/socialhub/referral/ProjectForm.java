package ma.socialhub.referral;

/** The form a launched project took; cooperatives are counted apart for the program's indicators. */
public enum ProjectForm {
    INCOME_GENERATING_ACTIVITY, COOPERATIVE, AUTO_ENTREPRENEUR
}
