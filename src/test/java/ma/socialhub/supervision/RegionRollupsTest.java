package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scope;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The region tables (ADR 0029) equal their centers' rollups summed per region, after a catch-up,
 * after a late change to a summed day, and when late changes race the job; and the nation's and a
 * region's trends read the same figures from them as from the centers.
 */
@IntegrationTest
class RegionRollupsTest {

    private static final Scope SOUSS_MASSA = new Scope(Scope.Level.REGION, 9, (short) 9);

    @Autowired Tickets tickets;
    @Autowired Trends trends;
    @Autowired TrendQueries queries;
    @Autowired RegionRollups rollups;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    long center;
    long v;
    long w;

    @BeforeEach
    void aCenterOfSoussMassa() {
        center = fixtures.center();
        v = fixtures.service('V');
        w = fixtures.service('W');
        fixtures.counter(center, "1", v, w);
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void afterACatchUpEveryRegionTableEqualsItsCentersSummedPerRegionUpToTheLastDayOverEverywhere() {
        issueAt("2026-11-20T09:00:00Z", v, 3);
        issueAt("2026-10-30T09:00:00Z", w, 2);

        rollups.catchUp();

        // the day before the one the last time zone on Earth (UTC-12) is in, ten minutes ago
        LocalDate closed = jdbc.sql("SELECT ((now() - interval '10 minutes') AT TIME ZONE 'Etc/GMT+12')::date - 1")
                .query(LocalDate.class).single();
        assertThat(rollups.exactThrough("service")).contains(closed);
        assertThat(differences()).isEmpty();
        assertThat(jdbc.sql("SELECT issued FROM region_service_day WHERE region_id = 9 AND day = '2026-11-20' AND service_id = ?")
                .param(v).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aLateChangeToASummedDayIsCountedAtOnceFromTheCentersAndSummedAgainByTheNextRun() {
        issueAt("2026-11-20T09:00:00Z", v, 2);
        rollups.catchUp();
        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        LocalDate day = LocalDate.of(2026, 11, 20);
        int before = trends.report(Scope.NATION, day, day).issued();

        issueAt("2026-11-20T10:00:00Z", v, 1);
        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));

        assertThat(jdbc.sql("SELECT day FROM region_rollup_stale WHERE rollup = 'service'").query(LocalDate.class).list())
                .containsExactly(day);
        assertThat(rollups.exactThrough("service")).contains(day.minusDays(1));
        assertThat(trends.report(Scope.NATION, day, day).issued()).as("read from the centers meanwhile").isEqualTo(before + 1);

        rollups.catchUp();

        assertThat(jdbc.sql("SELECT count(*) FROM region_rollup_stale").query(Integer.class).single()).isZero();
        assertThat(rollups.exactThrough("service").orElseThrow()).isAfter(day);
        assertThat(trends.report(Scope.NATION, day, day).issued()).as("read from the region tables").isEqualTo(before + 1);
        assertThat(differences()).isEmpty();
    }

    @Test
    void theNationsAndARegionsTrendsReadTheSameFiguresFromTheRegionTablesAsFromTheCenters() {
        issueAt("2026-10-30T09:00:00Z", v, 2);
        issueAt("2026-11-20T09:00:00Z", w, 3);
        issueAt("2026-12-01T10:00:00Z", v, 1);
        rollups.catchUp();
        LocalDate from = LocalDate.of(2026, 9, 15);
        LocalDate to = LocalDate.now(java.time.ZoneId.of("Africa/Casablanca"));

        for (Scope area : List.of(Scope.NATION, SOUSS_MASSA)) {
            TrendQueries.Reading regional = queries.readings(area, from, to).service();
            TrendQueries.Reading perCenter = new TrendQueries.Reading(area, from, to, null);
            assertThat(regional.rolledTo()).as("part of the range comes from the region tables").isAfter(from);

            assertThat(queries.services(regional)).as(area + " services").usingRecursiveComparison().isEqualTo(queries.services(perCenter));
            assertThat(queries.centers(regional)).as(area + " centers or regions").usingRecursiveComparison()
                    .isEqualTo(queries.centers(perCenter));
            assertThat(queries.heat(regional)).as(area + " heat").isDeepEqualTo(queries.heat(perCenter));
            assertThat(queries.days(regional)).as(area + " days").isEqualTo(queries.days(perCenter));
            assertThat(queries.appointments(regional, true)).as(area + " appointments").usingRecursiveComparison()
                    .isEqualTo(queries.appointments(perCenter, true));
        }
        assertThat(queries.centers(queries.readings(Scope.NATION, from, to).service())).as("the nation's list is per region")
                .anySatisfy(region -> assertThat(region.code()).isEqualTo(jdbc.sql("SELECT code FROM region WHERE id = 9")
                        .query(String.class).single()));
    }

    @Test
    void aRegionsCentersReadAsMonthsLessTheirOtherDaysSumTheSameAsTheirDays() {
        issueAt("2026-10-01T09:00:00Z", w, 1);
        issueAt("2026-10-30T09:00:00Z", v, 2);
        issueAt("2026-11-03T09:00:00Z", w, 2);
        issueAt("2026-11-20T09:00:00Z", w, 3);
        issueAt("2026-11-28T09:00:00Z", v, 1);
        issueAt("2026-12-01T10:00:00Z", v, 1);
        // a month's part read as its month less the rest (November here), a short part read by day, whole months
        List<LocalDate[]> ranges = List.of(new LocalDate[] {LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 3)},
                new LocalDate[] {LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 30)},
                new LocalDate[] {LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 25)},
                new LocalDate[] {LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 2)},
                new LocalDate[] {LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)});

        for (LocalDate[] range : ranges) {
            List<String> listed = queries.centers(new TrendQueries.Reading(SOUSS_MASSA, range[0], range[1], null)).stream()
                    .map(c -> c.centerId() + ": " + c.issued() + " " + c.served() + " " + c.noShows() + " " + c.transferred() + " "
                            + java.util.Arrays.toString(c.waits().counts()))
                    .sorted().toList();
            List<String> byDay = jdbc.sql("""
                    SELECT d.center_id || ': ' || sum(d.issued) || ' ' || sum(d.served) || ' ' || sum(d.no_shows) || ' '
                           || sum(d.transferred) || ' [' || array_to_string(%s, ', ') || ']'
                      FROM service_day d JOIN center_place c ON c.id = d.center_id
                     WHERE c.region_id = 9 AND d.day BETWEEN ? AND ? GROUP BY d.center_id ORDER BY 1""".formatted(
                    RegionRollups.cells("d.waits", WaitHistogram.BUCKETS)))
                    .params(range[0], range[1]).query(String.class).list();

            assertThat(listed).as(range[0] + " to " + range[1]).isEqualTo(byDay.stream().sorted().toList());
        }
        assertThat(queries.centers(new TrendQueries.Reading(SOUSS_MASSA, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 3), null)))
                .as("this center's November 5 to December 3").anySatisfy(c -> {
                    assertThat(c.centerId()).isEqualTo(center);
                    assertThat(c.issued()).isEqualTo(3 + 1 + 1);
                });
    }

    @Test
    void lateChangesRacingTheJobAreAllSummedInTheEnd() throws Exception {
        rollups.catchUp();
        String agent = fixtures.agent(center);
        clock.pin(Instant.parse("2026-11-25T09:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean issuing = new AtomicBoolean(true);
        try (ExecutorService pool = Executors.newFixedThreadPool(7)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                done.add(pool.submit(() -> {
                    fixtures.signIn(agent);
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        tickets.issue(center, i % 2 == 0 ? v : w, PriorityClass.STANDARD, HubLanguage.FRENCH);
                    }
                    return null;
                }));
            }
            Future<?> job = pool.submit(() -> {
                start.await();
                while (issuing.get()) {
                    rollups.catchUp();
                }
                return null;
            });
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
            issuing.set(false);
            job.get();
        }

        rollups.catchUp();

        assertThat(differences()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE center_id = ? AND day = '2026-11-25'").param(center)
                .query(Integer.class).single()).isEqualTo(150);
    }

    private void issueAt(String instant, long service, int count) {
        fixtures.signIn(fixtures.agent(center));
        clock.pin(Instant.parse(instant));
        for (int i = 0; i < count; i++) {
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        }
        clock.release();
    }

    private List<String> differences() {
        return RegionRollupChecks.differences(jdbc);
    }
}
