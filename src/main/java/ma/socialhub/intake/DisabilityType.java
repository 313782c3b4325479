package ma.socialhub.intake;

/** Sensitive (health): kept only with the consent to sensitive data. */
public enum DisabilityType {
    MOTOR, VISUAL, HEARING, INTELLECTUAL, PSYCHIC, MULTIPLE, OTHER
}
