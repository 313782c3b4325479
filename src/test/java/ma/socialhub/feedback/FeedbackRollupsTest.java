package ma.socialhub.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scope;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The satisfaction supervisors read comes from rollups kept by the answers' trigger (ADR 0032): for
 * any range, per center and per region, it must be exactly what the answers themselves sum to,
 * also when many answers arrive at once or one is taken back.
 */
@IntegrationTest
class FeedbackRollupsTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    /** Days no other test writes answers on. */
    static final LocalDate FIRST = LocalDate.of(2041, 1, 20);
    static final LocalDate LAST = LocalDate.of(2041, 4, 10);
    static final String[] REASONS = {"WAIT", "WELCOME", "ANSWER", "PLACE"};

    @Autowired Feedbacks feedbacks;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long souss;
    long tanger;
    long[] services;

    @BeforeEach
    void twoCentersInTwoRegions() {
        clock.pin(LocalDate.of(2041, 4, 11).atTime(10, 0).atZone(CASABLANCA).toInstant());
        souss = fixtures.center();
        tanger = fixtures.center();
        fixtures.jdbc().sql("""
                INSERT INTO province (region_id, code, name_ar, name_zgh, name_fr, name_en)
                VALUES (1, 'test-province-tanger', 'إقليم', 'ⴰⵎⵏⴰⴹ', 'Province test', 'Test province')
                ON CONFLICT (code) DO NOTHING""").update();
        fixtures.jdbc().sql("UPDATE center SET province_id = (SELECT id FROM province WHERE code = 'test-province-tanger') WHERE id = ?")
                .param(tanger).update();
        fixtures.openWeekdays(souss);
        fixtures.openWeekdays(tanger);
        services = new long[] {fixtures.service('F'), fixtures.service('G')};
        for (long center : new long[] {souss, tanger}) {
            fixtures.counter(center, "1", services[0]);
            fixtures.counter(center, "2", services[1]);
        }
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void everyRangeReadsWhatTheAnswersThemselvesSumTo() throws Exception {
        SplittableRandom random = new SplittableRandom(18);
        List<Long> given = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            given.add(answer(i % 3 == 0 ? tanger : souss, services[i % 2], FIRST.plusDays(random.nextInt(81)), random));
        }
        // one answer corrected and one taken back: the rollups follow both
        fixtures.jdbc().sql("UPDATE feedback SET score = 1, reasons = '{WAIT}' WHERE id = ?").param(given.get(0)).update();
        fixtures.jdbc().sql("DELETE FROM feedback WHERE id = ?").param(given.get(1)).update();

        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        for (LocalDate[] range : ranges()) {
            LocalDate from = range[0];
            LocalDate to = range[1];
            assertThat(perCenter(feedbacks.satisfaction(new Scope(Scope.Level.REGION, 9, (short) 9), from, to)))
                    .as("Souss-Massa's centers, %s to %s", from, to).isEqualTo(countedPerCenter(from, to, 9));
            assertThat(perCenter(feedbacks.satisfaction(Scope.NATION, from, to)))
                    .as("the nation's centers, %s to %s", from, to).containsAllEntriesOf(countedPerCenter(from, to, 1));
            assertThat(perRegion(feedbacks.satisfactionOfRegions(from, to)))
                    .as("the nation's regions, %s to %s", from, to).isEqualTo(countedPerRegion(from, to));
        }
    }

    @Test
    void answersGivenAtTheSameMomentInOneRegionAreAllCounted() throws Exception {
        List<Long> ticketIds = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            ticketIds.add(ticket(souss, services[0]));
        }
        LocalDate day = LocalDate.of(2041, 2, 14);
        Together.run(12, thread -> {
            for (int i = thread; i < ticketIds.size(); i += 12) {
                insert(ticketIds.get(i), souss, services[0], day, 1 + i % 5, i % 2 == 0 ? "{WAIT}" : "{}", 60 * i);
            }
            return null;
        });
        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        Satisfaction said = feedbacks.satisfaction(new Scope(Scope.Level.CENTER, souss, (short) 9), day, day).getFirst();
        assertThat(said.answers()).isEqualTo(48);
        assertThat(said.total()).isEqualTo(48 / 5 * 15 + 6);
        assertThat(perRegion(feedbacks.satisfactionOfRegions(day, day))).isEqualTo(countedPerRegion(day, day));
    }

    @Test
    void onlyThoseWhoSeeTheNationReadItPerRegion() {
        fixtures.signIn(fixtures.supervisorOfRegion(9));
        assertThatThrownBy(() -> feedbacks.satisfactionOfRegions(FIRST, LAST)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRangeIsCutIntoItsWholeMonthsAndTheDaysAtItsEnds() {
        FeedbackStore.Parts parts = FeedbackStore.Parts.of(LocalDate.of(2041, 1, 20), LocalDate.of(2041, 4, 10));
        assertThat(parts).isEqualTo(new FeedbackStore.Parts(LocalDate.of(2041, 2, 1), LocalDate.of(2041, 3, 1),
                LocalDate.of(2041, 1, 20), LocalDate.of(2041, 1, 31), LocalDate.of(2041, 4, 1), LocalDate.of(2041, 4, 10)));
        FeedbackStore.Parts within = FeedbackStore.Parts.of(LocalDate.of(2041, 2, 10), LocalDate.of(2041, 3, 5));
        assertThat(within.firstMonth()).isAfter(within.lastMonth());
        assertThat(within.tailFrom()).isAfter(within.tailTo());
        assertThat(List.of(within.headFrom(), within.headTo())).containsExactly(LocalDate.of(2041, 2, 10), LocalDate.of(2041, 3, 5));
    }

    private static List<LocalDate[]> ranges() {
        return List.of(
                new LocalDate[] {FIRST, LAST},
                new LocalDate[] {LocalDate.of(2041, 2, 1), LocalDate.of(2041, 2, 28)},
                new LocalDate[] {LocalDate.of(2041, 2, 3), LocalDate.of(2041, 2, 3)},
                new LocalDate[] {LocalDate.of(2041, 1, 25), LocalDate.of(2041, 3, 31)},
                new LocalDate[] {LocalDate.of(2041, 2, 10), LocalDate.of(2041, 3, 5)},
                new LocalDate[] {LocalDate.of(2041, 1, 1), LocalDate.of(2041, 4, 30)});
    }

    /** A ticket of that center, and an answer for it on {@code day}; returns the answer's id. */
    private long answer(long center, long service, LocalDate day, SplittableRandom random) {
        long ticket = ticket(center, service);
        List<String> reasons = new ArrayList<>();
        for (String reason : REASONS) {
            if (random.nextInt(3) == 0) {
                reasons.add(reason);
            }
        }
        Integer waited = random.nextInt(5) == 0 ? null : random.nextInt(3600);
        return insert(ticket, center, service, day, 1 + random.nextInt(5), "{" + String.join(",", reasons) + "}", waited);
    }

    private long ticket(long center, long service) {
        return ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket().id();
    }

    private long insert(long ticket, long center, long service, LocalDate day, int score, String reasons, Integer waited) {
        return fixtures.jdbc().sql("""
                INSERT INTO feedback (ticket_id, center_id, service_id, day, waited_seconds, score, reasons, channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::text[], 'PHONE', now()) RETURNING id""")
                .params(ticket, center, service, day, waited, score, reasons).query(Long.class).single();
    }

    /** What a row says, as text: answers, total, satisfied, about the wait, and the two mean waits in minutes. */
    private static String figures(Satisfaction s) {
        return s.answers() + "/" + s.total() + "/" + s.satisfied() + "/" + s.aboutWait() + "/" + s.waitMinutesSatisfied() + "/"
                + s.waitMinutesUnsatisfied();
    }

    private Map<String, String> perCenter(List<Satisfaction> said) {
        Map<String, String> rows = new TreeMap<>();
        said.stream().filter(s -> s.centerId() == souss || s.centerId() == tanger)
                .forEach(s -> rows.put(s.centerId() + ":" + s.serviceId(), figures(s)));
        return rows;
    }

    private static Map<String, String> perRegion(List<RegionSatisfaction> said) {
        Map<String, String> rows = new TreeMap<>();
        said.forEach(r -> rows.put(r.regionId() + ":" + r.said().serviceId(), figures(r.said())));
        return rows;
    }

    /** The test's centers of one region, summed from the answers themselves as before the rollups. */
    private Map<String, String> countedPerCenter(LocalDate from, LocalDate to, int region) {
        Map<String, String> rows = new TreeMap<>();
        fixtures.jdbc().sql(COUNTED.formatted("f.center_id") + " AND f.center_id IN (?, ?) AND p.region_id = ? GROUP BY 1, f.service_id")
                .params(from, to, souss, tanger, region)
                .query((rs, n) -> rows.put(rs.getLong(1) + ":" + rs.getLong(2), figures(row(rs))))
                .list();
        return rows;
    }

    private Map<String, String> countedPerRegion(LocalDate from, LocalDate to) {
        Map<String, String> rows = new TreeMap<>();
        fixtures.jdbc().sql(COUNTED.formatted("p.region_id") + " GROUP BY 1, f.service_id").params(from, to)
                .query((rs, n) -> rows.put(rs.getLong(1) + ":" + rs.getLong(2), figures(row(rs))))
                .list();
        return rows;
    }

    private static Satisfaction row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Satisfaction(0, rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                minutes(rs.getObject(7, Double.class)), minutes(rs.getObject(8, Double.class)));
    }

    private static Integer minutes(Double seconds) {
        return seconds == null ? null : (int) Math.round(seconds / 60);
    }

    private static final String COUNTED = """
            SELECT %s, f.service_id, count(*), sum(score), count(*) FILTER (WHERE score >= 4),
                   count(*) FILTER (WHERE 'WAIT' = ANY (reasons)),
                   avg(waited_seconds) FILTER (WHERE score >= 4)::float8, avg(waited_seconds) FILTER (WHERE score <= 2)::float8
              FROM feedback f JOIN center_place p ON p.id = f.center_id
             WHERE f.day BETWEEN ? AND ?""";
}
