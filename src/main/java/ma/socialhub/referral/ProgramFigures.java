package ma.socialhub.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.socialhub.referral.ProgramIndicators.Launches;
import ma.socialhub.referral.ProgramIndicators.RegionProgress;
import ma.socialhub.referral.ProgramIndicators.Waiting;
import ma.socialhub.staff.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the program figures: reads of the rollups that each change keeps up to date
 * ({@link ReferralRollups}), a handful of rows whatever the number of referrals, and of the
 * referrals waiting too long. Each read is narrowed to the given scope.
 */
@Component
class ProgramFigures {

    private final JdbcClient jdbc;

    ProgramFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Referrals sent and not answered, or accepted and not started, since before {@code before}; the oldest first. */
    List<Waiting> waitingSince(Scope scope, Instant before) {
        Scope.Condition mine = scope.centers("center_id");
        return jdbc.sql("""
                SELECT organization_id, center_id, count(*) AS referrals, min(status_at) AS oldest FROM referral
                 WHERE status IN ('SENT', 'ACCEPTED') AND status_at < ? AND %s
                 GROUP BY organization_id, center_id ORDER BY oldest
                """.formatted(mine.sql()))
                .params(mine.paramsWith(Timestamp.from(before)))
                .query((rs, n) -> new Waiting(rs.getLong("organization_id"), rs.getLong("center_id"), rs.getInt("referrals"),
                        rs.getTimestamp("oldest").toInstant())).list();
    }

    /** Every region of the scope with the program's count there (zero where nobody is accompanied yet) and target. */
    List<RegionProgress> progress(Scope scope, long programId) {
        Scope.Condition mine = scope.regions("r.id");
        return jdbc.sql("""
                SELECT r.id AS region_id, coalesce(c.women_accompanied, 0) AS women, p.regional_target
                  FROM region_place r CROSS JOIN program_target p
                  LEFT JOIN program_region_count c ON c.program_id = p.id AND c.region_id = r.id
                 WHERE p.id = ? AND %s ORDER BY r.id
                """.formatted(mine.sql())).params(mine.paramsWith(programId)).query((rs, n) -> new RegionProgress(programId, rs.getShort("region_id"),
                        rs.getInt("women"), (Integer) rs.getObject("regional_target"))).list();
    }

    int accompaniedNationally(long programId) {
        return jdbc.sql("SELECT coalesce(sum(women_accompanied), 0) FROM program_region_count WHERE program_id = ?")
                .param(programId).query(Integer.class).single();
    }

    /** Projects launched per region of the scope (regions without any are left out). */
    List<Launches> launches(Scope scope) {
        Map<Short, Map<ProjectForm, Integer>> byRegion = new LinkedHashMap<>();
        Scope.Condition mine = scope.regions("region_id");
        jdbc.sql("SELECT region_id, project_form, projects FROM project_launch_count WHERE projects > 0 AND %s ORDER BY region_id"
                .formatted(mine.sql())).params(mine.paramsWith())
                .query((rs, n) -> {
                    byRegion.computeIfAbsent(rs.getShort("region_id"), r -> new EnumMap<>(ProjectForm.class))
                            .put(ProjectForm.valueOf(rs.getString("project_form")), rs.getInt("projects"));
                    return null;
                }).list();
        return byRegion.entrySet().stream().map(e -> new Launches(e.getKey(), Map.copyOf(e.getValue()))).toList();
    }

    /** Referrals by status, per partner organization of the scope's region (organizations without any are left out). */
    Map<Long, Map<ReferralStatus, Integer>> referralsByStatus(Scope scope) {
        Map<Long, Map<ReferralStatus, Integer>> counts = new LinkedHashMap<>();
        Scope.Condition mine = scope.regions("o.region_id");
        jdbc.sql("""
                SELECT s.organization_id, s.status, s.referrals FROM referral_status_count s
                  JOIN partner_place o ON o.id = s.organization_id
                 WHERE s.referrals > 0 AND %s ORDER BY s.organization_id
                """.formatted(mine.sql())).params(mine.paramsWith())
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getLong("organization_id"), o -> new EnumMap<>(ReferralStatus.class))
                            .put(ReferralStatus.valueOf(rs.getString("status")), rs.getInt("referrals"));
                    return null;
                }).list();
        return counts;
    }
}
