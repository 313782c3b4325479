package ma.socialhub.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import ma.socialhub.staff.Scope;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The citizen's word after a visit: once per visit, from the ticket's genuine link only. */
@IntegrationTest
class FeedbackTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 9);

    @Autowired Feedbacks feedbacks;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;
    long counter;

    @BeforeEach
    void aCenterAtTen() {
        center = fixtures.center();
        service = fixtures.service('F');
        counter = fixtures.counter(center, "7", service);
        fixtures.openWeekdays(center);
        clock.pin(MONDAY.atTime(10, 0).atZone(CASABLANCA).toInstant());
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void aVisitIsRatedOnlyOnceItIsOverAndOnlyOnceEvenFromEightPhonesAtTheSameMoment() throws Exception {
        Ticket ticket = issue();
        String link = tickets.linkOf(ticket);
        assertThat(feedbacks.stateOf(link)).isInstanceOf(FeedbackState.NotClosed.class);
        assertThat(feedbacks.give(link, 5, Set.of(), null, FeedbackChannel.PHONE)).isInstanceOf(FeedbackResult.NotOpen.class);

        serve(ticket, Duration.ofMinutes(12));
        assertThat(feedbacks.stateOf(link)).isInstanceOf(FeedbackState.Open.class);
        List<FeedbackResult> answers = Together.run(8, thread ->
                feedbacks.give(link, 1 + thread % 5, Set.of(FeedbackReason.WAIT), null, FeedbackChannel.SMS));
        assertThat(answers).filteredOn(a -> a instanceof FeedbackResult.Thanks).hasSize(1);
        assertThat(answers).filteredOn(a -> a instanceof FeedbackResult.AlreadyGiven).hasSize(7);
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM feedback WHERE ticket_id = ?").param(ticket.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(feedbacks.stateOf(link)).isInstanceOf(FeedbackState.Given.class);
    }

    @Test
    void aForgedOrAlteredLinkRatesNothing() {
        Ticket ticket = issue();
        serve(ticket, Duration.ofMinutes(3));
        String link = tickets.linkOf(ticket);
        String altered = link.substring(0, link.length() - 2) + (link.endsWith("xy") ? "yz" : "xy");
        String otherToken = "AAAAAAAAAAAAAAAAAAAAAA" + link.substring(link.indexOf('.'));
        for (String forged : List.of(altered, otherToken, "", "x.y", link + "." )) {
            assertThat(feedbacks.give(forged, 1, Set.of(), "bad", FeedbackChannel.PHONE)).as(forged)
                    .isInstanceOf(FeedbackResult.NotOpen.class);
        }
        assertThat(feedbacks.stateOf(link)).isInstanceOf(FeedbackState.Open.class);
    }

    @Test
    void theAnswerKeepsTheServiceTheWaitAndTheCounterAndTheCommentWithoutNumbersOrAddresses() {
        Ticket ticket = issue();
        serve(ticket, Duration.ofMinutes(25));
        String comment = "Attente trop longue. Appelez-moi au 06 12 34 56 78 ou +212 661-234567, ecrivez a fatima.z@mail.ma, CIN BE123456, dossier 2024 558 771";
        assertThat(feedbacks.give(tickets.linkOf(ticket), 2, Set.of(FeedbackReason.WAIT, FeedbackReason.WELCOME), comment,
                FeedbackChannel.PHONE)).isInstanceOf(FeedbackResult.Thanks.class);
        var row = fixtures.jdbc().sql("SELECT service_id, counter_id, waited_seconds, score, array_to_string(reasons, ','), comment FROM feedback WHERE ticket_id = ?")
                .param(ticket.id()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)))
                .single();
        assertThat(row.subList(0, 5)).containsExactly(service, counter, 25 * 60, 2, "WAIT,WELCOME");
        String kept = (String) row.get(5);
        assertThat(kept).startsWith("Attente trop longue.").doesNotContain("12 34", "661", "fatima", "BE123456", "558")
                .contains(CommentScreen.MASK);
    }

    @Test
    void aScoreOutsideTheFiveFacesOrAnOverlongCommentIsRefused() {
        Ticket ticket = issue();
        serve(ticket, Duration.ofMinutes(1));
        String link = tickets.linkOf(ticket);
        assertThat(feedbacks.give(link, 0, Set.of(), null, FeedbackChannel.PHONE)).isInstanceOf(FeedbackResult.Invalid.class);
        assertThat(feedbacks.give(link, 6, Set.of(), null, FeedbackChannel.PHONE)).isInstanceOf(FeedbackResult.Invalid.class);
        assertThat(feedbacks.give(link, 4, Set.of(), "x".repeat(501), FeedbackChannel.PHONE)).isInstanceOf(FeedbackResult.Invalid.class);
        assertThat(feedbacks.stateOf(link)).isInstanceOf(FeedbackState.Open.class);
    }

    @Test
    void aVisitOverMoreThanAWeekAgoCanNoLongerBeRated() {
        Ticket ticket = issue();
        serve(ticket, Duration.ofMinutes(1));
        clock.advance(Duration.ofDays(8));
        assertThat(feedbacks.give(tickets.linkOf(ticket), 5, Set.of(), null, FeedbackChannel.SMS)).isInstanceOf(FeedbackResult.NotOpen.class);
    }

    @Test
    void supervisorsReadTheSatisfactionOfTheirOwnAreaOnly() {
        Ticket ticket = issue();
        serve(ticket, Duration.ofMinutes(1));
        feedbacks.give(tickets.linkOf(ticket), 4, Set.of(), null, FeedbackChannel.PHONE);
        fixtures.signIn(fixtures.supervisorOfRegion(9));
        Satisfaction mine = feedbacks.satisfaction(new Scope(Scope.Level.CENTER, center, (short) 9), MONDAY, MONDAY).getFirst();
        assertThat(mine.answers()).isEqualTo(1);
        assertThat(mine.mean()).isEqualTo(4.0);
        fixtures.signIn(fixtures.supervisorOfRegion(1));
        assertThatThrownBy(() -> feedbacks.satisfaction(new Scope(Scope.Level.CENTER, center, (short) 9), MONDAY, MONDAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedbacks.comments(center, MONDAY, MONDAY, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private Ticket issue() {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    private void serve(Ticket ticket, Duration waited) {
        clock.advance(waited);
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);
        tickets.startService(ticket.id(), counter);
        tickets.finish(ticket.id(), counter);
        fixtures.signOut();
    }
}
