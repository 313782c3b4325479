package ma.socialhub.directory;

/** A social incubator (income-generating projects, cooperatives) or another partner institution. */
public enum OrganizationKind {
    INCUBATOR, INSTITUTION
}
