package ma.socialhub.supervision;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scope;
import ma.socialhub.staff.Scopes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Builds the monthly PDF report of an area in the background: the screen that asked stays free
 * and shows the progress. Reports are built two at a time per node, so that many supervisors
 * asking at the start of a month queue up instead of loading the database all at once. The
 * report is built as the supervisor who asked (their scope, their rights), on the worker thread.
 */
@Service
public class Reports {

    private final Trends trends;
    private final Areas areas;
    private final Scopes scopes;
    private final MonthlyReport pdf;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("report-", 1).factory());

    Reports(Trends trends, Areas areas, Scopes scopes, MonthlyReport pdf, Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.trends = trends;
        this.areas = areas;
        this.scopes = scopes;
        this.pdf = pdf;
        this.clock = clock;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * The monthly report of {@code area} for {@code month}, in {@code language}; {@code progress}
     * hears 0 to 1 from the worker thread. Refused at once outside the supervisor's scope.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CompletableFuture<byte[]> monthly(Scope area, YearMonth month, HubLanguage language, DoubleConsumer progress) {
        Scope allowed = scopes.within(area.level(), area.id())
                .orElseThrow(() -> new AccessDeniedException("Outside the supervisor's scope: " + area));
        SecurityContext asker = contexts.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext before = contexts.getContext();
            contexts.setContext(asker);
            try {
                progress.accept(0.05);
                TrendReport report = trends.report(allowed, month.atDay(1), month.atEndOfMonth());
                progress.accept(0.2);
                byte[] bytes = pdf.render(areas.of(allowed), month, report, language,
                        clock.instant().atZone(areas.zoneOf(allowed)), progress);
                progress.accept(1);
                return bytes;
            } finally {
                contexts.setContext(before);
            }
        }, workers);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
