package ma.socialhub.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.schedule.ClosingRule;
import ma.socialhub.schedule.ScheduleAdmin;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.MoveResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What happens to the people still waiting when a center's day ends: its rule decides. */
@IntegrationTest
class DayEndTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired DayEnd dayEnd;
    @Autowired QueueMoves moves;
    @Autowired Tickets tickets;
    @Autowired ScheduleAdmin admin;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;
    long counter;

    @BeforeEach
    void aCenterOpenOnWeekdaysWithTwoPeopleWaitingAndOneAtTheCounter() {
        center = fixtures.center();
        service = fixtures.service('A');
        counter = fixtures.counter(center, "1", service);
        fixtures.openWeekdays(center);
        at(LocalTime.of(16, 0));
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void byDefaultThePeopleStillWaitingAreServedAfterClosing() {
        Ticket waiting = issue();
        at(LocalTime.of(16, 45));
        dayEnd.endDays();
        assertThat(tickets.byId(waiting.id()).orElseThrow().state()).isEqualTo(TicketState.WAITING);
    }

    @Test
    void aCenterThatSendsPeopleHomeClosesTheirTicketsOnceAtItsClosingTimeAndNotTheOneAtTheCounter() throws Exception {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        admin.setClosingRule(center, ClosingRule.SEND_HOME);
        fixtures.signOut();
        Ticket atCounter = issue();
        Ticket first = issue();
        Ticket second = issue();
        fixtures.signIn(fixtures.agent(center));
        assertThat(tickets.callNext(counter)).isInstanceOf(CallResult.Called.class);
        fixtures.signOut();

        at(LocalTime.of(16, 29, 59));
        dayEnd.endDays();
        assertThat(tickets.byId(first.id()).orElseThrow().state()).isEqualTo(TicketState.WAITING);

        at(LocalTime.of(16, 30));
        Together.run(4, thread -> {
            dayEnd.endDays();
            return null;
        });

        for (Ticket sent : new Ticket[] {first, second}) {
            Ticket now = tickets.byId(sent.id()).orElseThrow();
            assertThat(now.state()).isEqualTo(TicketState.CANCELLED);
            assertThat(now.sentHomeAtDayEnd()).isTrue();
        }
        assertThat(tickets.byId(atCounter.id()).orElseThrow().state()).isEqualTo(TicketState.CALLED);
    }

    @Test
    void aCenterThatCarriesPeopleGivesThemTheNextOpenDaysFirstNumbersAndPlacesAheadOfThatDaysTickets() throws Exception {
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        admin.setClosingRule(center, ClosingRule.CARRY);
        fixtures.signOut();
        Ticket first = issue();
        Ticket second = issue();
        // Friday: carried over the weekend to Monday
        LocalDate friday = MONDAY.plusDays(4);
        clock.pin(friday.atTime(16, 0).atZone(CASABLANCA).toInstant());
        Ticket fridayFirst = issue();
        Ticket fridaySecond = issue();

        clock.pin(friday.atTime(16, 31).atZone(CASABLANCA).toInstant());
        Together.run(3, thread -> {
            dayEnd.endDays();
            return null;
        });

        Ticket carriedFirst = tickets.byToken(fridayFirst.qrToken()).orElseThrow();
        Ticket carriedSecond = tickets.byToken(fridaySecond.qrToken()).orElseThrow();
        LocalDate nextMonday = friday.plusDays(3);
        assertThat(carriedFirst.day()).isEqualTo(nextMonday);
        assertThat(List.of(carriedFirst.number().toString(), carriedSecond.number().toString())).containsExactly("A-001", "A-002");
        assertThat(carriedFirst.state()).isEqualTo(TicketState.WAITING);
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ? AND day = ?").params(center, nextMonday)
                .query(Integer.class).single()).as("carried once, whatever the nodes").isEqualTo(2);
        assertThat(tickets.byId(fridayFirst.id()).orElseThrow().state()).isEqualTo(TicketState.CANCELLED);
        assertThat(tickets.byId(first.id()).orElseThrow().state()).as("Monday's were not touched on Friday").isEqualTo(TicketState.WAITING);

        // next Monday: a priority ticket taken at opening still comes after the carried ones
        clock.pin(nextMonday.atTime(8, 30).atZone(CASABLANCA).toInstant());
        Ticket monday = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.PRIORITY, HubLanguage.FRENCH)).ticket();
        assertThat(monday.number()).hasToString("A-003");
        fixtures.signIn(fixtures.agent(center));
        assertThat(((CallResult.Called) tickets.callNext(counter)).ticket().id()).isEqualTo(carriedFirst.id());
        assertThat(second.id()).isNotEqualTo(carriedSecond.id());

        // the paper ticket of Friday, scanned at the counter, opens the ticket it became
        tickets.finish(carriedFirst.id(), counter);
        MoveResult opened = moves.open(counter, "https://hub.example/t/" + tickets.linkOf(fridaySecond));
        assertThat(opened).isInstanceOfSatisfying(MoveResult.Moved.class, m -> assertThat(m.ticket().id()).isEqualTo(carriedSecond.id()));
    }

    @Test
    void nobodyButTheSystemEndsACentersDay() {
        fixtures.signIn(fixtures.agent(center));
        assertThatThrownBy(() -> tickets.endDay(center)).isInstanceOf(AccessDeniedException.class);
    }

    private Ticket issue() {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    private void at(LocalTime time) {
        clock.pin(MONDAY.atTime(time).atZone(CASABLANCA).toInstant());
    }
}
