package ma.socialhub.intake;

/** What a person agrees to (law 09-08: a declared purpose each). */
public enum ConsentScope {
    /** Keep a file on the person to support and orient them. Without it nothing personal is saved. */
    PROCESSING,
    /** Record a disability, a chronic illness or a pregnancy. */
    SENSITIVE,
    /** Send the file to a partner the person is referred to. */
    SHARING
}
