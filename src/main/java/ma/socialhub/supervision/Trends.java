package ma.socialhub.supervision;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scope;
import ma.socialhub.staff.Scopes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area's figures over a date range, read from the daily rollups, within the supervisor's
 * scope. Ranges run from one day to {@value #MAX_DAYS} days, both ends included.
 */
@Service
public class Trends {

    static final int MAX_DAYS = 1100;

    private final TrendQueries queries;
    private final Scopes scopes;

    Trends(TrendQueries queries, Scopes scopes) {
        this.queries = queries;
        this.scopes = scopes;
    }

    /** The report of {@code area} from {@code from} to {@code to}; refused outside the supervisor's scope. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public TrendReport report(Scope area, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("A range of 1 to " + MAX_DAYS + " days: " + from + " to " + to);
        }
        Scope allowed = scopes.within(area.level(), area.id())
                .orElseThrow(() -> new AccessDeniedException("Outside the supervisor's scope: " + area));
        queries.planAsSmallReads();
        return new TrendReport(allowed, from, to, queries.heat(allowed, from, to), queries.services(allowed, from, to),
                queries.centers(allowed, from, to), queries.outcomes(allowed, from, to), queries.referrals(allowed, from, to), queries.days(allowed, from, to),
                queries.appointments(allowed, from, to, false), queries.appointments(allowed, from, to, true));
    }
}
