package ma.socialhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The demo as a new user first sees it: months of history behind every supervision screen, people
 * waiting at a few centers today, and no counter open before an agent chooses one. Started as the
 * README's command starts it, on a database of its own.
 */
class DemoHistoryTest {

    private final SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(ours);
    }

    @Test
    void theDemosFirstStartHasNinetyDaysOfFiguresPeopleWaitingAndEveryCounterClosed(@TempDir Path home) {
        try (ConfigurableApplicationContext demo = start(home)) {
            JdbcClient jdbc = demo.getBean(JdbcClient.class);
            LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));

            // every demo center has tickets on most weekdays of the last 90 days, and none after yesterday
            List<Integer> daysPerCenter = jdbc.sql("""
                    SELECT count(DISTINCT d.day)::int FROM center c LEFT JOIN service_day d ON d.center_id = c.id
                       AND d.day BETWEEN ? AND ? AND d.issued > 0 GROUP BY c.id""")
                    .params(today.minusDays(90), today.minusDays(1)).query(Integer.class).list();
            assertThat(daysPerCenter).hasSize(10).allSatisfy(days -> assertThat(days).isBetween(55, 66));
            assertThat(count(jdbc, "SELECT count(*) FROM ticket WHERE qr_token LIKE 'g-%' AND day >= ?", today)).isZero();
            assertThat(count(jdbc, "SELECT count(DISTINCT month) FROM service_month")).isGreaterThanOrEqualTo(3);

            // people, their visits, referrals in every status and the program's progress
            assertThat(count(jdbc, "SELECT count(*) FROM beneficiary")).isGreaterThan(1_000);
            assertThat(count(jdbc, "SELECT count(DISTINCT outcome) FROM visit_outcome_day")).isEqualTo(5);
            assertThat(count(jdbc, "SELECT count(DISTINCT status) FROM referral")).isEqualTo(6);
            assertThat(count(jdbc, "SELECT coalesce(sum(women_accompanied), 0) FROM program_region_count")).isPositive();
            assertThat(count(jdbc, "SELECT coalesce(sum(projects), 0) FROM project_launch_count")).isPositive();
            assertThat(count(jdbc, "SELECT count(*) FROM referral WHERE status_at > now() OR created_at > now()")).isZero();

            // the rollups the screens read are the facts counted again
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM service_day k FULL JOIN service_day_counted(NULL, NULL) c
                        ON c.center_id = k.center_id AND c.day = k.day AND c.service_id = k.service_id
                     WHERE (k.issued, k.served, k.no_shows, k.waits) IS DISTINCT FROM (c.issued, c.served, c.no_shows, c.waits)
                       AND coalesce(k.issued, 0) + coalesce(c.issued, 0) > 0""").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM ((SELECT center_id, day, outcome, visits FROM visit_outcome_day WHERE visits <> 0
                      EXCEPT ALL SELECT v.center_id, (v.started_at AT TIME ZONE c.time_zone)::date, v.outcome, count(*)::int
                      FROM visit v JOIN center c ON c.id = v.center_id WHERE v.outcome IS NOT NULL GROUP BY 1, 2, 3)) x""")
                    .query(Long.class).single()).isZero();

            // today: people waiting at a few centers, and nobody promised a wait, since nobody works a counter yet
            assertThat(count(jdbc, "SELECT count(DISTINCT center_id) FROM ticket WHERE state = 'WAITING' AND day = ?", today))
                    .isGreaterThanOrEqualTo(3);
            assertThat(count(jdbc, "SELECT count(*) FROM counter WHERE state <> 'CLOSED'")).isZero();
            // and every center open on weekdays, 08:30 to 16:30
            assertThat(count(jdbc, "SELECT count(*) FROM opening_hours WHERE opens = '08:30' AND closes = '16:30'")).isEqualTo(50);
        }
    }

    @Test
    void aHubThatAlreadyTookRealTicketsGetsNoInventedHistoryNorWaitingPeople(@TempDir Path home) {
        try (ConfigurableApplicationContext hub = start(home, "--hub.demo.history-days=0")) {
            JdbcClient jdbc = hub.getBean(JdbcClient.class);
            long agadir = count(jdbc, "SELECT id FROM center WHERE code = 'agadir'");
            long service = count(jdbc, "SELECT min(service_id) FROM counter_serving WHERE center_id = ?", agadir);
            hub.getBean(Tickets.class).issue(agadir, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        }
        try (ConfigurableApplicationContext again = start(home)) {
            JdbcClient jdbc = again.getBean(JdbcClient.class);
            assertThat(count(jdbc, "SELECT count(*) FROM ticket WHERE qr_token LIKE 'g-%'")).isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM ticket")).isEqualTo(1);
        }
    }

    private static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(Path home, String... more) {
        return DemoHub.start(home, true, more);
    }
}
