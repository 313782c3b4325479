package ma.socialhub.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator sets for opening: a center's or a service's weekly hours, the periods that
 * replace them (holidays, Ramadan), and the booking rule of a service at a center. Each change is
 * checked whole (nothing is saved when a part is wrong) and written to the administrative trail.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class ScheduleAdmin {

    /** A period longer than a year is a typing mistake (a holiday in 2062 instead of 2026). */
    static final int LONGEST_PERIOD_DAYS = 366;

    private final ScheduleStore store;
    private final Catalog catalog;
    private final AdminLog log;

    ScheduleAdmin(ScheduleStore store, Catalog catalog, AdminLog log) {
        this.store = store;
        this.catalog = catalog;
        this.log = log;
    }

    /** Exactly the weekly hours of the center ({@code serviceId} null) or of one of its services. */
    @Transactional(readOnly = true)
    public List<OpenSpan> weekly(long centerId, @Nullable Long serviceId) {
        return store.weeklyOf(centerId, serviceId);
    }

    /** Replaces those weekly hours; an empty list leaves a service on the center's hours (or the center closed). */
    @Transactional
    public AdminResult setWeekly(long centerId, @Nullable Long serviceId, List<OpenSpan> spans) {
        Map<String, String> problems = new HashMap<>();
        if (catalog.center(centerId).isEmpty()) {
            problems.put("center", "schedule.error.center");
        }
        if (serviceId != null && catalog.service(serviceId).isEmpty()) {
            problems.put("service", "schedule.error.service");
        }
        spanProblems(spans).ifPresent(key -> problems.put("hours", key));
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        List<OpenSpan> before = store.weeklyOf(centerId, serviceId);
        store.replaceWeekly(centerId, serviceId, spans);
        log.record("opening_hours", serviceId == null ? centerId : centerId + "/" + serviceId, "UPDATE", before, spans);
        return new AdminResult.Done(centerId);
    }

    /** The periods of the center ({@code centerId} null: the national ones) not over before {@code from}. */
    @Transactional(readOnly = true)
    public List<OpeningPeriod> periods(@Nullable Long centerId, LocalDate from) {
        return store.periodsFrom(centerId, from).stream().flatMap(id -> store.period(id).stream()).toList();
    }

    /** Adds a period ({@code id} null) or changes one at the version it was read at. */
    @Transactional
    public AdminResult savePeriod(OpeningPeriod period) {
        Map<String, String> problems = new HashMap<>();
        if (period.centerId() != null && catalog.center(period.centerId()).isEmpty()) {
            problems.put("center", "schedule.error.center");
        }
        if (period.lastDay().isBefore(period.firstDay())) {
            problems.put("lastDay", "schedule.error.lastBeforeFirst");
        } else if (ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) >= LONGEST_PERIOD_DAYS) {
            problems.put("lastDay", "schedule.error.tooLong");
        }
        String reason = period.reason().strip();
        if (reason.isEmpty() || reason.length() > 200) {
            problems.put("reason", "schedule.error.reason");
        }
        spanProblems(period.spans()).ifPresent(key -> problems.put("hours", key));
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        OpeningPeriod clean = new OpeningPeriod(period.id(), period.version(), period.centerId(), period.firstDay(),
                period.lastDay(), reason, period.spans());
        if (clean.id() == null) {
            long id = store.insertPeriod(clean);
            log.record("opening_period", id, "CREATE", null, clean);
            return new AdminResult.Done(id);
        }
        Optional<OpeningPeriod> before = store.period(clean.id());
        if (before.isEmpty() || !store.updatePeriod(clean)) {
            return new AdminResult.Conflict();
        }
        log.record("opening_period", clean.id(), "UPDATE", before.get(), clean);
        return new AdminResult.Done(clean.id());
    }

    @Transactional
    public AdminResult removePeriod(long id) {
        Optional<OpeningPeriod> before = store.period(id);
        if (before.isEmpty() || !store.deletePeriod(id)) {
            return new AdminResult.Conflict();
        }
        log.record("opening_period", id, "DELETE", before.get(), null);
        return new AdminResult.Done(id);
    }

    /** Sets what the center does with the people still waiting when its day ends. */
    @Transactional
    public AdminResult setClosingRule(long centerId, ClosingRule rule) {
        if (catalog.center(centerId).isEmpty()) {
            return new AdminResult.Invalid(Map.of("center", "schedule.error.center"));
        }
        ClosingRule before = store.closingRule(centerId);
        store.saveClosingRule(centerId, rule);
        log.record("closing_rule", String.valueOf(centerId), "UPDATE", before, rule);
        return new AdminResult.Done(centerId);
    }

    @Transactional(readOnly = true)
    public ClosingRule closingRule(long centerId) {
        return store.closingRule(centerId);
    }

    /** Sets how a service may be booked at a center. */
    @Transactional
    public AdminResult setRule(long centerId, long serviceId, BookingRule rule) {
        Map<String, String> problems = new HashMap<>();
        if (catalog.center(centerId).isEmpty()) {
            problems.put("center", "schedule.error.center");
        }
        if (catalog.service(serviceId).isEmpty()) {
            problems.put("service", "schedule.error.service");
        }
        if (rule.walkInPercent() < 0 || rule.walkInPercent() > 100) {
            problems.put("walkInPercent", "schedule.error.share");
        }
        if (rule.earlyMinutes() < 0 || rule.earlyMinutes() > 240 || rule.lateMinutes() < 0 || rule.lateMinutes() > 120) {
            problems.put("window", "schedule.error.window");
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        BookingRule before = store.rule(centerId, serviceId);
        store.saveRule(centerId, serviceId, rule);
        log.record("booking_rule", centerId + "/" + serviceId, "UPDATE", before, rule);
        return new AdminResult.Done(centerId);
    }

    /** The first thing wrong with a set of spans: one that closes before it opens, or two that overlap. */
    private static Optional<String> spanProblems(List<OpenSpan> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (!spans.get(i).closes().isAfter(spans.get(i).opens())) {
                return Optional.of("schedule.error.closesBeforeOpens");
            }
            for (int j = i + 1; j < spans.size(); j++) {
                if (spans.get(i).overlaps(spans.get(j))) {
                    return Optional.of("schedule.error.overlap");
                }
            }
        }
        return Optional.empty();
    }
}
