package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/** Two application nodes on one PostgreSQL: what happens on one reaches the screens of the other. */
@IntegrationTest
class QueueUpdatesAcrossNodesTest {

    @Autowired Tickets tickets;
    @Autowired QueueUpdates updates;
    @Autowired Fixtures fixtures;
    @Autowired HikariDataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void aTicketIssuedOnOneNodeReachesTheScreensOfAnotherWithinASecond() throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counter(center, "1", service);
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext nodeB = SecondNode.start(dataSource)) {
            BlockingQueue<QueueChanged> seenOnB = new LinkedBlockingQueue<>();
            QueueUpdates onB = nodeB.getBean(QueueUpdates.class);
            onB.subscribe(center, seenOnB::add);
            assertThat(onB.isListening()).isTrue();

            Ticket issuedOnA = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();

            QueueChanged change = seenOnB.poll(1, TimeUnit.SECONDS);
            assertThat(change).isEqualTo(new QueueChanged(center, issuedOnA.id(), QueueChanged.Kind.ISSUED));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
    }

    @Test
    void aChangeThatRollsBackIsNeverAnnounced() throws Exception {
        long center = fixtures.center();
        BlockingQueue<QueueChanged> seen = new LinkedBlockingQueue<>();
        updates.subscribe(center, seen::add);
        TransactionTemplate tx =
                new TransactionTemplate(
                        new JdbcTransactionManager(dataSource));
        tx.executeWithoutResult(status -> {
            updates.notifyInTransaction(new QueueChanged(center, 1, QueueChanged.Kind.ISSUED));
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> updates.notifyInTransaction(new QueueChanged(center, 2, QueueChanged.Kind.CALLED)));
        assertThat(seen.poll(2, TimeUnit.SECONDS)).isEqualTo(new QueueChanged(center, 2, QueueChanged.Kind.CALLED));
        assertThat(seen.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aListenerThatLosesItsConnectionReconnectsAndTellsScreensToResync() throws Exception {
        long center = fixtures.center();
        BlockingQueue<QueueChanged> seen = new LinkedBlockingQueue<>();
        updates.subscribe(center, seen::add);
        // the database drops the listener's connection, as a restart or a network cut would
        jdbc.sql("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?
                """).param(QueueChannel.APPLICATION_NAME).query((rs, n) -> 1).list();
        QueueChanged resync = seen.poll(10, TimeUnit.SECONDS);
        assertThat(resync).isEqualTo(new QueueChanged(center, 0, QueueChanged.Kind.RESYNC));
    }
}
