package ma.socialhub.supervision;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.socialhub.base.security.Roles;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.feedback.Satisfaction;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.staff.Scope;
import ma.socialhub.staff.Scopes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live figures a supervisor watches: the board of one center, and the same figures for every
 * center of an area. A supervisor reads only inside their scope (center, province, region or the
 * nation); asking for anything else is refused here, whatever the screen did.
 */
@Service
public class Supervision {

    private final LiveQueries queries;
    private final Areas areas;
    private final Scopes scopes;
    private final Catalog catalog;
    /** The comments a center's board shows: the week's latest, enough to read at a glance. */
    static final int COMMENTS_SHOWN = 5;

    private final Clock clock;
    private final Feedbacks feedbacks;

    Supervision(LiveQueries queries, Areas areas, Scopes scopes, Catalog catalog, Clock clock, Feedbacks feedbacks) {
        this.feedbacks = feedbacks;
        this.queries = queries;
        this.areas = areas;
        this.scopes = scopes;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What the signed-in supervisor may see. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Scope scope() {
        return scopes.current();
    }

    /** A narrower area within the supervisor's scope; empty outside it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Optional<Scope> area(Scope.Level level, long id) {
        return scopes.within(level, id);
    }

    /** The supervisor's own area, named. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Area home() {
        return areas.of(scopes.current());
    }

    /** An area of the supervisor's scope, named; empty outside it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Optional<Area> named(Scope.Level level, long id) {
        return scopes.within(level, id).map(areas::of);
    }

    /** The areas one level below {@code area} (regions, provinces, centers), all within the scope. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Area> below(Scope area) {
        Scope allowed = scopes.within(area.level(), area.id())
                .orElseThrow(() -> new AccessDeniedException("Outside the supervisor's scope: " + area));
        return areas.below(allowed);
    }

    /** The province of a center (public catalogue data), to show the path down to it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public long provinceOf(long centerId) {
        return catalog.center(centerId).map(Center::provinceId).orElse(0);
    }

    /** Every center of {@code area} today (each center's own day, in its zone), the longest waits first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<CenterLive> centers(Scope area) {
        Scope allowed = scopes.within(area.level(), area.id())
                .orElseThrow(() -> new AccessDeniedException("Outside the supervisor's scope: " + area));
        return queries.centers(allowed, clock.instant());
    }

    /** The zone an area's days and hours are shown in: a center's own, the hub's for a wider area. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ZoneId zone(Scope area) {
        return areas.zoneOf(area);
    }

    /** Today in {@link #zone(Scope) the area's zone}: where a range of days ends by default. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public LocalDate today(Scope area) {
        return LocalDate.ofInstant(clock.instant(), areas.zoneOf(area));
    }

    /** The live board of a center of the supervisor's scope; empty for an unknown center or one outside it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Optional<CenterBoard> board(String centerCode) {
        return catalog.centerByCode(centerCode)
                .flatMap(center -> scopes.within(Scope.Level.CENTER, center.id()).map(scope -> boardOf(center, scope)));
    }

    private CenterBoard boardOf(Center center, Scope scope) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, center.timeZone());
        Map<Long, LiveFigures> figures = queries.services(center.id(), today, now);
        var counters = queries.counters(center.id());
        Map<Long, SocialService> services = new LinkedHashMap<>();
        catalog.servicesAt(center.id()).forEach(s -> services.put(s.id(), s));
        // a service with tickets today but no counter serving it now still shows
        figures.keySet().stream().filter(id -> !services.containsKey(id)).forEach(id -> catalog.service(id)
                .ifPresent(s -> services.put(id, s)));
        List<ServiceLive> lines = new ArrayList<>();
        for (SocialService service : services.values()) {
            lines.add(new ServiceLive(service.id(), service.letter(), service.name(), service.targetWaitMinutes(),
                    figures.getOrDefault(service.id(), new LiveFigures(0, null, 0, 0, 0, 0, null, null)),
                    counters.stream().filter(c -> c.getValue().contains(service.id())).map(Map.Entry::getKey).toList()));
        }
        lines.sort(Comparator.comparing(ServiceLive::letter));
        return new CenterBoard(center.id(), center.code(), center.name(), today, now, center.timeZone(), lines,
                counters.stream().map(Map.Entry::getKey).toList(), queries.appointments(center.id(), today),
                feedbacks.satisfaction(scope, today, today).stream().collect(Collectors.toMap(Satisfaction::serviceId, s -> s)),
                feedbacks.comments(center.id(), today.minusDays(6), today, COMMENTS_SHOWN));
    }
}
