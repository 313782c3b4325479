package ma.socialhub.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub as a client of a failover (ADR 0030), against the real PostgreSQL of the tests: the
 * acknowledged writes ask for a synchronous commit in their own transaction only, the pool drops a
 * connection whose server refuses writes, and health names the server written to. The failover
 * itself, with a standby that takes over, is DatabaseFailoverDrill's ({@code bash .ci/drills}).
 */
@IntegrationTest
class FailoverClientTest {

    @Autowired HikariDataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired ApplicationContext context;

    @Test
    void anAcknowledgedWriteRaisesLocalCommitsToSynchronousForItsOwnTransactionOnly() {
        // "local": as docs/deployment.md sets the database
        assertThat(levelsAroundAnAcknowledgedWrite("local")).containsExactly("on", "local");
    }

    @Test
    void anAcknowledgedWriteNeverLowersAStricterLevel() {
        assertThat(levelsAroundAnAcknowledgedWrite("remote_apply")).first().isEqualTo("remote_apply");
    }

    /**
     * On one session whose level is {@code sessionLevel}: the level inside a transaction that
     * asked for an acknowledged write, then in the session's next transaction.
     */
    private List<String> levelsAroundAnAcknowledgedWrite(String sessionLevel) {
        try (SingleConnectionDataSource one = new SingleConnectionDataSource(dataSource.getJdbcUrl(), dataSource.getUsername(),
                dataSource.getPassword(), true)) {
            JdbcClient session = JdbcClient.create(one);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(one));
            session.sql("SET synchronous_commit = " + sessionLevel).update();
            String inside = transaction.execute(status -> {
                new AcknowledgedWrites(session).require();
                return setting(session);
            });
            return java.util.Arrays.asList(inside, setting(session));
        }
    }

    @Test
    void issuingAndCallingATicketCommitSynchronouslyWhileTheDatabaseDefaultIsLocal() {
        long center = fixtures.center();
        long service = fixtures.service('S');
        long counter = fixtures.counter(center, "1", service);
        String agent = fixtures.agent(center);
        // what each write of a ticket ran with, seen from inside its transaction
        jdbc.sql("CREATE TABLE IF NOT EXISTS commit_level_seen (ticket_id bigint, op text, level text)").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION commit_level_note() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO commit_level_seen VALUES (NEW.id, TG_OP || ' ' || NEW.state, current_setting('synchronous_commit'));
                    RETURN NEW;
                END $$""").update();
        jdbc.sql("CREATE TRIGGER commit_level_note AFTER INSERT OR UPDATE OF state ON ticket FOR EACH ROW EXECUTE FUNCTION commit_level_note()")
                .update();
        String database = jdbc.sql("SELECT current_database()").query(String.class).single();
        try {
            jdbc.sql("ALTER DATABASE \"" + database + "\" SET synchronous_commit = local").update();
            dataSource.getHikariPoolMXBean().softEvictConnections(); // new connections take the database's default

            long ticket = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD,
                    HubLanguage.FRENCH, "sync-" + center)).ticket().id();
            fixtures.signIn(agent);
            assertThat(tickets.callNext(counter)).isInstanceOf(CallResult.Called.class);
            fixtures.signOut();

            assertThat(jdbc.sql("SELECT op || ': ' || level FROM commit_level_seen WHERE ticket_id = ? ORDER BY op").param(ticket)
                    .query(String.class).list()).containsExactly("INSERT WAITING: on", "UPDATE CALLED: on");
            assertThat(jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single())
                    .as("a read outside them").isEqualTo("local");
        } finally {
            jdbc.sql("ALTER DATABASE \"" + database + "\" RESET synchronous_commit").update();
            jdbc.sql("DROP TRIGGER commit_level_note ON ticket").update();
            jdbc.sql("DROP TABLE commit_level_seen").update();
            dataSource.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Test
    void thePoolDropsAConnectionWhoseServerRefusesWritesAsAStandbyWould() throws SQLException {
        assertThat(backendAfterARefusedWrite(ServerRoleEviction.class.getName())).as("with the hub's setting: a new connection")
                .isFalse();
        assertThat(backendAfterARefusedWrite(null)).as("Hikari alone keeps it").isTrue();
    }

    @Test
    void aWriteInTheApplicationsOwnReadOnlyTransactionIsReportedAsTheBugItIsNotAsAnOutage() {
        TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        readOnly.setReadOnly(true);

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> readOnly.executeWithoutResult(
                status -> jdbc.sql("CREATE TEMP TABLE written_by_mistake (x int)").update()));

        assertThat(refused).isNotNull();
        assertThat(DatabaseOutage.causedBy(refused)).as("shown as \"temporarily unavailable\"").isFalse();
    }

    @Test
    void healthNamesTheServerWrittenToAndThatItIsThePrimary() {
        var health = context.getBean("databaseServer", HealthIndicator.class).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("primary", true).containsEntry("commitsWaiting", false)
                .containsKey("server").containsKey("synchronousStandbys");
    }

    /**
     * Whether the pool hands out the same server process after a write was refused on it with
     * SQLSTATE 25006, as on a standby (here: a read-only session on the primary).
     */
    private boolean backendAfterARefusedWrite(@Nullable String overrideClass) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(dataSource.getJdbcUrl());
        config.setUsername(dataSource.getUsername());
        config.setPassword(dataSource.getPassword());
        config.setMaximumPoolSize(1);
        config.setExceptionOverrideClassName(overrideClass);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            int first;
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                first = backend(s);
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                assertThatThrownBy(() -> s.execute("CREATE TEMP TABLE refused (x int)"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                return backend(s) == first;
            }
        }
    }

    private static int backend(Statement s) throws SQLException {
        try (var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static @Nullable String setting(JdbcClient session) {
        List<String> value = session.sql("SHOW synchronous_commit").query(String.class).list();
        return value.isEmpty() ? null : value.getFirst();
    }
}
