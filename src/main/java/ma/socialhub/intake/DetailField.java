package ma.socialhub.intake;

/** The fields of a person's form, to say which one a problem is about. */
public enum DetailField {
    FIRST_NAME_AR, LAST_NAME_AR, FIRST_NAME_LATIN, LAST_NAME_LATIN, BIRTH_DATE, BIRTH_YEAR, NATIONAL_ID, PHONE,
    COMMUNE, HOUSEHOLD_SIZE, SITUATIONS, PREGNANT, RSU_ID
}
