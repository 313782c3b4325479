package ma.socialhub.directory;

/** What a partner institution takes care of; orientation rules point at a type, not at a name. */
public enum InstitutionType {
    DISABILITY, ELDERLY, CHILD_PROTECTION, WOMEN_SHELTER, EMERGENCY, YOUTH, TRAINING, HEALTH, OTHER
}
