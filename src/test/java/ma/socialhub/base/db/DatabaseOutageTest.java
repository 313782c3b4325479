package ma.socialhub.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        var poolTimedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms");
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimedOut))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                poolTimedOut))).isTrue();
    }

    @Test
    void aServerShuttingDownInTheMiddleOfAStatementIsAnOutage() {
        SQLException adminShutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseOutage.causedBy(new UncategorizedSQLException("issue", "INSERT …", adminShutdown))).isTrue();
        SQLException connectionLost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("wrapped", connectionLost))).isTrue();
    }

    @Test
    void aWriteRefusedByAServerThatBecameAStandbyIsAnOutage() {
        SQLException readOnly = new SQLException("cannot execute INSERT in a read-only transaction", "25006");
        assertThat(DatabaseOutage.causedBy(new UncategorizedSQLException("issue", "INSERT …", readOnly))).isTrue();
    }

    @Test
    void aBrokenRuleOrABugIsNotAnOutage() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }
}
