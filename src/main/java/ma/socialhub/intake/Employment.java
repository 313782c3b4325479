package ma.socialhub.intake;

public enum Employment {
    UNEMPLOYED, EMPLOYED, SELF_EMPLOYED, INFORMAL, STUDENT, HOMEMAKER, RETIRED, UNABLE_TO_WORK
}
