package ma.socialhub.base.db;

/**
 * The embedded PostgreSQL could not start. The message tells the user why and how to point the
 * hub at a PostgreSQL server instead.
 */
public class EmbeddedPostgresUnavailableException extends RuntimeException {

    EmbeddedPostgresUnavailableException(Throwable cause) {
        super("""
                The embedded PostgreSQL could not start: %s
                  Likely causes: the data folder (hub.embedded-db.data-dir) is not writable or is held by \
                another running hub; running as root where 'unshare' is not allowed ("initdb: cannot be run as root").
                  To use a PostgreSQL server instead, set for example:
                    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/socialhub
                    SPRING_DATASOURCE_USERNAME=socialhub
                    SPRING_DATASOURCE_PASSWORD=...
                  and add SPRING_PROFILES_ACTIVE=demo to load the demo centers and accounts."""
                .formatted(rootMessage(cause)), cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
