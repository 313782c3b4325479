package ma.socialhub.ticketing;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's {@code queue_changed} channel, the plumbing of {@link QueueUpdates}: a change is
 * sent with {@code pg_notify} on the connection of its transaction, and heard on a connection of
 * the node's own that LISTENs. A change travels as {@code <center>,<ticket>,<kind>}.
 */
@Component
class QueueChannel {

    static final String CHANNEL = "queue_changed";
    static final String APPLICATION_NAME = "hub-queue-listener";
    private static final Logger log = LoggerFactory.getLogger(QueueChannel.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    QueueChannel(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Queues the notification in the caller's transaction: PostgreSQL delivers it at commit, and never if it rolls back. */
    void send(QueueChanged change) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL,
                change.centerId() + "," + change.ticketId() + "," + change.kind().name()).query((rs, n) -> 1).list();
    }

    /** Opens a connection that LISTENs to the channel; the caller closes it. */
    Listening listen() throws SQLException {
        Connection connection = openConnection();
        try {
            Statement statement = connection.createStatement();
            statement.execute("LISTEN " + CHANNEL);
            return new Listening(connection, statement, connection.unwrap(PGConnection.class));
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** A connection of its own, outside the pool, since it is held for the node's lifetime. */
    private Connection openConnection() throws SQLException {
        Connection connection = dataSource instanceof HikariDataSource hikari
                ? DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
                : dataSource.getConnection();
        // named, so that operators (and pg_stat_activity) can tell it from the pool's connections
        connection.setClientInfo("ApplicationName", APPLICATION_NAME);
        return connection;
    }

    /** One LISTEN connection. */
    static final class Listening implements AutoCloseable {

        private final Connection connection;
        private final Statement statement;
        private final PGConnection pg;

        private Listening(Connection connection, Statement statement, PGConnection pg) {
            this.connection = connection;
            this.statement = statement;
            this.pg = pg;
        }

        /**
         * The changes heard within {@code timeoutMillis}, in the order sent; none if nothing came.
         * Throws when the connection is lost.
         */
        List<QueueChanged> next(int timeoutMillis) throws SQLException {
            PGNotification[] notifications = pg.getNotifications(timeoutMillis);
            List<QueueChanged> changes = new ArrayList<>();
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    parse(notification.getParameter()).ifPresent(changes::add);
                }
            }
            if (notifications == null || notifications.length == 0) {
                // getNotifications does not notice a dead server by itself: ask it something
                statement.execute("SELECT 1");
            }
            return changes;
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                statement.close();
            }
        }
    }

    private static Optional<QueueChanged> parse(String payload) {
        String[] parts = payload.split(",");
        try {
            return Optional.of(new QueueChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    QueueChanged.Kind.valueOf(parts[2])));
        } catch (RuntimeException e) {
            log.warn("Ignoring a malformed queue notification '{}'", payload);
            return Optional.empty();
        }
    }
}
