package ma.socialhub.referral;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scopes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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

    private final ProgramFigures figures;
    private final Scopes scopes;
    private final Clock clock;
    private final int staleDays;

    ProgramIndicators(ProgramFigures figures, Scopes scopes, Clock clock,
            @Value("${hub.referral.stale-days:7}") int staleDays) {
        this.figures = figures;
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
        return figures.waitingSince(scopes.current(), clock.instant().minus(Duration.ofDays(staleDays)));
    }

    /**
     * Every region of the program in the caller's scope (all for the nation, their own region
     * otherwise), with its count (zero where nobody is accompanied yet) and target.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<RegionProgress> progress(long programId) {
        return figures.progress(scopes.current(), programId);
    }

    /**
     * Women accompanied by the program in the whole country: the headline figure the program
     * publishes, shown to every supervisor whatever their scope.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public int accompaniedNationally(long programId) {
        return figures.accompaniedNationally(programId);
    }

    /** Projects launched per region of the caller's scope (regions without any are left out). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Launches> launches() {
        return figures.launches(scopes.current());
    }

    /**
     * Referrals by status, per partner organization of the caller's region (organizations without
     * any are left out).
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Map<Long, Map<ReferralStatus, Integer>> referralsByStatus() {
        return figures.referralsByStatus(scopes.current());
    }
}
