package ma.socialhub.base.security;

/** The staff roles. One place for the names, so that no view or service spells a role by hand. */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";
    public static final String INCUBATOR = "INCUBATOR";

    private Roles() {
    }
}
