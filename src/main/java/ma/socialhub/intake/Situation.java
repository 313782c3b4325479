package ma.socialhub.intake;

/**
 * The checklist of a person's situation. Orientation rules read it. A disability is health data:
 * it is only kept with the person's consent to sensitive data.
 */
public enum Situation {
    WOMAN_IN_DIFFICULTY,
    WIDOW,
    DIVORCED,
    SINGLE_MOTHER,
    PERSON_WITH_DISABILITY,
    ELDERLY_LIVING_ALONE,
    CHILD,
    CHILD_WITHOUT_FAMILY,
    YOUNG_OUT_OF_SCHOOL_AND_WORK,
    FAMILY_IN_DIFFICULTY,
    HOMELESS;

    /** Needs the consent to sensitive data (health). */
    public boolean sensitive() {
        return this == PERSON_WITH_DISABILITY;
    }
}
