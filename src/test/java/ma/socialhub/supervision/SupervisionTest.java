package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scope;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A morning at a small center, counted by hand, read back through the live board, the area list
 * and the trends. Services V and W wait 15 minutes at most; counter 1 serves V, counter 2 both.
 */
@IntegrationTest
class SupervisionTest {

    static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z"); // 10:00 in Morocco, a Friday

    @Autowired Tickets tickets;
    @Autowired QueueMoves moves;
    @Autowired Supervision supervision;
    @Autowired Trends trends;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long v;
    long w;
    long counter1;
    long counter2;
    String code;

    @BeforeEach
    void aMorning() {
        clock.pin(NINE);
        center = fixtures.center();
        code = fixtures.code(center);
        v = fixtures.service('V');
        w = fixtures.service('W');
        counter1 = fixtures.counter(center, "1", v);
        counter2 = fixtures.counter(center, "2", v, w);
        fixtures.signIn(fixtures.agent(center));

        Ticket v1 = issue(v);
        Ticket v2 = issue(v);
        Ticket w1 = issue(w);
        at(5);
        Ticket v3 = issue(v);
        at(10);
        call(counter1, v1);
        tickets.startService(v1.id(), counter1);
        at(12);
        call(counter2, v2);
        at(14);
        tickets.noShow(v2.id(), counter2);
        at(15);
        call(counter2, w1); // W-001 was taken at 9:00, before V-003
        at(16);
        moves.transferToService(w1.id(), counter2, v);
        at(20);
        tickets.finish(v1.id(), counter1);
        call(counter1, w1); // back in V's line at its old place, ahead of V-003
        at(30);
        tickets.finish(w1.id(), counter1);
        assertThat(v3.number().number()).isEqualTo(3);
        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void theBoardShowsEachLineNowAndTheDaySoFar() {
        CenterBoard board = supervision.board(code).orElseThrow();

        ServiceLive lineV = board.services().stream().filter(s -> s.serviceId() == v).findFirst().orElseThrow();
        // V-003 has waited since 9:05; V-001 waited 10 min and V-002 12 min for their first call;
        // V-001 was served 10 min (started at once), W-001 10 min after its transfer (finished without "start")
        assertThat(lineV.figures()).isEqualTo(new LiveFigures(1, Duration.ofMinutes(25), 3, 2, 1, 0, Duration.ofMinutes(11),
                Duration.ofMinutes(10)));
        assertThat(lineV.overTarget()).isTrue();
        assertThat(lineV.counters()).extracting(CounterAtWork::label).containsExactly("1", "2");

        ServiceLive lineW = board.services().stream().filter(s -> s.serviceId() == w).findFirst().orElseThrow();
        assertThat(lineW.figures()).isEqualTo(new LiveFigures(0, null, 1, 0, 0, 1, Duration.ofMinutes(15), null));
        assertThat(lineW.overTarget()).isFalse();
    }

    @Test
    void theAreaListSumsTheCenterAndNamesWhoWorksItsCounters() {
        CenterLive live = supervision.centers(supervision.scope()).stream().filter(c -> c.centerId() == center)
                .findFirst().orElseThrow();

        // waits 10, 12 and 15 min: 12 min 20 s on average
        assertThat(live.figures()).isEqualTo(new LiveFigures(1, Duration.ofMinutes(25), 4, 2, 1, 1, Duration.ofSeconds(740),
                Duration.ofMinutes(10)));
        assertThat(live.countersOpen()).isEqualTo(2);
        assertThat(live.overTarget()).isTrue();
        assertThat(supervision.board(code).orElseThrow().counters()).allSatisfy(c -> assertThat(c.staffName()).startsWith("Agent "));
    }

    @Test
    void theTrendsReadTheDayByHourWithPercentilesFromTheWaitBuckets() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        TrendReport report = trends.report(new Scope(Scope.Level.CENTER, center, (short) 9), day, day);

        assertThat(report.heatAt(4, 10)).as("Friday, 10:00 to 11:00").isEqualTo(4);
        assertThat(report.issued()).isEqualTo(4);
        ServiceTrend trendV = report.services().stream().filter(s -> s.serviceId() == v).findFirst().orElseThrow();
        assertThat(trendV.issued()).isEqualTo(3);
        assertThat(trendV.called()).isEqualTo(2);
        assertThat(trendV.served()).isEqualTo(2);
        assertThat(trendV.noShows()).isEqualTo(1);
        // both waits (10 and 12 min) fall in the bucket 10 to 15 min: the median is its middle
        assertThat(trendV.medianWait()).isEqualTo(Duration.ofSeconds(750));
        assertThat(trendV.p90Wait()).isEqualTo(Duration.ofSeconds(870));
        assertThat(report.days()).containsExactly(new TrendReport.DayCount(day, 4, 2));
    }

