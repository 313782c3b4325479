package ma.socialhub.base.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (restarting, failing over, the network
 * down) from a fault in the application. The first passes by itself within seconds, and nothing of
 * the user's action was stored: the screen says "temporarily unavailable, try again" and keeps what
 * the user typed. The second is a bug and says so.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return !writeInReadOnlyTransaction(sql);
            }
        }
        return false;
    }

    private static boolean writeInReadOnlyTransaction(SQLException e) {
        for (Throwable suppressed : e.getSuppressed()) {
            if (suppressed instanceof ServerRoleEviction.WriteInReadOnlyTransaction) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (the server shutting down, crashed
     * or still starting) and 25006 (a write sent to a server that is now a standby: a failover
     * under way; the pool drops that connection, see {@link ServerRoleEviction}).
     */
    private static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals(ServerRoleEviction.READ_ONLY_TRANSACTION));
    }
}
