package ma.socialhub.supervision;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check that the region rollups (ADR 0029) hold their centers' rows summed, shared by
 * RegionRollupsTest and the national supervision benchmark: every region table, up to the day it
 * is exact through, against the per-center table it is summed from.
 */
public final class RegionRollupChecks {

    private static final String FIGURES = """
            issued::bigint, called::bigint, served::bigint, no_shows::bigint, transferred::bigint, wait_count::bigint,
            round(wait_seconds)::bigint, service_count::bigint, round(service_seconds)::bigint""";
    private static final String SUMS = """
            sum(issued), sum(called), sum(served), sum(no_shows), sum(transferred), sum(wait_count),
            round(sum(wait_seconds))::bigint, sum(service_count), round(sum(service_seconds))::bigint""";

    private RegionRollupChecks() {
    }

    /** Rows of the region tables that differ from their centers summed, labelled (at most 20 a table and side). */
    public static List<String> differences(JdbcClient jdbc) {
        String waits = RegionRollups.cells("d.waits", WaitHistogram.BUCKETS);
        List<String> differences = new ArrayList<>();
        differences.addAll(diff(jdbc, "service",
                "SELECT region_id, day, service_id, " + FIGURES + ", issued_by_hour, waits FROM region_service_day WHERE day <= ({through})",
                "SELECT c.region_id, d.day, d.service_id, " + SUMS + ", " + RegionRollups.cells("d.issued_by_hour", 24) + ", " + waits
                        + " FROM service_day d JOIN center_place c ON c.id = d.center_id WHERE d.day <= ({through}) GROUP BY 1, 2, 3"));
        String closedMonth = "month + interval '1 month' - interval '1 day' <= ({through})";
        differences.addAll(diff(jdbc, "service",
                "SELECT region_id, month, service_id, " + FIGURES + ", issued_by_week_hour, waits FROM region_service_month WHERE "
                        + closedMonth,
                "SELECT c.region_id, d.month, d.service_id, " + SUMS + ", " + RegionRollups.cells("d.issued_by_week_hour", 168) + ", "
                        + waits + " FROM service_month d JOIN center_place c ON c.id = d.center_id WHERE d." + closedMonth
                        + " GROUP BY 1, 2, 3"));
        differences.addAll(diff(jdbc, "outcome",
                "SELECT region_id, day, outcome, visits::bigint FROM region_outcome_day WHERE day <= ({through})", """
                SELECT c.region_id, v.day, v.outcome, sum(v.visits) FROM visit_outcome_day v JOIN center_place c ON c.id = v.center_id
                 WHERE v.day <= ({through}) GROUP BY 1, 2, 3 HAVING sum(v.visits) <> 0"""));
        differences.addAll(diff(jdbc, "referral", """
                SELECT region_id, day, organization_id, status, referrals::bigint FROM region_referral_day WHERE day <= ({through})""",
                """
                SELECT c.region_id, r.day, r.organization_id, r.status, sum(r.referrals) FROM referral_day r
                  JOIN center_place c ON c.id = r.center_id WHERE r.day <= ({through}) GROUP BY 1, 2, 3, 4 HAVING sum(r.referrals) <> 0"""));
        differences.addAll(diff(jdbc, "appointment", """
                SELECT region_id, day, service_id, booked::bigint, checked_in::bigint, no_shows::bigint, cancelled::bigint,
                       called::bigint, on_time::bigint FROM region_appointment_day WHERE day <= ({through})""", """
                SELECT c.region_id, a.day, a.service_id, sum(a.booked), sum(a.checked_in), sum(a.no_shows), sum(a.cancelled),
                       sum(a.called), sum(a.on_time) FROM appointment_day a JOIN center_place c ON c.id = a.center_id
                 WHERE a.day <= ({through}) GROUP BY 1, 2, 3"""));
        return differences;
    }

    /** Rows of the region side missing from the centers' side and the other way round, labelled. */
    private static List<String> diff(JdbcClient jdbc, String rollup, String region, String centers) {
        String through = RegionRollups.exactThroughSql(rollup);
        String regionSql = region.replace("{through}", through);
        String centersSql = centers.replace("{through}", through);
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("SELECT '" + rollup + ", region only: ' || x::text FROM ((" + regionSql + ") EXCEPT ALL (" + centersSql
                + ")) x LIMIT 20").query(String.class).list());
        rows.addAll(jdbc.sql("SELECT '" + rollup + ", centers only: ' || x::text FROM ((" + centersSql + ") EXCEPT ALL (" + regionSql
                + ")) x LIMIT 20").query(String.class).list());
        return rows;
    }
}
