package ma.socialhub.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ma.socialhub.base.HubZone;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sums the per-center rollups of closed days into the region tables (V35, ADR 0029): the days
 * up to yesterday not summed yet, at most {@value #DAYS_A_RUN} a transaction, and the days
 * marked stale by a late change. A closed month is summed from {@code service_month} once its
 * last day is in. Every node runs it; an advisory lock lets one at a time do the work.
 */
@Component
class RegionRollupJob {

    /** Days summed in one transaction: a first catch-up over years holds the state row a few seconds at most. */
    static final int DAYS_A_RUN = 31;
    /**
     * How long after a day's end a day is summed: a transaction begun before midnight that writes to
     * that day after it is not marked stale (its {@code current_date} is still that day), so it
     * must have committed before the day is read. The hub's transactions last milliseconds.
     * Changes made later, in transactions of a later day, are marked stale and summed again.
     */
    static final String MARGIN = "10 minutes";
    private static final Logger log = LoggerFactory.getLogger(RegionRollupJob.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    private final HubZone hubZone;

    RegionRollupJob(JdbcClient jdbc, TransactionTemplate transactions, HubZone hubZone) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.hubZone = hubZone;
    }

    @Scheduled(cron = "${hub.supervision.region-rollup-cron:*/10 * * * * *}")
    void scheduled() {
        try {
            catchUp(false);
        } catch (RuntimeException e) {
            // the next run tries again; until then readers take the per-center tables after "through"
            log.warn("Region rollups not summed this time", e);
        }
    }

    /**
     * Sums everything due, one transaction after another, waiting for another node's run to end
     * first; returns the days summed (a stale day counts once a run).
     */
    int catchUp() {
        return catchUp(true);
    }

    private int catchUp(boolean wait) {
        int total = 0;
        long started = System.nanoTime();
        for (Integer summed; (summed = transactions.execute(status -> sumDueDays(wait))) != null && summed > 0; ) {
            total += summed;
        }
        if (total > DAYS_A_RUN) {
            // a first catch-up fills the tables with years at once: the trends are planned for what
            // they hold now, not for the empty tables autovacuum last saw
            jdbc.sql("ANALYZE " + DAY_SUMS.stream().map(Map.Entry::getKey).collect(Collectors.joining(", ")) + ", region_service_month")
                    .update();
            log.info("Region rollups: {} days summed in {} s", total, (System.nanoTime() - started) / 1_000_000_000);
        }
        return total;
    }

    /**
     * The last day readers may take from a rollup's region table, if any: the last day summed, or
     * the day before the first one marked stale for that rollup ({@code service}, {@code outcome},
     * {@code referral} or {@code appointment}): the region table is exact up to there.
     */
    Optional<LocalDate> exactThrough(String rollup) {
        return jdbc.sql(RegionRollups.exactThroughSql(rollup)).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
    }

    private int sumDueDays(boolean wait) {
        if (wait) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('region-rollups'))").query((rs, n) -> 1).single();
        } else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('region-rollups'))").query(Boolean.class).single()) {
            return 0;
        }
        // the row lock first: changes to past days in flight commit before the reads below (they hold it FOR SHARE)
        @Nullable LocalDate through = jdbc.sql("SELECT through FROM region_rollup_state FOR UPDATE")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single().orElse(null);
        // the triggers that mark late changes compare with current_date, which follows the writing
        // session's time zone: each node's JVM gives its own. A day is summed once it is over in the
        // zone that is last to leave it (UTC-12, "Etc/GMT+12" in POSIX's inverted sign), with a
        // margin: whatever a writer's zone, every later change to a summed day is then marked. For
        // Morocco that is yesterday from 13:10; before, a range ending yesterday reads that one day
        // from the centers' tables.
        LocalDate closed = jdbc.sql("SELECT least(((now() - CAST(? AS interval)) AT TIME ZONE 'Etc/GMT+12')::date,"
                        + " ((now() - CAST(? AS interval)) AT TIME ZONE ?)::date) - 1")
                .params(MARGIN, MARGIN, hubZone.zone().getId()).query(LocalDate.class).single();
        TreeSet<LocalDate> days = new TreeSet<>(jdbc.sql("DELETE FROM region_rollup_stale RETURNING day")
                .query(LocalDate.class).list());
        LocalDate first = through != null ? through.plusDays(1) : firstDay().orElse(closed.plusDays(1));
        LocalDate last = first.plusDays(DAYS_A_RUN - 1).isBefore(closed) ? first.plusDays(DAYS_A_RUN - 1) : closed;
        boolean advances = !first.isAfter(last);
        if (advances) {
            first.datesUntil(last.plusDays(1)).forEach(days::add);
        }
        if (days.isEmpty()) {
            if (through == null) {
                // no closed day holds anything yet: later rows of those days are marked stale and summed then
                setThrough(closed);
            }
            return 0;
        }
        LocalDate newThrough = advances ? last : through != null ? through : closed;
        sum(days);
        setThrough(newThrough);
        sumMonths(days, newThrough);
        return days.size();
    }

    private Optional<LocalDate> firstDay() {
        return jdbc.sql("""
                SELECT least((SELECT min(day) FROM service_day), (SELECT min(day) FROM visit_outcome_day),
                             (SELECT min(day) FROM referral_day), (SELECT min(day) FROM appointment_day))""")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
    }

    private void setThrough(LocalDate through) {
        jdbc.sql("UPDATE region_rollup_state SET through = ?").param(through).update();
    }

    /**
     * Each region day table and the sums that fill it from its per-center day table ({@code x},
     * joined to its center's place {@code c}) for the days asked ({@code ?}).
     */
    private static final List<Map.Entry<String, String>> DAY_SUMS = List.of(
            Map.entry("region_service_day", serviceSums("region_service_day", "day", "service_day", "issued_by_hour", 24)),
            Map.entry("region_outcome_day", """
                    INSERT INTO region_outcome_day (region_id, day, outcome, visits)
                    SELECT c.region_id, x.day, x.outcome, sum(x.visits) FROM visit_outcome_day x JOIN center_place c ON c.id = x.center_id
                     WHERE x.day = ANY (?) GROUP BY 1, 2, 3 HAVING sum(x.visits) <> 0
                    """),
            Map.entry("region_referral_day", """
                    INSERT INTO region_referral_day (region_id, day, organization_id, status, referrals)
                    SELECT c.region_id, x.day, x.organization_id, x.status, sum(x.referrals)
                      FROM referral_day x JOIN center_place c ON c.id = x.center_id
                     WHERE x.day = ANY (?) GROUP BY 1, 2, 3, 4 HAVING sum(x.referrals) <> 0
                    """),
            Map.entry("region_appointment_day", """
                    INSERT INTO region_appointment_day (region_id, day, service_id, booked, checked_in, no_shows, cancelled, called, on_time)
                    SELECT c.region_id, x.day, x.service_id, sum(x.booked), sum(x.checked_in), sum(x.no_shows), sum(x.cancelled),
                           sum(x.called), sum(x.on_time)
                      FROM appointment_day x JOIN center_place c ON c.id = x.center_id
                     WHERE x.day = ANY (?) GROUP BY 1, 2, 3
                    """));

    /**
     * The sums of a per-center service table ({@code source}, by {@code period}) into its region
     * table, for the periods asked ({@code ?}); {@code hours} is its array of tickets issued by hour.
     */
    private static String serviceSums(String target, String period, String source, String hours, int hourCells) {
        return """
                INSERT INTO %1$s (region_id, %2$s, service_id, issued, called, served, no_shows, transferred,
                                  wait_count, wait_seconds, service_count, service_seconds, %4$s, waits)
                SELECT c.region_id, x.%2$s, x.service_id, sum(x.issued), sum(x.called), sum(x.served), sum(x.no_shows),
                       sum(x.transferred), sum(x.wait_count), sum(x.wait_seconds), sum(x.service_count), sum(x.service_seconds),
                       %5$s, %6$s
                  FROM %3$s x JOIN center_place c ON c.id = x.center_id
                 WHERE x.%2$s = ANY (?) GROUP BY 1, 2, 3
                """.formatted(target, period, source, hours, RegionRollups.cells("x." + hours, hourCells),
                RegionRollups.cells("x.waits", WaitHistogram.BUCKETS));
    }

    /** The days asked, summed again in every region day table: their old rows deleted, their sums inserted. */
    private void sum(TreeSet<LocalDate> days) {
        Object asked = days.stream().map(Date::valueOf).toArray(Date[]::new);
        for (Map.Entry<String, String> table : DAY_SUMS) {
            jdbc.sql("DELETE FROM " + table.getKey() + " WHERE day = ANY (?)").param(asked).update();
            jdbc.sql(table.getValue()).param(asked).update();
        }
    }

    /** The months of {@code days} whose last day is summed, again from the per-center months. */
    private void sumMonths(TreeSet<LocalDate> days, LocalDate through) {
        List<Date> months = days.stream().map(d -> d.withDayOfMonth(1)).distinct()
                .filter(m -> !m.plusMonths(1).minusDays(1).isAfter(through)).map(Date::valueOf).toList();
        if (months.isEmpty()) {
            return;
        }
        Object asked = months.toArray(Date[]::new);
        jdbc.sql("DELETE FROM region_service_month WHERE month = ANY (?)").param(asked).update();
        jdbc.sql(serviceSums("region_service_month", "month", "service_month", "issued_by_week_hour", 168)).param(asked).update();
    }
}