    @Test
    void aRangeOfWholeMonthsAndLooseDaysCountsEveryTicketOnceWhereverItIsRead() {
        clock.pin(Instant.parse("2026-10-30T09:00:00Z")); // a Friday, 10:00 in Morocco
        issue(v);
        issue(v);
        clock.pin(Instant.parse("2026-12-01T10:00:00Z")); // a Tuesday, 11:00 in Morocco
        issue(w);
        Scope here = new Scope(Scope.Level.CENTER, center, (short) 9);

        // October and November whole (monthly rollups), December 1 by day
        TrendReport months = trends.report(here, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1));
        // every day read by day: no whole month inside
        TrendReport days = trends.report(here, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 29));

        assertThat(months.issued()).isEqualTo(7);
        assertThat(months.heatAt(4, 10)).as("Fridays, 10:00 to 11:00").isEqualTo(6);
        assertThat(months.heatAt(1, 11)).as("Tuesdays, 11:00 to 12:00").isEqualTo(1);
        assertThat(days.issued()).isEqualTo(6);
        assertThat(days.heatAt(4, 10)).isEqualTo(6);
        ServiceTrend byMonth = months.services().stream().filter(s -> s.serviceId() == v).findFirst().orElseThrow();
        ServiceTrend byDay = days.services().stream().filter(s -> s.serviceId() == v).findFirst().orElseThrow();
        assertThat(byMonth).usingRecursiveComparison().isEqualTo(byDay);
        assertThat(byMonth.issued()).isEqualTo(5);
        assertThat(byMonth.medianWait()).isEqualTo(Duration.ofSeconds(750));
        assertThat(months.centers()).singleElement().satisfies(c -> assertThat(c.issued()).isEqualTo(7));
    }

    @Test
    void aSupervisorOfAnotherRegionSeesNothingOfTheCenter() {
        fixtures.signIn(fixtures.supervisorOfRegion(2));

        assertThat(supervision.board(code)).isEmpty();
        assertThat(supervision.centers(supervision.scope())).noneMatch(c -> c.centerId() == center);
        assertThatThrownBy(() -> supervision.centers(new Scope(Scope.Level.CENTER, center, (short) 9)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trends.report(new Scope(Scope.Level.REGION, 9, (short) 9), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCenterSupervisorSeesTheirCenterOnly() {
        String mine = fixtures.staff(Roles.SUPERVISOR, center, null);
        fixtures.signIn(mine);

        assertThat(supervision.scope().level()).isEqualTo(Scope.Level.CENTER);
        assertThat(supervision.centers(supervision.scope())).extracting(CenterLive::centerId).containsExactly(center);
        assertThat(supervision.area(Scope.Level.REGION, 9)).isEmpty();
    }

    private Ticket issue(long service) {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    private void call(long counter, Ticket expected) {
        assertThat(((CallResult.Called) tickets.callNext(counter)).ticket().id()).isEqualTo(expected.id());
    }

    private void at(int minutes) {
        clock.pin(NINE.plus(Duration.ofMinutes(minutes)));
    }
}
