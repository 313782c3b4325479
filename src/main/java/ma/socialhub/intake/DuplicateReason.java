package ma.socialhub.intake;

/** Why two files may be the same person. */
public enum DuplicateReason {
    SAME_NATIONAL_ID, SAME_PHONE, SAME_NAME_AND_BIRTH_YEAR
}
