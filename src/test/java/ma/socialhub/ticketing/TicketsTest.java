package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class TicketsTest {

    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long serviceA;
    long serviceB;
    long counter1;
    long counter2;

    @BeforeEach
    void setUp() {
        // noon in Casablanca: moving a few hours never crosses midnight
        clock.pin(Instant.parse("2026-11-20T11:00:00Z"));
        center = fixtures.center();
        serviceA = fixtures.service('A');
        serviceB = fixtures.service('B');
        counter1 = fixtures.counter(center, "1", serviceA, serviceB);
        counter2 = fixtures.counter(center, "2", serviceA);
        fixtures.signIn(fixtures.agent(center));
    }

    @AfterEach
    void tearDown() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void numbersCountUpPerServiceStartingAtOneWithTheServiceLetter() {
        assertThat(issue(serviceA).number()).hasToString("A-001");
        assertThat(issue(serviceA).number()).hasToString("A-002");
        assertThat(issue(serviceB).number()).hasToString("B-001");
        assertThat(issue(serviceA).number()).hasToString("A-003");
    }

    @Test
    void numbersStartAgainAtOneOnTheNextDay() {
        issue(serviceA);
        issue(serviceA);
        clock.advance(Duration.ofDays(1));
        Ticket tomorrow = issue(serviceA);
        assertThat(tomorrow.number()).hasToString("A-001");
        assertThat(tomorrow.day()).isEqualTo("2026-11-21");
    }

    @Test
    void eachCenterHasItsOwnNumbers() {
        long other = fixtures.center();
        fixtures.counter(other, "1", serviceA);
        issue(serviceA);
        IssueResult.Issued elsewhere = (IssueResult.Issued) tickets.issue(other, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        assertThat(elsewhere.ticket().number()).hasToString("A-001");
    }

    @Test
    void aRepeatedSubmitWithTheSameKeyGivesBackTheSameTicket() {
        IssueResult first = tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.ARABIC, "tap-1");
        IssueResult again = tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.ARABIC, "tap-1");
        assertThat(((IssueResult.Issued) again).ticket()).isEqualTo(((IssueResult.Issued) first).ticket());
        assertThat(issue(serviceA).number()).hasToString("A-002");
    }

    @Test
    void anOverlongIdempotencyKeyIsRefused() {
        assertThatThrownBy(() -> tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.ARABIC, "k".repeat(129)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aServiceNoCounterServesCannotBeTaken() {
        long serviceZ = fixtures.service('Z');
        assertThat(tickets.issue(center, serviceZ, PriorityClass.STANDARD, HubLanguage.ARABIC))
                .isInstanceOf(IssueResult.ServiceNotOffered.class);
        assertThat(tickets.issue(-1, serviceA, PriorityClass.STANDARD, HubLanguage.ARABIC))
                .isInstanceOf(IssueResult.ServiceNotOffered.class);
    }

    @Test
    void theIssuedTicketSaysHowManyWaitAheadInItsLine() {
        issue(serviceA);
        issue(serviceB);
        IssueResult.Issued third = (IssueResult.Issued) tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.ARABIC);
        assertThat(third.peopleAhead()).isEqualTo(1);
        assertThat(tickets.waitingCounts(center)).containsEntry(serviceA, 2).containsEntry(serviceB, 1);
    }

    @Test
    void theQrTokenIsLongRandomAndFindsItsTicket() {
        Ticket a = issue(serviceA);
        Ticket b = issue(serviceA);
        assertThat(a.qrToken()).hasSize(22).isNotEqualTo(b.qrToken());
        assertThat(tickets.byToken(a.qrToken())).map(Ticket::id).contains(a.id());
        assertThat(tickets.byToken("forged-token")).isEmpty();
    }

    @Test
    void aSignedLinkFindsItsTicketAndAnAlteredOrForgedOneFindsNothing() {
        Ticket ticket = issue(serviceA);
        String link = tickets.linkOf(ticket);
        assertThat(link).startsWith(ticket.qrToken() + ".");
        assertThat(tickets.byLink(link)).map(Ticket::id).contains(ticket.id());

        String otherToken = issue(serviceA).qrToken();
        String signature = link.substring(link.indexOf('.') + 1);
        assertThat(tickets.byLink(otherToken + "." + signature)).isEmpty();           // swapped token
        assertThat(tickets.byLink(ticket.qrToken())).isEmpty();                        // no signature
        char last = link.charAt(link.length() - 1);
        assertThat(tickets.byLink(link.substring(0, link.length() - 1) + (last == 'x' ? 'y' : 'x'))).isEmpty(); // altered
        assertThat(tickets.byLink("' OR 1=1 --.abc")).isEmpty();
    }

    @Test
    void callNextTakesTheOldestTicketOfTheServicesTheCounterServes() {
        Ticket first = issue(serviceB);
        clock.advance(Duration.ofMinutes(1));
        issue(serviceA);
        assertThat(called(counter2)).hasToString("A-001"); // counter 2 serves only A
        assertThat(called(counter1)).isEqualTo(first.number());
    }

    @Test
    void aPriorityTicketPassesStandardTicketsIssuedShortlyBefore() {
        issue(serviceA);
        clock.advance(Duration.ofMinutes(10));
        Ticket priority = tickets.issue(center, serviceA, PriorityClass.PRIORITY, HubLanguage.ARABIC) instanceof IssueResult.Issued i
                ? i.ticket() : null;
        assertThat(called(counter2)).isEqualTo(priority.number());
    }

    @Test
    void aStandardTicketThatWaitedLongerThanTheHeadStartGoesBeforeAPriorityOne() {
        Ticket patient = issue(serviceA);
        clock.advance(PriorityClass.PRIORITY.headStart().plusMinutes(1));
        tickets.issue(center, serviceA, PriorityClass.PRIORITY, HubLanguage.ARABIC);
        assertThat(called(counter2)).isEqualTo(patient.number());
    }

    @Test
    void anUrgentTicketGoesBeforeAPriorityTicketIssuedAtTheSameTime() {
        tickets.issue(center, serviceA, PriorityClass.PRIORITY, HubLanguage.ARABIC);
        Ticket urgent = ((IssueResult.Issued) tickets.issue(center, serviceA, PriorityClass.URGENT, HubLanguage.ARABIC)).ticket();
        assertThat(called(counter2)).isEqualTo(urgent.number());
    }

    @Test
    void callNextOnAnEmptyQueueSaysSo() {
        assertThat(tickets.callNext(counter1)).isInstanceOf(CallResult.QueueEmpty.class);
    }

    @Test
    void aCounterWithoutServicesSaysSo() {
        long idle = fixtures.counter(center, "9");
        issue(serviceA);
        assertThat(tickets.callNext(idle)).isInstanceOf(CallResult.ServesNothing.class);
    }

    @Test
    void aCounterHoldsOneTicketAtATime() {
        issue(serviceA);
        issue(serviceA);
        Ticket held = ((CallResult.Called) tickets.callNext(counter2)).ticket();
        assertThat(tickets.callNext(counter2)).isEqualTo(new CallResult.Busy(held));
    }

    @Test
    void everyStepIsTimestampedFromCallToFinish() {
        issue(serviceA);
        clock.advance(Duration.ofMinutes(3));
        Ticket called = ((CallResult.Called) tickets.callNext(counter2)).ticket();
        clock.advance(Duration.ofMinutes(1));
        Ticket started = done(tickets.startService(called.id(), counter2));
        clock.advance(Duration.ofMinutes(7));
        Ticket finished = done(tickets.finish(called.id(), counter2));

        assertThat(finished.state()).isEqualTo(TicketState.DONE);
        assertThat(finished.issuedAt()).isEqualTo("2026-11-20T11:00:00Z");
        assertThat(finished.calledAt()).isEqualTo("2026-11-20T11:03:00Z");
        assertThat(started.startedAt()).isEqualTo("2026-11-20T11:04:00Z");
        assertThat(finished.finishedAt()).isEqualTo("2026-11-20T11:11:00Z");
        assertThat(tickets.currentAt(counter2)).isEmpty();
    }

    @Test
    void recallCallsAgainUpToTheLimitThenAsksForNoShow() {
        issue(serviceA);
        Ticket called = ((CallResult.Called) tickets.callNext(counter2)).ticket();
        for (int i = 1; i <= 3; i++) {
            clock.advance(Duration.ofSeconds(30));
            assertThat(done(tickets.recall(called.id(), counter2)).recallCount()).isEqualTo(i);
        }
        assertThat(tickets.recall(called.id(), counter2)).isInstanceOf(StepResult.RecallLimitReached.class);
        Ticket absent = done(tickets.noShow(called.id(), counter2));
        assertThat(absent.state()).isEqualTo(TicketState.NO_SHOW);
        assertThat(absent.noShowAt()).isNotNull();
    }

    @Test
    void stepsOutOfOrderOrAtTheWrongCounterChangeNothing() {
        Ticket waiting = issue(serviceA);
        assertThat(tickets.startService(waiting.id(), counter2)).isInstanceOf(StepResult.NotAllowed.class);
        Ticket called = ((CallResult.Called) tickets.callNext(counter2)).ticket();
        assertThat(tickets.finish(called.id(), counter1)).isInstanceOf(StepResult.NotAllowed.class);
        done(tickets.startService(called.id(), counter2));
        assertThat(tickets.noShow(called.id(), counter2)).isInstanceOf(StepResult.NotAllowed.class);
        done(tickets.finish(called.id(), counter2));
        assertThat(tickets.finish(called.id(), counter2)).isInstanceOf(StepResult.NotAllowed.class);
        assertThat(tickets.recall(called.id(), counter2)).isInstanceOf(StepResult.NotAllowed.class);
    }

    @Test
    void anAgentCannotWorkTheCounterOfAnotherCenter() {
        long other = fixtures.center();
        long foreignCounter = fixtures.counter(other, "1", serviceA);
        assertThatThrownBy(() -> tickets.callNext(foreignCounter)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyCanCallWithoutSigningIn() {
        fixtures.signOut();
        assertThatThrownBy(() -> tickets.callNext(counter1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theDisplayListsTodaysCallsLatestFirst() {
        issue(serviceA);
        issue(serviceA);
        Ticket first = ((CallResult.Called) tickets.callNext(counter1)).ticket();
        clock.advance(Duration.ofMinutes(1));
        Ticket second = ((CallResult.Called) tickets.callNext(counter2)).ticket();
        List<Ticket> calls = tickets.lastCalls(center, 5);
        assertThat(calls).extracting(Ticket::id).containsExactly(second.id(), first.id());
    }

    private Ticket issue(long service) {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC)).ticket();
    }

    private TicketNumber called(long counter) {
        return ((CallResult.Called) tickets.callNext(counter)).ticket().number();
    }

    private static Ticket done(StepResult result) {
        assertThat(result).isInstanceOf(StepResult.Done.class);
        return ((StepResult.Done) result).ticket();
    }
}
