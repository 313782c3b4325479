package ma.socialhub.base.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes the hub acknowledges to a person — a ticket in a citizen's hand, a call on the
 * display, a registration, a referral — commit only once a synchronous standby has them too
 * (docs/adr/0030). The database's default can then stay {@code synchronous_commit = local}: the
 * rollups, audit lines and screens' reads do not wait for the standby, and a failover loses only
 * what nobody was told had happened.
 *
 * <p>Raises the level for the current transaction only, and never lowers it: a database set to
 * {@code remote_apply} keeps it. Without {@code synchronous_standby_names} (one server) "on" is a
 * local flush, as before.
 */
@Component
public class AcknowledgedWrites {

    private final JdbcClient jdbc;

    AcknowledgedWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the current transaction's commit wait for the synchronous standbys; call it inside the transaction. */
    public void require() {
        jdbc.sql("""
                SELECT CASE WHEN current_setting('synchronous_commit') IN ('off', 'local', 'remote_write')
                            THEN set_config('synchronous_commit', 'on', true) END""").query((rs, n) -> 1).single();
    }
}
