package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@IntegrationTest
class TicketsSurviveRestartTest {

    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired HikariDataSource dataSource;

    @Test
    void aTicketIssuedBeforeARestartIsStillWaitingInTheSamePlaceAfterIt() throws InterruptedException {
        long center = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counter(center, "1", service);
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        Ticket second = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC)).ticket();

        // Spring Security's holder strategy is JVM-global and the second application replaces it (Vaadin
        // installs its own); put this context's back afterwards so later tests sign in where it looks.
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        // a second, freshly started application on the same database: nothing kept in memory helps it
        try (ConfigurableApplicationContext restarted = SecondNode.start(dataSource)) {
            Tickets afterRestart = restarted.getBean(Tickets.class);
            Ticket found = afterRestart.byToken(second.qrToken()).orElseThrow();
            assertThat(found.number()).hasToString("A-002");
            assertThat(found.state()).isEqualTo(TicketState.WAITING);
            assertThat(afterRestart.peopleAhead(found)).isEqualTo(1);
            Ticket third = ((IssueResult.Issued) afterRestart.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC)).ticket();
            assertThat(third.number()).hasToString("A-003");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
    }
}
