package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.internal.ComponentTracker;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.counter.CounterDesk;
import ma.socialhub.ticketing.CounterPresence;
import ma.socialhub.counter.ui.CounterView;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.support.Fixtures;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
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
        // the folder Fixtures writes the tests' kiosks to
        "hub.kiosk.config-dir=target/test-kiosk-config", "hub.kiosk.demo-secrets=true",
        "hub.kiosk.demo-config-dir=target/test-kiosk-config",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=WARN"})
@Import(Fixtures.class)
class ScreenMemoryBenchmark {

    private static final int SCREENS = Integer.getInteger("benchmark.memory.screens", 1_000);
    /** With {@code -Dbenchmark.memory.histogram=true}, the classes that grew most, per screen: where to look first. */
    private static final boolean HISTOGRAM = Boolean.getBoolean("benchmark.memory.histogram");
    /** Centers across the twelve regions, so that the supervision screens list what a deployment lists. */
    private static final int NATION = Integer.getInteger("benchmark.memory.centers", 2_000);
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
        OwnDatabase.use(registry, "socialhub_memory_bench");
    }

    /**
     * A kind of screen: how to open it, who is signed in, and the heap allowed per screen;
     * {@code prepare} readies the n-th session before it opens the screen (may be null).
     */
    record Kind(String name, String route, QueryParameters query, String user, int targetKb, IntConsumer prepare) {

        Kind(String name, String route, QueryParameters query, String user, int targetKb) {
            this(name, route, query, user, targetKb, null);
        }
    }

    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired CounterDesk desk;
    @Autowired StaffDirectory staff;
    @Autowired SecurityContextHolderStrategy securityContexts;
    @Autowired JdbcClient jdbc;
    @Autowired CounterPresence presence;

    @Test
    void heapKeptPerOpenScreenOfEachKind() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long service = fixtures.service('S');
        long counter = fixtures.counter(center, "1", service);
        String kiosk = fixtures.kiosk(center);
        String agent = fixtures.agent(center);
        // the agent works counter 1: the counter screen shows it, as it does all day
        fixtures.signIn(agent);
        presence.take(counter, false);
        fixtures.signOut();
        String supervisor = fixtures.supervisorOfRegion(9);
        for (int i = 0; i < 15; i++) {
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        }
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        String supervisorName = fixtures.staff(Roles.SUPERVISOR, null, null);
        List<Kind> kinds = List.of(
                new Kind("blank session (mock request, session, empty UI)", null, QueryParameters.empty(), null, 0),
                // a registered kiosk's browser holds its credential (KioskCredential keeps it in the session)
                new Kind("kiosk", "kiosk/" + code, QueryParameters.empty(), null, 150,
                        i -> UI.getCurrent().getSession().setAttribute("hub.kioskCredential", kiosk)),
                new Kind("display", "display/" + code, QueryParameters.empty(), null, 150),
                new Kind("counter", "counter", QueryParameters.empty(), agent, 500),
                new Kind("supervision (center board)", "supervision/center/" + code, QueryParameters.empty(), supervisor, 500),
                new Kind("supervision (national list)", "supervision", QueryParameters.empty(), supervisorName, 500),
                new Kind("supervision (trends of a region, with charts)", "supervision/trends", QueryParameters.empty(), supervisor, 500),
                // last: its hundred centers would change what the supervision screens show
                new Kind("counter during a visit (its five steps built)", "counter", QueryParameters.empty(), null, 500,
                        countersInVisits(service)));

        aNationOfCenters(NATION);
        long centers = jdbc.sql("SELECT count(*) FROM center WHERE active").query(Long.class).single();
        asInProduction();
        Routes routes = new Routes().autoDiscoverViews("ma.socialhub");
        MockSpringServlet servlet = new MockSpringServlet(routes, context, UI::new);
        List<String> rows = new ArrayList<>();
        double blank = 0;
        String only = System.getProperty("benchmark.memory.only", ""); // e.g. "trends": that kind and the blank session
        for (Kind kind : kinds) {
            if (!only.isEmpty() && kind.route() != null && !kind.name().contains(only)) {
                continue;
            }
            open(servlet, kind, 20); // warm-up: classes loaded, caches filled
            MockVaadin.tearDown();
            long before = heapAfterGc();
            Map<String, long[]> classesBefore = HISTOGRAM ? histogram() : Map.of();
            List<UI> held = open(servlet, kind, SCREENS);
            long after = heapAfterGc();
            if (HISTOGRAM) {
                printGrowth(kind.name(), classesBefore, histogram(), held.size());
            }
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
                the signed-in account. Vaadin's development-mode component tracker (a stack trace kept for every component
                created) is off, as in the production jar: with it on, a counter holds about 540 KB instead of 140.
                The first line is what Karibu's stand-in for a browser costs by itself (its fake request and HTTP session,
                a Vaadin session, an empty UI); the screens are judged on what they add to it, as a real Tomcat session is
                smaller than the fake one. The counters wait for their next citizen (the visit's steps are built at the
                first call); a second line opens each counter with a citizen received, its visit's steps built. The
                supervision screens show %,d centers across the twelve regions (the national list shows them all, a region's
                trends its share). The citizen's phone page is no Vaadin screen any more (ADR 0028): its heap per open page is
                measured with real sockets, below ("Phone pages open by the thousand").

                | Screen | open | KB each | KB over a blank session | target KB | met |
                |---|---|---|---|---|---|
                %s

                Reproduce: `./mvnw -B -ntp -Pbenchmark verify -Dit.test=ScreenMemoryBenchmark` (`-Dbenchmark.memory.histogram=true`
                also prints the classes that grew most per screen).
                """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), SCREENS,
                centers, String.join("\n", rows)));
        // the figures are written first, so that a miss can be read; then the benchmark fails on it
        assertThat(rows).as("every screen within its target").noneMatch(row -> row.endsWith("| **no** |"));
    }

    /**
     * Development mode keeps a stack trace for every component created (for the dev tools' "find in
     * code"), several hundred KB a counter that the production jar never holds. Karibu's mock servlet
     * does not pass Vaadin's settings on to the tracker, so it is switched off the way production
     * mode switches it off: its cached answer.
     */
    static void asInProduction() throws ReflectiveOperationException {
        Field disabled = ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
    }

    private void aNationOfCenters(int count) {
        jdbc.sql("""
                INSERT INTO province (region_id, code, name_ar, name_zgh, name_fr, name_en)
                SELECT r.id, 'bench-province-' || r.id, 'إقليم', 'ⴰⵎⵏⴰⴹ', 'Province ' || r.id, 'Province ' || r.id FROM region r
                ON CONFLICT (code) DO NOTHING
                """).update();
        jdbc.sql("""
                INSERT INTO center (province_id, code, kind, name_ar, name_zgh, name_fr, name_en)
                SELECT p.id, 'bench-' || g, 'SOCIAL_POLE', 'مركز ' || g, 'ⴰⵎⵙⵙⵓⴷⵙ ' || g, 'Centre ' || g, 'Center ' || g
                  FROM generate_series(1, ?) g
                  JOIN province p ON p.code = 'bench-province-' || (SELECT id FROM region ORDER BY id OFFSET g % 12 LIMIT 1)
                """).param(count).update();
    }

    /**
     * Centers of ten counters each (as a real center has, not a thousand counters in one list), every
     * counter with a citizen received: the n-th session signs in as its center's agent and works its
     * counter, where the screen opens the visit and builds its steps.
     */
    private IntConsumer countersInVisits(long service) {
        List<Long> counters = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        return n -> {
            if (counters.isEmpty()) { // made when the kind is first opened, not before the kinds ahead of it
                prepareVisits(service, counters, agents);
            }
            signIn(agents.get(n));
            VaadinSession.getCurrent().setAttribute(CounterView.COUNTER_ATTRIBUTE, counters.get(n));
        };
    }

    private void prepareVisits(long service, List<Long> counters, List<String> agents) {
        while (counters.size() < SCREENS) {
            long center = fixtures.center();
            String agent = fixtures.agent(center);
            fixtures.signIn(agent);
            for (long counter : fixtures.counters(center, 10, service)) {
                tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
                Ticket called = ((CallResult.Called) tickets.callNext(counter)).ticket();
                // received as an agent would: the ticket starts and its visit opens, so the steps are built
                desk.receive(counter, called.id());
                counters.add(counter);
                agents.add(agent);
            }
        }
        fixtures.signOut();
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
            if (kind.prepare() != null) {
                kind.prepare().accept(i);
            }
            if (kind.route() != null) {
                ui.navigate(kind.route(), kind.query());
                // the first response written, as to a browser: grids fetch their rows, pending work runs
                MockVaadin.clientRoundtrip(false);
            }
            held.add(ui);
        }
        return held;
    }

    private void signIn(String username) {
        StaffMember member = staff.loadUserByUsername(username);
        MockSignIn.as(member, securityContexts);
    }

    /** Live objects by class (count, bytes), from the JVM's own class histogram (which collects first). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        Pattern line = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");
        for (String row : text.split("\n")) {
            Matcher m = line.matcher(row);
            if (m.matches()) {
                classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return classes;
    }

    private static void printGrowth(String kind, Map<String, long[]> before, Map<String, long[]> after, int screens) {
        System.out.println("Classes that grew most for " + kind + " (per screen: objects, bytes):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(40)
                .forEach(e -> System.out.printf("  %8.1f %9.0f  %s%n", e.getValue()[0] / (double) screens,
                        e.getValue()[1] / (double) screens, e.getKey()));
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
