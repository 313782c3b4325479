package ma.socialhub.base.db;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code databaseServer} in {@code /actuator/health} (docs/adr/0030): which PostgreSQL server this
 * node writes to, that it is the primary, and which standbys confirm its commits. Down when the
 * server reached is a standby (the node could not write), or when the primary names synchronous
 * standbys and none is attached (its acknowledged writes wait; a failover manager in non-strict
 * mode clears the names). Marked {@code alone} when no synchronous standby is attached, so that a
 * watcher can alert on a primary whose commits would be lost with it. Down, with the error, when
 * no server answers at all: the health page then says 503, not a 500 of its own.
 */
@Component("databaseServer")
class DatabaseServerHealth extends AbstractHealthIndicator {

    private final JdbcClient jdbc;

    DatabaseServerHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            Health server = read();
            builder.status(server.getStatus()).withDetails(server.getDetails());
        } catch (DataAccessException unreachable) {
            builder.down().withDetail("error", why(unreachable));
        }
    }

    /**
     * The driver's words, the deepest SQL error: Spring's say "Failed to obtain JDBC Connection", the
     * pool's "request timed out", the socket's "Connection refused"; the driver names the server and why.
     */
    private static String why(Throwable error) {
        String why = error.getMessage();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                why = cause.getMessage();
            }
        }
        return why == null ? error.getClass().getName() : why;
    }

    private Health read() {
        // pg_stat_replication shows its rows' details to members of pg_monitor only (docs/deployment.md):
        // to others a standby's sync_state is null, and nothing is concluded from it
        return jdbc.sql("""
                SELECT coalesce(host(inet_server_addr()), 'local') || ':' || coalesce(inet_server_port(), 0) AS server,
                       NOT pg_is_in_recovery() AS primary_server,
                       current_setting('synchronous_standby_names') AS wanted,
                       (SELECT string_agg(coalesce(application_name, '?') || ' (' || coalesce(sync_state, '?') || ')', ', '
                                          ORDER BY application_name)
                          FROM pg_stat_replication) AS standbys,
                       (SELECT count(*) FROM pg_stat_replication WHERE sync_state IN ('sync', 'quorum')) AS synchronous,
                       (SELECT count(*) FROM pg_stat_replication WHERE sync_state IS NULL) AS hidden
                """).query((rs, n) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("server", rs.getString("server"));
            details.put("primary", rs.getBoolean("primary_server"));
            details.put("standbys", rs.getString("standbys") == null ? "" : rs.getString("standbys"));
            boolean wantsStandby = !rs.getString("wanted").isBlank();
            details.put("synchronousStandbys", rs.getInt("synchronous"));
            if (rs.getInt("hidden") > 0) {
                // standbys are there, but this role may not see their state: no alarm on a guess
                details.put("standbysVisible", false);
                return (rs.getBoolean("primary_server") ? Health.up() : Health.down()).withDetails(details).build();
            }
            boolean alone = rs.getInt("synchronous") == 0;
            details.put("alone", alone);
            details.put("commitsWaiting", wantsStandby && alone);
            boolean writable = rs.getBoolean("primary_server") && !(wantsStandby && alone);
            return (writable ? Health.up() : Health.down()).withDetails(details).build();
        }).single();
    }
}
