package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.feedback.FeedbackChannel;
import ma.socialhub.feedback.FeedbackReason;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.staff.Scope;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What citizens said, where supervisors look: the center's board today, and the trends per service and center. */
@IntegrationTest
class SatisfactionFiguresTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 16);

    @Autowired Feedbacks feedbacks;
    @Autowired Supervision supervision;
    @Autowired Trends trends;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;
    long counter;

    @BeforeEach
    void aCenterAtTen() {
        center = fixtures.center();
        service = fixtures.service('S');
        counter = fixtures.counter(center, "2", service);
        fixtures.openWeekdays(center);
        clock.pin(MONDAY.atTime(10, 0).atZone(CASABLANCA).toInstant());
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void theBoardShowsTodaysSatisfactionPerServiceAndTheWeeksCommentsScreenedAndTheTrendsSumIt() {
        said(5, Set.of(), null);
        said(4, Set.of(), "Accueil très gentil, merci");
        said(1, Set.of(FeedbackReason.WAIT), "Trop long, appelez-moi au 0612345678");

        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        CenterBoard board = supervision.board(fixtures.code(center)).orElseThrow();
        assertThat(board.satisfaction().get(service)).satisfies(s -> {
            assertThat(s.answers()).isEqualTo(3);
            assertThat(s.mean()).isEqualTo(10 / 3.0);
            assertThat(s.satisfiedShare()).isEqualTo(2 / 3.0);
            assertThat(s.aboutWait()).isEqualTo(1);
        });
        assertThat(board.comments()).hasSize(2);
        assertThat(board.comments()).extracting(c -> c.comment()).noneMatch(c -> c.contains("0612345678"));

        TrendReport report = trends.report(new Scope(Scope.Level.CENTER, center, null), MONDAY, MONDAY);
        assertThat(report.satisfactionServices()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("S");
            assertThat(f.said().answers()).isEqualTo(3);
            assertThat(f.said().satisfied()).isEqualTo(2);
        });
        assertThat(report.satisfactionCenters()).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo(fixtures.code(center)));
        assertThat(trends.report(new Scope(Scope.Level.CENTER, center, null), MONDAY.plusDays(1), MONDAY.plusDays(1))
                .satisfactionServices()).isEmpty();
    }

    private void said(int score, Set<FeedbackReason> reasons, String comment) {
        Ticket ticket = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
        clock.advance(Duration.ofMinutes(3));
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        tickets.startService(ticket.id(), counter);
        tickets.finish(ticket.id(), counter);
        fixtures.signOut();
        feedbacks.give(tickets.linkOf(ticket), score, reasons, comment, FeedbackChannel.PHONE);
    }
}
