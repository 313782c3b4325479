package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily rollups equal a recount from the tickets, whatever happened: random kiosks, calls,
 * starts, finishes, no-shows, recalls, transfers and walk-ins, first one at a time over several
 * days, then many counters and kiosks at once.
 */
@IntegrationTest
class RollupsTest {

    @Autowired Tickets tickets;
    @Autowired QueueMoves moves;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void afterRandomWorkOverSeveralDaysTheRollupsEqualARecount() {
        long center = fixtures.center();
        long v = fixtures.service('V');
        long w = fixtures.service('W');
        List<Long> counters = List.of(fixtures.counter(center, "1", v), fixtures.counter(center, "2", v, w),
                fixtures.counter(center, "3", w));
        fixtures.signIn(fixtures.agent(center));
        clock.pin(Instant.parse("2026-11-16T07:30:00Z"));
        Random random = new Random(7);
        for (int day = 0; day < 3; day++) {
            for (int step = 0; step < 150; step++) {
                clock.advance(Duration.ofSeconds(random.nextInt(300)));
                act(random, center, random.nextBoolean() ? v : w, counters.get(random.nextInt(counters.size())), v, w);
            }
            clock.advance(Duration.ofHours(16));
        }

        assertRollupsEqualRecount(center);
        assertMonthsEqualTheirDays(center);
    }

    @Test
    void manyCountersAndKiosksAtOnceLeaveRollupsEqualToARecount() throws Exception {
        long center = fixtures.center();
        long v = fixtures.service('V');
        long w = fixtures.service('W');
        List<Long> counters = fixtures.counters(center, 8, v, w);
        String agent = fixtures.agent(center);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    fixtures.signIn(agent);
                    Random random = new Random(thread);
                    start.await();
                    for (int i = 0; i < 60; i++) {
                        act(random, center, random.nextBoolean() ? v : w, counters.get(thread % counters.size()), v, w);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        }

        assertRollupsEqualRecount(center);
        assertMonthsEqualTheirDays(center);
    }

    /** One random thing a kiosk or a counter does; outcomes refused by the queue rules are fine. */
    private void act(Random random, long center, long service, long counter, long v, long w) {
        int dice = random.nextInt(10);
        if (dice < 4) {
            tickets.issue(center, service, random.nextInt(5) == 0 ? PriorityClass.PRIORITY : PriorityClass.STANDARD,
                    HubLanguage.FRENCH);
            return;
        }
        Ticket current = tickets.currentAt(counter).orElse(null);
        if (current == null) {
            if (dice == 9) {
                moves.serveWalkIn(counter, service, HubLanguage.ARABIC);
            } else {
                CallResult ignored = tickets.callNext(counter);
            }
            return;
        }
        switch (dice) {
            case 4 -> tickets.startService(current.id(), counter);
            case 5, 6 -> tickets.finish(current.id(), counter);
            case 7 -> tickets.noShow(current.id(), counter);
            case 8 -> moves.transferToService(current.id(), counter, current.serviceId() == v ? w : v);
            default -> tickets.recall(current.id(), counter);
        }
    }

    private void assertRollupsEqualRecount(long center) {
        String columns = "day, service_id, issued, called, served, no_shows, transferred, wait_count, round(wait_seconds::numeric, 3),"
                + " service_count, round(service_seconds::numeric, 3)";
        List<String> rollups = rows("SELECT " + columns + " FROM service_day WHERE center_id = ? AND issued + served + no_shows > 0",
                center);
        assertThat(rollups).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                rows("SELECT " + columns + " FROM service_day_recount WHERE center_id = ?", center));
        assertThat(rows("SELECT day, service_id, issued_by_hour FROM service_day WHERE center_id = ? AND issued > 0", center))
                .containsExactlyInAnyOrderElementsOf(rows("""
                        SELECT t.day, t.first_service_id, array_agg(coalesce(n, 0) ORDER BY h)
                          FROM (SELECT DISTINCT day, first_service_id FROM ticket WHERE center_id = ?) t
                          CROSS JOIN generate_series(0, 23) h
                          LEFT JOIN LATERAL (SELECT count(*) AS n FROM ticket x
                                              WHERE x.center_id = ? AND x.day = t.day AND x.first_service_id = t.first_service_id
                                                AND extract(hour FROM x.issued_at AT TIME ZONE (SELECT time_zone FROM center WHERE id = x.center_id)) = h) c ON true
                         GROUP BY 1, 2""", center, center));
        assertThat(rows("SELECT day, service_id, waits FROM service_day WHERE center_id = ? AND issued > 0", center))
                .containsExactlyInAnyOrderElementsOf(rows("""
                        SELECT t.day, t.first_service_id, array_agg(coalesce(n, 0) ORDER BY b)
                          FROM (SELECT DISTINCT day, first_service_id FROM ticket WHERE center_id = ?) t
                          CROSS JOIN generate_series(1, 20) b
                          LEFT JOIN LATERAL (SELECT count(*) AS n FROM ticket x
                                              WHERE x.center_id = ? AND x.day = t.day AND x.first_service_id = t.first_service_id
                                                AND x.first_called_at IS NOT NULL AND NOT x.walk_in
                                                AND wait_bucket(extract(epoch FROM x.first_called_at - x.issued_at)) = b) c ON true
                         GROUP BY 1, 2""", center, center));
    }

    private void assertMonthsEqualTheirDays(long center) {
        String columns = "month, service_id, issued, called, served, no_shows, transferred, wait_count,"
                + " round(wait_seconds::numeric, 3), service_count, round(service_seconds::numeric, 3), issued_by_week_hour, waits";
        assertThat(rows("SELECT " + columns + " FROM service_month WHERE center_id = ?", center)).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(rows("SELECT " + columns + " FROM service_month_recount WHERE center_id = ?", center));
    }

    private List<String> rows(String sql, Object... params) {
        return fixtures.jdbc().sql(sql).params(params).query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            return row.toString();
        }).list();
    }
}
