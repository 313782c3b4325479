package ma.socialhub.supervision;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.feedback.RegionSatisfaction;
import ma.socialhub.feedback.Satisfaction;
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
    private final Feedbacks feedbacks;
    private final Catalog catalog;

    Trends(TrendQueries queries, Scopes scopes, Feedbacks feedbacks, Catalog catalog) {
        this.queries = queries;
        this.scopes = scopes;
        this.feedbacks = feedbacks;
        this.catalog = catalog;
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
        TrendQueries.Readings read = queries.readings(allowed, from, to);
        // the nation's answers are read per region, from the region rollups (ADR 0032)
        boolean nation = allowed.level() == Scope.Level.NATION;
        List<RegionSatisfaction> ofRegions = nation ? feedbacks.satisfactionOfRegions(from, to) : List.of();
        List<Satisfaction> said = nation ? ofRegions.stream().map(RegionSatisfaction::said).toList()
                : feedbacks.satisfaction(allowed, from, to);
        List<CenterTrend> centers = queries.centers(read.service());
        return new TrendReport(allowed, from, to, queries.heat(read.service()), queries.services(read.service()),
                centers, queries.outcomes(read.outcome()), queries.referrals(read.referral()),
                queries.days(read.service()), queries.appointments(read.appointment(), false),
                queries.appointments(read.appointment(), true), perService(said),
                nation ? perRegion(ofRegions) : perCenter(said, centers));
    }

    /** The answers of every center summed per service, by letter. */
    private List<SatisfactionFigures> perService(List<Satisfaction> said) {
        Map<Long, List<Satisfaction>> byService = said.stream().collect(Collectors.groupingBy(Satisfaction::serviceId));
        return byService.entrySet().stream().flatMap(e -> catalog.service(e.getKey()).stream()
                        .map(service -> new SatisfactionFigures(String.valueOf(service.letter()), service.name(),
                                e.getValue().size() == 1 ? e.getValue().getFirst() : Satisfaction.sum(0, e.getKey(), e.getValue()))))
                .sorted(Comparator.comparing(SatisfactionFigures::key)).toList();
    }

    /** The answers of every center summed per region, the most answered first: the nation's view. */
    private List<SatisfactionFigures> perRegion(List<RegionSatisfaction> said) {
        Map<Short, List<Satisfaction>> byRegion = said.stream().collect(Collectors.groupingBy(RegionSatisfaction::regionId,
                Collectors.mapping(RegionSatisfaction::said, Collectors.toList())));
        return catalog.regions().stream().filter(r -> byRegion.containsKey(r.id()))
                .map(r -> new SatisfactionFigures(r.code(), r.name(), Satisfaction.sum(0, 0, byRegion.get(r.id()))))
                .sorted(Comparator.comparingInt((SatisfactionFigures f) -> f.said().answers()).reversed()).toList();
    }

    /**
     * The answers of every service summed per center, the most answered first. The centers are named
     * from the report's own list of them (a region's 170 centers looked up one by one were 400
     * statements, 90 ms at the national shape); a center with answers but no ticket in the range is
     * looked up.
     */
    private List<SatisfactionFigures> perCenter(List<Satisfaction> said, List<CenterTrend> listed) {
        Map<Long, CenterTrend> named = listed.stream().collect(Collectors.toMap(CenterTrend::centerId, c -> c, (a, b) -> a));
        Map<Long, List<Satisfaction>> byCenter = said.stream().collect(Collectors.groupingBy(Satisfaction::centerId));
        return byCenter.entrySet().stream().flatMap(e -> {
                    Satisfaction summed = e.getValue().size() == 1 ? e.getValue().getFirst() : Satisfaction.sum(e.getKey(), 0, e.getValue());
                    CenterTrend center = named.get(e.getKey());
                    return center != null ? Stream.of(new SatisfactionFigures(center.code(), center.name(), summed))
                            : catalog.center(e.getKey()).stream().map(c -> new SatisfactionFigures(c.code(), c.name(), summed));
                })
                .sorted(Comparator.comparingInt((SatisfactionFigures f) -> f.said().answers()).reversed()).toList();
    }
}
