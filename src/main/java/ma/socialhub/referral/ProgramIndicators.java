package ma.socialhub.referral;

import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program figures the supervision screens show, read from the rollups that each change keeps
 * up to date ({@link ReferralRollups}): a handful of rows whatever the number of referrals.
 */
@Service
@Transactional(readOnly = true)
public class ProgramIndicators {

    /** Women accompanied in a program in a region, and the region's target. */
    public record RegionProgress(long programId, short regionId, int womenAccompanied, @Nullable Integer regionalTarget) {
    }

    /** Projects launched in a region, by form. */
    public record Launches(short regionId, Map<ProjectForm, Integer> byForm) {

        public int total() {
            return byForm.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int cooperatives() {
            return byForm.getOrDefault(ProjectForm.COOPERATIVE, 0);
        }
    }

    /** Referrals waiting too long for a partner to answer or to start, per partner and referring center. */
    public record Waiting(long organizationId, long centerId, int referrals, java.time.Instant oldestSince) {
    }

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final int staleDays;

    ProgramIndicators(JdbcClient jdbc, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${hub.referral.stale-days:7}") int staleDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staleDays = staleDays;
    }

    /**
     * The referrals flagged to supervisors: sent and not answered, or accepted and not started, for
     * longer than {@code hub.referral.stale-days}; counts only, the oldest first.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Waiting> waitingTooLong() {
        return jdbc.sql("""
                SELECT organization_id, center_id, count(*) AS referrals, min(status_at) AS oldest FROM referral
                 WHERE status IN ('SENT', 'ACCEPTED') AND status_at < ?
                 GROUP BY organization_id, center_id ORDER BY oldest
                """).param(java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(staleDays))))
                .query((rs, n) -> new Waiting(rs.getLong("organization_id"), rs.getLong("center_id"), rs.getInt("referrals"),
                        rs.getTimestamp("oldest").toInstant())).list();
    }

    /** Every region of the program, with its count (zero where nobody is accompanied yet) and target. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<RegionProgress> progress(long programId) {
        return jdbc.sql("""
                SELECT r.id AS region_id, coalesce(c.women_accompanied, 0) AS women, p.regional_target
                  FROM region r CROSS JOIN program p
                  LEFT JOIN program_region_count c ON c.program_id = p.id AND c.region_id = r.id
                 WHERE p.id = ? ORDER BY r.id
                """).param(programId).query((rs, n) -> new RegionProgress(programId, rs.getShort("region_id"),
                        rs.getInt("women"), (Integer) rs.getObject("regional_target"))).list();
    }

    /** Projects launched per region (regions without any are left out). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Launches> launches() {
        Map<Short, Map<ProjectForm, Integer>> byRegion = new LinkedHashMap<>();
        jdbc.sql("SELECT region_id, project_form, projects FROM project_launch_count WHERE projects > 0 ORDER BY region_id")
                .query((rs, n) -> {
                    byRegion.computeIfAbsent(rs.getShort("region_id"), r -> new EnumMap<>(ProjectForm.class))
                            .put(ProjectForm.valueOf(rs.getString("project_form")), rs.getInt("projects"));
                    return null;
                }).list();
        return byRegion.entrySet().stream().map(e -> new Launches(e.getKey(), Map.copyOf(e.getValue()))).toList();
    }

    /** Referrals by status, per partner organization (organizations without any are left out). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Map<Long, Map<ReferralStatus, Integer>> referralsByStatus() {
        Map<Long, Map<ReferralStatus, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT organization_id, status, referrals FROM referral_status_count WHERE referrals > 0 ORDER BY organization_id")
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getLong("organization_id"), o -> new EnumMap<>(ReferralStatus.class))
                            .put(ReferralStatus.valueOf(rs.getString("status")), rs.getInt("referrals"));
                    return null;
                }).list();
        return counts;
    }
}
