package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two thousand waiting-room displays open on one node (issue 18): each a real Vaadin UI in its own
 * session, opened and held by a client process over real sockets the way a browser holds it (its
 * push WebSocket, its heartbeats; see {@link DisplayClient}), while tickets are called across the
 * centers at a steady rate. Measured: the heap each open display keeps on the node, the statements
 * the node sends per call (to be a constant per center, whatever the number of displays), and the
 * time from a call to each display of its center receiving the push that shows it. Writes to
 * docs/benchmarks.md, then fails on a missed limit.
 *
 * <p>{@code ./mvnw -Pbenchmark verify -Dit.test=DisplaysBenchmark} ({@code -Dbenchmark.display.centers},
 * {@code -Dbenchmark.display.few}, {@code -Dbenchmark.display.many}, {@code -Dbenchmark.display.rate},
 * {@code -Dbenchmark.display.seconds} change the shape).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"hub.embedded-db.data-dir=",
        "hub.embedded-db.demo=false", "management.server.port=0",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=WARN"})
@Import({Fixtures.class, CountedStatements.class})
class DisplaysBenchmark {

    /** Centers of each kind: half with few displays, half with many; called in turn, the few first. */
    private static final int CENTERS = Integer.getInteger("benchmark.display.centers", 200);
    private static final int FEW = Integer.getInteger("benchmark.display.few", 2);
    private static final int MANY = Integer.getInteger("benchmark.display.many", 18);
    private static final int RATE = Integer.getInteger("benchmark.display.rate", 50);
    /** Each half's calls last this long. */
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("benchmark.display.seconds", 30));
    /**
     * Calls made at every center before measuring, so that its displays show a full board as they
     * do from mid-morning on: a display's first calls of the day add its lines, the later ones only
     * move the numbers down them.
     */
    private static final int WARM = 7; // the latest call and the six before it (DisplayView.LAST_CALLS)
    /** A counter per call a center gets in the run: each call finds a free counter, as at a busy center. */
    private static final int COUNTERS = WARM + (int) Math.ceil((double) RATE * PHASE.toSeconds() / (CENTERS / 2.0)) + 1;
    private static final double HEAP_LIMIT_KB = 250;
    private static final double PUSH_P95_LIMIT_MS = 1000;
    private static final double PUSH_BYTES_LIMIT = 2048;
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
        OwnDatabase.use(registry, "socialhub_display_bench");
    }

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired MeterRegistry meters;

    record Center(long id, String agent, List<Long> counters, int firstDisplay, int displays) {
    }

    /** A call: its center, its time (microseconds since the epoch), the number it called. */
    record Call(int center, long atMicros, String number) {
    }

    /** A pushed message as the client received it. */
    record Push(int display, long atMicros, int bytes, List<String> numbers) {
    }

    @Test
    void twoThousandOpenDisplaysCostLittleHeapAConstantReadPerCenterAndShowEachCallWithinASecond() throws Exception {
        CountedStatements.DRIVER.set(true);
        // as in the production jar: development mode's component tracker keeps a stack trace per component
        ScreenMemoryBenchmark.asInProduction();
        long service = fixtures.service('D');
        List<Center> centers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Integer> centerOfDisplay = new ArrayList<>();
        for (int c = 0; c < CENTERS; c++) {
            long center = fixtures.center();
            int displays = c < CENTERS / 2 ? FEW : MANY;
            centers.add(new Center(center, fixtures.agent(center), fixtures.counters(center, COUNTERS, service), paths.size(), displays));
            for (int i = 0; i < COUNTERS; i++) {
                tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
            }
            for (int d = 0; d < displays; d++) {
                // most displays in Arabic, some fixed to French, as in the centers
                paths.add("display/" + fixtures.code(center) + (d % 3 == 2 ? "?lang=fr" : ""));
                centerOfDisplay.add(c);
            }
        }
        int displays = paths.size();
        Path pathsFile = Files.createTempFile("displays", ".txt");
        Path arrivalsFile = Files.createTempFile("display-pushes", ".txt");
        Files.write(pathsFile, paths);

        int[] nextCounter = new int[centers.size()];
        long heapBefore = OpenScreens.heapAfterGc();
        OpenScreens.Client client = OpenScreens.start(DisplayClient.class, Integer.toString(port), pathsFile.toString(),
                arrivalsFile.toString());
        long opening = System.nanoTime();
        String open = client.nextLine(10);
        double openSeconds = (System.nanoTime() - opening) / 1e9;
        assertThat(open).as("every display open, its view built and its push connected").isEqualTo("open " + displays + " failed 0");
        long heapAfter = OpenScreens.heapAfterGc();
        double heapPerDisplayKb = (heapAfter - heapBefore) / 1024.0 / displays;
        double gauge = meters.get("hub.screens.open").tag("kind", "display").gauge().value();

        // what the node sends while nothing happens (its own periodic work), over the run's length
        long idleFrom = CountedStatements.STATEMENTS.get();
        Thread.sleep(15_000);
        double idlePerSecond = (CountedStatements.STATEMENTS.get() - idleFrom) / 15.0;

        List<Call> warm = new ArrayList<>();
        phase(centers, 0, CENTERS, Duration.ofMillis(1000L * WARM * CENTERS / RATE), warm, nextCounter);
        List<Call> calls = new ArrayList<>();
        double readsBefore = meters.counter("hub.display.rounds").count();
        Phase few = phase(centers, 0, CENTERS / 2, PHASE, calls, nextCounter);
        Phase many = phase(centers, CENTERS / 2, CENTERS, PHASE, calls, nextCounter);
        double reads = meters.counter("hub.display.rounds").count() - readsBefore;
        String written = client.finish();
        assertThat(written).startsWith("written ");

        List<Push> pushes = new ArrayList<>();
        int lost = 0;
        for (String line : Files.readAllLines(arrivalsFile)) {
            String[] parts = line.split(" ", -1);
            if (parts[3].equals("closed") || parts[3].equals("error")) {
                lost++;
            } else {
                pushes.add(new Push(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                        parts[3].isEmpty() ? List.of() : Arrays.asList(parts[3].split(","))));
            }
        }
        Map<Integer, List<Push>> byDisplay = new HashMap<>();
        pushes.forEach(p -> byDisplay.computeIfAbsent(p.display(), d -> new ArrayList<>()).add(p));
        Shown shown = shown(calls, centers, byDisplay);
        Shown warmShown = shown(warm, centers, byDisplay);
        List<Long> latencies = shown.latencies();
        List<Integer> callPushBytes = shown.bytes();
        int silent = shown.silent() + warmShown.silent();
        double addingBytesMean = warmShown.bytes().stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = OpenScreens.percentile(sorted, 0.50) / 1000.0;
        double p95 = OpenScreens.percentile(sorted, 0.95) / 1000.0;
        double max = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1000.0;
        double bytesMean = callPushBytes.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
        long[] bytesSorted = callPushBytes.stream().mapToLong(Integer::longValue).sorted().toArray();
        double bytesP95 = OpenScreens.percentile(bytesSorted, 0.95);
        double perCallFew = few.statementsPerCall(idlePerSecond);
        double perCallMany = many.statementsPerCall(idlePerSecond);
        double readsPerCall = reads / calls.size();
        int expected = calls.stream().mapToInt(c -> centers.get(c.center()).displays()).sum();

        BenchmarkReport.write("displays", """
                ## Waiting-room displays open by the thousand on one node (issue 18)

                Run on %s, this machine (2 cores; the node's JVM and PostgreSQL on it, and the client in a process of its own).
                %,d displays open on one node, each its own browser session with its Vaadin UI built by the real view and its
                push WebSocket: %,d centers with %d displays each, and %,d with %d. A client process (`DisplayClient`) makes
                each display's requests as a browser makes them (the page, Vaadin's `v-r=init`, the push connection, the
                navigation that builds the view), then holds its WebSocket and sends its heartbeats; it fetches no scripts,
                styles or fonts and renders nothing. First %d calls at every center fill its displays' boards, as they are
                from mid-morning on (not measured but for their push size); then tickets are called, one after another, %d a
                second: for %.0f s across the centers of few displays, then for %.0f s across those of many (%,d calls in
                all). The node runs in development mode as in `./mvnw verify`, its component tracker off as in the production
                jar; its messages carry development mode's extras (each new element's Java class, the timings), so the
                sizes below are a little above the production jar's.

                | measure | figure | limit | met |
                |---|---|---|---|
                | heap kept per open display on the node (after full GCs, %,d open; the node's gauge says %,.0f): its session, UI, view and push connection | %.1f KB | ≤ %.0f KB | %s |
                | all displays opened, 8 at a time (a node's restart) | %.1f s | | |
                | statements the node sent per call, at centers of %d displays / of %d (its idle work, %.1f a second, taken off) | %.1f / %.1f | the same: a constant per center | %s |
                | reads of a center's board per call (`hub.display.rounds`) | %.2f | ≤ 1 | %s |
                | time from a call to each display of its center receiving the push that shows it: p50 / p95 / max | %.0f / %.0f / %.0f ms (%,d of %,d displays told) | p95 ≤ %.0f ms | %s |
                | size of that push: mean / p95 | %.0f / %.0f bytes | p95 ≤ %.0f bytes | %s |
                | size of the push of a call that adds a line to the board (the first %d calls of a display's day): mean | %.0f bytes | | |
                | displays of a called center that never showed the call / push connections lost | %,d / %,d | 0 / 0 | %s |

                A call's push carries the new current call, the previous calls moved down one (each a text changed in
                place, not lines drawn again), and the service's new waiting count, with the chime; the board is read once per change for every display of the center on the
                node (`LiveQueue.board`), so the statements per call do not grow with the displays open. Reproduce:
                `./mvnw -Pbenchmark verify -Dit.test=DisplaysBenchmark` (`-Dbenchmark.display.centers=… -Dbenchmark.display.few=…
                -Dbenchmark.display.many=… -Dbenchmark.display.rate=… -Dbenchmark.display.seconds=…` change the shape).
                """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), displays, CENTERS / 2,
                FEW, CENTERS - CENTERS / 2, MANY, WARM, RATE, few.seconds(), many.seconds(), calls.size(), displays, gauge,
                heapPerDisplayKb, HEAP_LIMIT_KB, heapPerDisplayKb <= HEAP_LIMIT_KB ? "yes" : "**no**", openSeconds, FEW, MANY,
                idlePerSecond, perCallFew, perCallMany, OpenScreens.constant(perCallFew, perCallMany) ? "yes" : "**no**", readsPerCall,
                readsPerCall <= 1.0 ? "yes" : "**no**", p50, p95, max, latencies.size(), expected, PUSH_P95_LIMIT_MS,
                p95 <= PUSH_P95_LIMIT_MS ? "yes" : "**no**", bytesMean, bytesP95, PUSH_BYTES_LIMIT,
                bytesP95 <= PUSH_BYTES_LIMIT ? "yes" : "**no**", WARM, addingBytesMean, silent, lost, silent == 0 && lost == 0 ? "yes" : "**no**"));

        assertThat(gauge).isEqualTo(displays);
        assertThat(heapPerDisplayKb).as("heap per open display, KB").isLessThanOrEqualTo(HEAP_LIMIT_KB);
        assertThat(readsPerCall).as("reads of a center's board per call").isLessThanOrEqualTo(1.0);
        assertThat(OpenScreens.constant(perCallFew, perCallMany)).as("statements per call at centers of %d and %d displays: %.1f, %.1f", FEW,
                MANY, perCallFew, perCallMany).isTrue();
        assertThat(p95).as("push p95, ms").isLessThanOrEqualTo(PUSH_P95_LIMIT_MS);
        assertThat(bytesP95).as("bytes of a call's push, p95").isLessThanOrEqualTo(PUSH_BYTES_LIMIT);
        assertThat(silent).as("displays that never showed their center's call").isZero();
        assertThat(lost).as("push connections closed or failed").isZero();
    }

    /** What the displays showed of some calls: each display's delay and push size, and the displays that never showed one. */
    record Shown(List<Long> latencies, List<Integer> bytes, int silent) {
    }

    /** Each call, at each display of its center: the first push after the call that shows its number. */
    private static Shown shown(List<Call> calls, List<Center> centers, Map<Integer, List<Push>> byDisplay) {
        List<Long> latencies = new ArrayList<>();
        List<Integer> bytes = new ArrayList<>();
        int silent = 0;
        for (Call call : calls) {
            Center center = centers.get(call.center());
            for (int d = center.firstDisplay(); d < center.firstDisplay() + center.displays(); d++) {
                Push push = byDisplay.getOrDefault(d, List.of()).stream()
                        .filter(p -> p.atMicros() >= call.atMicros() && p.numbers().contains(call.number())).findFirst().orElse(null);
                if (push == null) {
                    silent++;
                } else {
                    latencies.add(push.atMicros() - call.atMicros());
                    bytes.add(push.bytes());
                }
            }
        }
        return new Shown(latencies, bytes, silent);
    }

    /** One half's calls: how long they took, and the statements the node sent meanwhile. */
    record Phase(int calls, double seconds, long statements) {

        double statementsPerCall(double idlePerSecond) {
            return (statements - idlePerSecond * seconds) / calls;
        }
    }

    /** Calls in turn across centers {@code from} to {@code to}, RATE a second for {@code length}, then waits for their pushes. */
    private Phase phase(List<Center> centers, int from, int to, Duration length, List<Call> calls, int[] nextCounter)
            throws InterruptedException {
        long statementsBefore = CountedStatements.STATEMENTS.get();
        int before = calls.size();
        long start = System.nanoTime();
        long period = TimeUnit.SECONDS.toNanos(1) / RATE;
        long count = length.toMillis() * RATE / 1000; // so many calls, each center's share exact: its counters suffice
        for (int i = 0; i < count; i++) {
            long wait = start + i * period - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int c = from + i % (to - from);
            Center center = centers.get(c);
            fixtures.signIn(center.agent());
            // timed from the call's start: the push may come before the call has returned here
            long at = StreamClient.nowMicros();
            CallResult result = tickets.callNext(center.counters().get(nextCounter[c]++ % COUNTERS));
            fixtures.signOut();
            assertThat(result).isInstanceOf(CallResult.Called.class);
            calls.add(new Call(c, at, ((CallResult.Called) result).ticket().number().toString()));
        }
        Thread.sleep(3000); // the last calls' pushes arrive
        return new Phase(calls.size() - before, (System.nanoTime() - start) / 1e9, CountedStatements.STATEMENTS.get() - statementsBefore);
    }
}
