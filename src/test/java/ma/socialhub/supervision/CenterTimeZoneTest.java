package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.staff.Scope;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A center keeps its own day. At 22:30 UTC on 15 June 2026 it is 23:30 on the 15th in Morocco and
 * already 00:30 on the 16th in Paris: a center set to Paris's zone counts its tickets, its visits
 * and its "today" on the 16th, beside a Moroccan center still on the 15th, in the same area list.
 */
@IntegrationTest
class CenterTimeZoneTest {

    static final Instant LATE = Instant.parse("2026-06-15T22:30:00Z");
    static final LocalDate MOROCCAN_DAY = LocalDate.of(2026, 6, 15);
    static final LocalDate PARIS_DAY = LocalDate.of(2026, 6, 16);

    @Autowired Tickets tickets;
    @Autowired Visits visits;
    @Autowired Supervision supervision;
    @Autowired Trends trends;
    @Autowired Catalog catalog;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long paris;
    long casablanca;
    long v;
    Ticket servedInParis;
    Ticket waitingInParis;
    Ticket waitingInCasablanca;

    @BeforeEach
    void lateInTheEvening() {
        clock.pin(LATE);
        paris = fixtures.centerIn("Europe/Paris");
        casablanca = fixtures.center();
        v = fixtures.service('V');
        long parisCounter = fixtures.counter(paris, "1", v);
        fixtures.counter(casablanca, "1", v);

        fixtures.signIn(fixtures.agent(paris));
        servedInParis = issue(paris);
        waitingInParis = issue(paris);
        tickets.callNext(parisCounter);
        Visit visit = ((VisitResult.Done) visits.receive(parisCounter)).visit();
        visits.close(visit.id(), VisitOutcome.SERVED);

        fixtures.signIn(fixtures.agent(casablanca));
        waitingInCasablanca = issue(casablanca);

        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void theCatalogGivesEachCenterItsOwnZone() {
        assertThat(catalog.zoneOf(paris)).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(catalog.zoneOf(casablanca)).isEqualTo(ZoneId.of("Africa/Casablanca"));
    }

    @Test
    void aTicketTakenAfterMidnightInParisBelongsToParissNewDayAndStartsItsNumbersAgain() {
        assertThat(servedInParis.day()).isEqualTo(PARIS_DAY);
        assertThat(servedInParis.number().toString()).isEqualTo("V-001");
        assertThat(waitingInParis.number().toString()).isEqualTo("V-002");
        assertThat(waitingInCasablanca.day()).isEqualTo(MOROCCAN_DAY);
        assertThat(waitingInCasablanca.number().toString()).isEqualTo("V-001");
    }

    @Test
    void theAreaListCountsEachCentersTodayInItsOwnZone() {
        Map<Long, CenterLive> live = new HashMap<>();
        supervision.centers(new Scope(Scope.Level.REGION, 9, (short) 9)).forEach(c -> live.put(c.centerId(), c));

        LiveFigures inParis = live.get(paris).figures();
        assertThat(inParis.waiting()).isEqualTo(1);
        assertThat(inParis.issued()).isEqualTo(2);
        assertThat(inParis.served()).isEqualTo(1);
        LiveFigures inCasablanca = live.get(casablanca).figures();
        assertThat(inCasablanca.waiting()).isEqualTo(1);
        assertThat(inCasablanca.issued()).isEqualTo(1);
        assertThat(inCasablanca.served()).isZero();
    }

    @Test
    void aCentersBoardAndTodayAreItsOwnAndAWiderAreasAreTheHubs() {
        CenterBoard board = supervision.board(fixtures.code(paris)).orElseThrow();

        assertThat(board.day()).isEqualTo(PARIS_DAY);
        assertThat(board.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(supervision.today(new Scope(Scope.Level.CENTER, paris, (short) 9))).isEqualTo(PARIS_DAY);
        assertThat(supervision.today(new Scope(Scope.Level.CENTER, casablanca, (short) 9))).isEqualTo(MOROCCAN_DAY);
        assertThat(supervision.today(Scope.NATION)).isEqualTo(MOROCCAN_DAY);
        assertThat(supervision.zone(Scope.NATION)).isEqualTo(ZoneId.of("Africa/Casablanca"));
    }

    @Test
    void aVisitIsCountedOnTheDayOfItsCenter() {
        Scope here = new Scope(Scope.Level.CENTER, paris, (short) 9);

        assertThat(trends.report(here, PARIS_DAY, PARIS_DAY).outcomes()).isEqualTo(Map.of(VisitOutcome.SERVED, 1));
        assertThat(trends.report(here, MOROCCAN_DAY, MOROCCAN_DAY).outcomes()).isEmpty();
        assertThat(trends.report(here, PARIS_DAY, PARIS_DAY).days()).containsExactly(new TrendReport.DayCount(PARIS_DAY, 2, 1));
    }

    private Ticket issue(long center) {
        return ((IssueResult.Issued) tickets.issue(center, v, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }
}
