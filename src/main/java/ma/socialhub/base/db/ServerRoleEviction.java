package ma.socialhub.base.db;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops a pooled connection whose server is no longer the primary (docs/adr/0030). After a
 * failover, a connection can still reach a server that now refuses writes with SQLSTATE 25006
 * (a former primary brought back as a standby, or a standby reached through a virtual address
 * that moved); Hikari would keep it, since 25006 is not one of its "connection is broken" states,
 * and hand it out again and again. Evicted, it is replaced by a new connection that the JDBC
 * URL's {@code targetServerType=primary} sends to the primary. Set by
 * {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class ServerRoleEviction implements SQLExceptionOverride {

    /** read_only_sql_transaction: a write on a server in recovery. */
    static final String READ_ONLY_TRANSACTION = "25006";

    @java.lang.Override // spelled out: SQLExceptionOverride has a nested type named Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && READ_ONLY_TRANSACTION.equals(sql.getSQLState())) {
                if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                    // a write in a transaction the code itself declared read-only: a bug, not a failover
                    sql.addSuppressed(new WriteInReadOnlyTransaction());
                    return Override.CONTINUE_EVICT;
                }
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }

    /** Marks a 25006 raised by the application's own read-only transaction, so that it is reported as the bug it is. */
    static final class WriteInReadOnlyTransaction extends RuntimeException {

        WriteInReadOnlyTransaction() {
            super("a write in a read-only transaction", null, false, false);
        }
    }
}
