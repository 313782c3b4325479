package ma.socialhub.referral;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ma.socialhub.staff.Scope;
import ma.socialhub.staff.Scopes;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
    public record Waiting(long organizationId, long centerId, int referrals, Instant oldestSince) {
    }

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final Clock clock;
    private final int staleDays;

    ProgramIndicators(JdbcClient jdbc, Scopes scopes, Clock clock,
            @Value("${hub.referral.stale-days:7}") int staleDays) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.clock = clock;
        this.staleDays = staleDays;
    }

    /**
     * The referrals flagged to supervisors: sent and not answered, or accepted and not started, for
     * longer than {@code hub.referral.stale-days}; counts only, the oldest first, from the centers
     * of the caller's scope.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Waiting> waitingTooLong() {
        Scope.Condition mine = scopes.current().centers("center_id");
        return jdbc.sql("""
                SELECT organization_id, center_id, count(*) AS referrals, min(status_at) AS oldest FROM referral
                 WHERE status IN ('SENT', 'ACCEPTED') AND status_at < ? AND %s
                 GROUP BY organization_id, center_id ORDER BY oldest
                """.formatted(mine.sql()))
                .params(mine.paramsWith(Timestamp.from(clock.instant().minus(Duration.ofDays(staleDays)))))
                .query((rs, n) -> new Waiting(rs.getLong("organization_id"), rs.getLong("center_id"), rs.getInt("referrals"),
                        rs.getTimestamp("oldest").toInstant())).list();
    }

    /**
     * Every region of the program in the caller's scope (all for the nation, their own region
     * otherwise), with its count (zero where nobody is accompanied yet) and target.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<RegionProgress> progress(long programId) {
        Scope.Condition mine = scopes.current().regions("r.id");
        return jdbc.sql("""
                SELECT r.id AS region_id, coalesce(c.women_accompanied, 0) AS women, p.regional_target
                  FROM region_place r CROSS JOIN program_target p
                  LEFT JOIN program_region_count c ON c.program_id = p.id AND c.region_id = r.id
                 WHERE p.id = ? AND %s ORDER BY r.id
                """.formatted(mine.sql())).params(mine.paramsWith(programId)).query((rs, n) -> new RegionProgress(programId, rs.getShort("region_id"),
                        rs.getInt("women"), (Integer) rs.getObject("regional_target"))).list();
    }

    /**
     * Women accompanied by the program in the whole country: the headline figure the program
     * publishes, shown to every supervisor whatever their scope.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public int accompaniedNationally(long programId) {
        return jdbc.sql("SELECT coalesce(sum(women_accompanied), 0) FROM program_region_count WHERE program_id = ?")
                .param(programId).query(Integer.class).single();
    }

    /** Projects launched per region of the caller's scope (regions without any are left out). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Launches> launches() {
        Map<Short, Map<ProjectForm, Integer>> byRegion = new LinkedHashMap<>();
        Scope.Condition mine = scopes.current().regions("region_id");
        jdbc.sql("SELECT region_id, project_form, projects FROM project_launch_count WHERE projects > 0 AND %s ORDER BY region_id"
                .formatted(mine.sql())).params(mine.paramsWith())
                .query((rs, n) -> {
                    byRegion.computeIfAbsent(rs.getShort("region_id"), r -> new EnumMap<>(ProjectForm.class))
                            .put(ProjectForm.valueOf(rs.getString("project_form")), rs.getInt("projects"));
                    return null;
                }).list();
        return byRegion.entrySet().stream().map(e -> new Launches(e.getKey(), Map.copyOf(e.getValue()))).toList();
    }

    /**
     * Referrals by status, per partner organization of the caller's region (organizations without
     * any are left out).
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Map<Long, Map<ReferralStatus, Integer>> referralsByStatus() {
        Map<Long, Map<ReferralStatus, Integer>> counts = new LinkedHashMap<>();
        Scope.Condition mine = scopes.current().regions("o.region_id");
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
