package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.support.Fixtures;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Heap kept per open screen: 1,000 browser sessions of each kind of screen held open at once (each
 * its own session and UI, built by the real views on real data, subscribed to the queue as in
 * production), the heap measured after full garbage collections before and after, divided by the
 * count. Karibu stands in for the browsers: what the server keeps is the same, the network is not
 * involved. Writes to {@code docs/benchmarks.md}.
 */
@SpringBootTest(properties = {"hub.embedded-db.data-dir=", "hub.embedded-db.demo=false", "management.server.port=0",
        "hub.kiosk.config-dir=target/benchmark-kiosk-config", "hub.kiosk.demo-secrets=true",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=WARN"})
@Import(Fixtures.class)
class ScreenMemoryBenchmark {

    private static final int SCREENS = Integer.getInteger("benchmark.memory.screens", 1_000);
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
        OwnDatabase.use(registry, "socialhub_memory_bench");
    }

    /** A kind of screen: how to open it, who is signed in, and the heap allowed per screen. */
    record Kind(String name, String route, QueryParameters query, String user, int targetKb) {
    }

    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired StaffDirectory staff;
    @Autowired SecurityContextHolderStrategy securityContexts;

    @Test
    void heapKeptPerOpenScreenOfEachKind() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long service = fixtures.service('S');
        fixtures.counter(center, "1", service);
        String kiosk = fixtures.kiosk(center);
        String agent = fixtures.agent(center);
        String supervisor = fixtures.supervisorOfRegion(9);
        for (int i = 0; i < 15; i++) {
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        }
        Ticket mine = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
        String supervisorName = fixtures.staff(Roles.SUPERVISOR, null, null);
        List<Kind> kinds = List.of(
                new Kind("blank session (mock request, session, empty UI)", null, QueryParameters.empty(), null, 0),
                new Kind("kiosk", "kiosk/" + code, QueryParameters.of("key", kiosk), null, 150),
                new Kind("display", "display/" + code, QueryParameters.empty(), null, 150),
                new Kind("phone", "t/" + tickets.linkOf(mine), QueryParameters.empty(), null, 150),
                new Kind("counter", "counter", QueryParameters.empty(), agent, 500),
                new Kind("supervision (center board)", "supervision/center/" + code, QueryParameters.empty(), supervisor, 500),
                new Kind("supervision (national list)", "supervision", QueryParameters.empty(), supervisorName, 500));

        Routes routes = new Routes().autoDiscoverViews("ma.socialhub");
        MockSpringServlet servlet = new MockSpringServlet(routes, context, UI::new);
        List<String> rows = new ArrayList<>();
        double blank = 0;
        for (Kind kind : kinds) {
            open(servlet, kind, 20); // warm-up: classes loaded, caches filled
            MockVaadin.tearDown();
            long before = heapAfterGc();
            List<UI> held = open(servlet, kind, SCREENS);
            long after = heapAfterGc();
            // every screen counted is still open: attached, its session alive
            assertThat(held).allMatch(ui -> ui.isAttached() && !ui.isClosing());
            double perScreen = (after - before) / 1024.0 / held.size();
            if (kind.route() == null) {
                blank = perScreen;
                rows.add("| %s | %,d | %.0f | | | |".formatted(kind.name(), held.size(), perScreen));
            } else {
                double view = perScreen - blank;
                rows.add("| %s | %,d | %.0f | %.0f | %d | %s |".formatted(kind.name(), held.size(), perScreen, view, kind.targetKb(),
                        view <= kind.targetKb() ? "yes" : "**no**"));
            }
            System.out.println(rows.getLast());
            held.clear();
            MockVaadin.tearDown();
            securityContexts.clearContext();
        }
        BenchmarkReport.write("memory", """
                ## Heap per open screen

                Run on %s. %,d sessions of each kind held open at once in one JVM (Karibu stands in for the browsers: each
                session has its own UI built by the real view on real data, and its queue subscription), heap measured after
                full garbage collections before and after, divided by the count. Sessions of screens that need a sign-in carry
                the signed-in account. The first line is what Karibu's stand-in for a browser costs by itself (its fake
                request and HTTP session, a Vaadin session, an empty UI); the screens are judged on what they add to it, as
                a real Tomcat session is far smaller than the fake one.

                | Screen | open | KB each | KB over a blank session | target KB | met |
                |---|---|---|---|---|---|
                %s

                Reproduce: `./mvnw -B -ntp -Pbenchmark verify -Dit.test=ScreenMemoryBenchmark`.
                """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), SCREENS,
                String.join("\n", rows)));
    }

    /** {@code count} new sessions, each with one screen of {@code kind}; their UIs, held. */
    private List<UI> open(MockSpringServlet servlet, Kind kind, int count) {
        List<UI> held = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MockVaadin.setup(UI::new, servlet);
            UI ui = UI.getCurrent();
            ui.getSession().setLocale(Locale.FRENCH);
            ui.setLocale(Locale.FRENCH);
            if (kind.user() != null) {
                signIn(kind.user());
            } else {
                securityContexts.clearContext();
            }
            if (kind.route() != null) {
                ui.navigate(kind.route(), kind.query());
            }
            held.add(ui);
        }
        return held;
    }

    private void signIn(String username) {
        StaffMember member = staff.loadUserByUsername(username);
        MockSignIn.as(member, securityContexts);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
