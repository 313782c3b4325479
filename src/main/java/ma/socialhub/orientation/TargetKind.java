package ma.socialhub.orientation;

/** What a rule proposes: a program, an incubator of the region, a type of partner institution, or another service. */
public enum TargetKind {
    PROGRAM, INCUBATOR, INSTITUTION, SERVICE;

    /** Whether accepting it leads to a referral to a partner (the others are handled at the center). */
    public boolean refersToAPartner() {
        return this != SERVICE;
    }
}
