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
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
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
 * Thousands of citizens' phone pages open on one node (issue 18, ADR 0028): their event streams
 * held by a client process of their own over real sockets, while tickets are called across the
 * centers at a steady rate. Measured: the heap each open stream keeps on the node, the statements
 * the node sends per queue event (to be a constant per center, whatever the number of pages), and
 * the time from a call's commit to each affected page's event. Writes to docs/benchmarks.md, then
 * fails on a missed limit.
 *
 * <p>{@code ./mvnw -Pbenchmark verify -Dit.test=PhoneStreamsBenchmark} ({@code -Dbenchmark.phone.centers},
 * {@code -Dbenchmark.phone.pages-per-center}, {@code -Dbenchmark.phone.rate} change the shape).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"hub.embedded-db.data-dir=",
        "hub.embedded-db.demo=false", "management.server.port=0",
        // one socket per open page: more than Tomcat's default 8,192
        "server.tomcat.max-connections=30000", "server.tomcat.accept-count=1000",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=WARN"})
@Import({Fixtures.class, CountedStatements.class})
class PhoneStreamsBenchmark {

    /** Centers of each kind: half with few pages open, half with many; called in turn, the few first. */
    private static final int CENTERS = Integer.getInteger("benchmark.phone.centers", 600);
    private static final int FEW = Integer.getInteger("benchmark.phone.few", 10);
    private static final int MANY = Integer.getInteger("benchmark.phone.many", 50);
    private static final int RATE = Integer.getInteger("benchmark.phone.rate", 50);
    /** Each half's calls last this long. */
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("benchmark.phone.seconds", 30));
    /** A counter per call a center gets in the run: each call finds a free counter, as at a busy center. */
    private static final int COUNTERS = (int) Math.ceil((double) RATE * PHASE.toSeconds() / (CENTERS / 2.0)) + 1;
    private static final double HEAP_LIMIT_KB = 150;
    private static final double PUSH_P95_LIMIT_MS = 1000;
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
        OwnDatabase.use(registry, "socialhub_phone_bench");
    }

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired MeterRegistry meters;

    record Center(long id, String agent, List<Long> counters, int firstStream) {
    }

    record Call(int center, long atMicros) {
    }

    @Test
    void thousandsOfOpenPhonePagesCostLittleHeapAConstantReadPerCenterAndHearTheirCallWithinASecond() throws Exception {
        assertThat(FEW).as("more pages a center than calls it gets").isGreaterThan(COUNTERS);
        CountedStatements.DRIVER.set(true);
        long service = fixtures.service('P');
        List<Center> centers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Integer> centerOfStream = new ArrayList<>();
        for (int c = 0; c < CENTERS; c++) {
            long center = fixtures.center();
            centers.add(new Center(center, fixtures.agent(center), fixtures.counters(center, COUNTERS, service), paths.size()));
            for (int p = 0; p < (c < CENTERS / 2 ? FEW : MANY); p++) {
                Ticket ticket = ((IssueResult.Issued) tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
                paths.add("/t/" + tickets.linkOf(ticket) + "/events?lang=fr");
                centerOfStream.add(c);
            }
        }
        int pages = paths.size();
        Path pathsFile = Files.createTempFile("phone-streams", ".txt");
        Path arrivalsFile = Files.createTempFile("phone-arrivals", ".txt");
        Files.write(pathsFile, paths);

        long heapBefore = OpenScreens.heapAfterGc();
        OpenScreens.Client client = OpenScreens.start(StreamClient.class, Integer.toString(port), pathsFile.toString(),
                arrivalsFile.toString());
        long opening = System.nanoTime();
        String open = client.nextLine(10);
        double openSeconds = (System.nanoTime() - opening) / 1e9;
        assertThat(open).as("every stream open and told its state").startsWith("open " + pages + " busy ");
        int busy = Integer.parseInt(open.substring(open.lastIndexOf(' ') + 1));
        long heapAfter = OpenScreens.heapAfterGc();
        double heapPerPageKb = (heapAfter - heapBefore) / 1024.0 / pages;
        double gauge = meters.get("hub.screens.open").tag("kind", "phone").gauge().value();

        // what the node sends while nothing happens (its own periodic work), over the run's length
        long idleFrom = CountedStatements.STATEMENTS.get();
        Thread.sleep(15_000);
        double idlePerSecond = (CountedStatements.STATEMENTS.get() - idleFrom) / 15.0;

        // calls across the centers of few pages, then across those of many, one after another, at RATE a second
        List<Call> calls = new ArrayList<>();
        double roundsBefore = meters.counter("hub.phone.rounds").count();
        int[] nextCounter = new int[centers.size()];
        Phase few = phase(centers.subList(0, CENTERS / 2), 0, calls, nextCounter);
        Phase many = phase(centers.subList(CENTERS / 2, CENTERS), CENTERS / 2, calls, nextCounter);
        double rounds = meters.counter("hub.phone.rounds").count() - roundsBefore;
        String written = client.finish();
        assertThat(written).startsWith("written ");

        // each call's events: the pages of its center that heard of it before the center's next call
        List<long[]> arrivals = new ArrayList<>();
        for (String line : Files.readAllLines(arrivalsFile)) {
            String[] parts = line.split(" ");
            if (!parts[2].equals("closed")) {
                arrivals.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
            }
        }
        Map<Integer, List<Long>> byStream = new HashMap<>();
        for (long[] a : arrivals) {
            byStream.computeIfAbsent((int) a[0], s -> new ArrayList<>()).add(a[1]);
        }
        Map<Integer, List<Long>> callsOfCenter = new HashMap<>();
        for (Call call : calls) {
            callsOfCenter.computeIfAbsent(call.center(), c -> new ArrayList<>()).add(call.atMicros());
        }
        List<Long> latencies = new ArrayList<>();
        int silent = 0;
        for (int s = 0; s < pages; s++) {
            int c = centerOfStream.get(s);
            List<Long> heard = byStream.getOrDefault(s, List.of());
            List<Long> times = callsOfCenter.getOrDefault(c, List.of());
            for (int k = 0; k < times.size(); k++) {
                long from = times.get(k);
                long until = k + 1 < times.size() ? times.get(k + 1) : Long.MAX_VALUE;
                long first = heard.stream().filter(t -> t >= from && t < until).mapToLong(Long::longValue).min().orElse(-1);
                // a page whose ticket was called earlier has nothing more to hear
                boolean calledBefore = s - centers.get(c).firstStream() < k;
                if (first >= 0) {
                    latencies.add(first - from);
                } else if (!calledBefore) {
                    silent++;
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = OpenScreens.percentile(sorted, 0.50) / 1000.0;
        double p95 = OpenScreens.percentile(sorted, 0.95) / 1000.0;
        double max = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1000.0;
        double perCallFew = few.statementsPerCall(idlePerSecond);
        double perCallMany = many.statementsPerCall(idlePerSecond);
        double roundsPerEvent = rounds / calls.size();

        BenchmarkReport.write("phone-streams", """
                ## Phone pages open by the thousand on one node (issue 18, ADR 0028)

                Run on %s, this machine (2 cores; the node's JVM and PostgreSQL on it, and the client in a process of its own).
                %,d phone pages hold their event streams open on one node: %,d centers with %d pages open each, and %,d with %d.
                Each page has its own plain HTTP/1.1 socket, read by one client thread in another process (a process here may
                hold 20,000 sockets at most, and the node and the client each hold one per page). Then tickets are called, one
                after another, %d a second: for %.0f s across the centers of few pages, then for %.0f s across those of many
                (%,d calls in all). Each call moves the place of its center's other pages.

                | measure | figure | limit | met |
                |---|---|---|---|
                | heap kept per open page on the node (after full GCs, %,d open; the node's gauge says %,.0f): Tomcat's connection and its buffers, the stream, its share of its center's read | %.1f KB | ≤ %.0f KB | %s |
                | all streams open and told their state, each opened at once (a node's restart) | %.1f s (%,d answers "busy, come back" on the way, each followed by a pause) | | |
                | statements the node sent per call, at centers of %d pages / of %d pages (its idle work, %.1f a second, taken off) | %.1f / %.1f | the same: a constant per center | %s |
                | reads of a center's queue per call (`hub.phone.rounds`) | %.2f | ≤ 1 | %s |
                | time from a call to each page of its center hearing it: p50 / p95 / max | %.0f / %.0f / %.0f ms (%,d pages told) | p95 ≤ %.0f ms | %s |
                | pages of a called center that heard nothing | %,d | 0 | %s |

                The statements per call are the node's whole answer to a call (the phone pages' one read of the center's
                waiting tickets and of those at its counters, and its estimate rule, shared by all its pages in `LiveQueue`; the
                messages' and the screens' own reactions), and they do not grow with the pages open: a page whose citizen is at
                a counter reads nothing of its own either (it read its ticket by its token on every call of its center until
                2026-12-06: 8.0 statements a call then, 30 at centers of 60 pages called 50 times each). When a center's calls
                come faster than its pages can be told (five a second at one center), a page may skip to the latest state:
                then it is counted below as having heard nothing of the call it skipped. Reproduce:
                `./mvnw -Pbenchmark verify -Dit.test=PhoneStreamsBenchmark` (`-Dbenchmark.phone.centers=… -Dbenchmark.phone.few=…
                -Dbenchmark.phone.many=… -Dbenchmark.phone.rate=… -Dbenchmark.phone.seconds=…` change the shape).
                """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), pages, CENTERS / 2,
                FEW, CENTERS - CENTERS / 2, MANY, RATE, few.seconds(), many.seconds(), calls.size(), pages, gauge, heapPerPageKb,
                HEAP_LIMIT_KB, heapPerPageKb <= HEAP_LIMIT_KB ? "yes" : "**no**", openSeconds, busy, FEW, MANY, idlePerSecond, perCallFew,
                perCallMany, OpenScreens.constant(perCallFew, perCallMany) ? "yes" : "**no**", roundsPerEvent,
                roundsPerEvent <= 1.0 ? "yes" : "**no**", p50, p95, max, latencies.size(), PUSH_P95_LIMIT_MS,
                p95 <= PUSH_P95_LIMIT_MS ? "yes" : "**no**", silent, silent == 0 ? "yes" : "**no**"));

        assertThat(gauge).isEqualTo(pages);
        assertThat(heapPerPageKb).as("heap per open page, KB").isLessThanOrEqualTo(HEAP_LIMIT_KB);
        assertThat(roundsPerEvent).as("reads of a center per call").isLessThanOrEqualTo(1.0);
        assertThat(OpenScreens.constant(perCallFew, perCallMany)).as("statements per call at centers of %d and %d pages: %.1f, %.1f", FEW, MANY,
                perCallFew, perCallMany).isTrue();
        assertThat(p95).as("push p95, ms").isLessThanOrEqualTo(PUSH_P95_LIMIT_MS);
        assertThat(silent).as("pages that heard nothing of their center's call").isZero();
    }

    /** One half's calls: how long they took, and the statements the node sent meanwhile. */
    record Phase(int calls, double seconds, long statements) {

        double statementsPerCall(double idlePerSecond) {
            return (statements - idlePerSecond * seconds) / calls;
        }
    }

    /** Calls across {@code group} at RATE a second for PHASE, then waits for their events; appends them to {@code calls}. */
    private Phase phase(List<Center> group, int firstIndex, List<Call> calls, int[] nextCounter) throws InterruptedException {
        long statementsBefore = CountedStatements.STATEMENTS.get();
        int before = calls.size();
        long start = System.nanoTime();
        long period = TimeUnit.SECONDS.toNanos(1) / RATE;
        for (int i = 0; System.nanoTime() - start < PHASE.toNanos(); i++) {
            long wait = start + i * period - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int c = firstIndex + i % group.size();
            Center center = group.get(i % group.size());
            fixtures.signIn(center.agent());
            // timed from the call's start: what the pages hear may come before the call has returned here
            long at = StreamClient.nowMicros();
            CallResult result = tickets.callNext(center.counters().get(nextCounter[c]++ % COUNTERS));
            fixtures.signOut();
            assertThat(result).isInstanceOf(CallResult.Called.class);
            calls.add(new Call(c, at));
        }
        Thread.sleep(3000); // the last calls' events arrive
        return new Phase(calls.size() - before, (System.nanoTime() - start) / 1e9, CountedStatements.STATEMENTS.get() - statementsBefore);
    }
}
