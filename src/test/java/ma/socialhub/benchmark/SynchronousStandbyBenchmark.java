package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a synchronous standby costs the queue (issue 19, ADR 0030): the queue benchmark's issuance
 * (50 issuers across 500 centers) and calls (50 counters, 5 to a line at 10 centers), through the
 * services, on a primary with a streaming standby ({@link PostgresPair}), the database's default
 * {@code synchronous_commit = local}: once with the standby synchronous ({@code ANY 1 (*)}: the
 * acknowledged writes wait for its flush), once asynchronous ({@code synchronous_standby_names}
 * empty), in the same run. Target: with the synchronous standby, at least half the throughput of
 * the asynchronous one.
 *
 * <p>Runs PostgreSQL's binaries as the {@code postgres} user (as root), on ports 5443 and 5444:
 * {@code ./mvnw -Pbenchmark verify -Dit.test=SynchronousStandbyBenchmark}. Writes to docs/benchmarks.md.
 */
@SpringBootTest(properties = {"hub.embedded-db.data-dir=", "hub.embedded-db.demo=false", "management.server.port=0",
        "hub.kiosk.config-dir=target/benchmark-kiosk-config", "spring.datasource.hikari.maximum-pool-size=60",
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=", "logging.level.root=WARN",
        "logging.level.ma.socialhub.ticketing.QueueMetrics=WARN"})
@Import(Fixtures.class)
class SynchronousStandbyBenchmark {

    private static final int THREADS = 50;
    private static final int CENTERS = 500;
    private static final int OPERATIONS = Integer.getInteger("benchmark.queue.operations", 5_000);
    private static final int WARM_UP = OPERATIONS / 5;
    private static final double TARGET = 0.5;
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private static PostgresPair pair;

    @DynamicPropertySource
    static void aPrimaryAndItsStandby(DynamicPropertyRegistry registry) {
        pair = PairedDatabase.use(registry, "hub-standby-benchmark", Integer.getInteger("benchmark.primary-port", 5443),
                Integer.getInteger("benchmark.standby-port", 5444));
    }

    @AfterAll
    static void stopServers() {
        if (pair != null) {
            pair.close();
        }
    }

    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;

    @Test
    void issuingAndCallingWithASynchronousStandbyKeepAtLeastHalfTheThroughputOfAnAsynchronousOne() throws Exception {
        long service = fixtures.service('Q');
        List<Long> centers = new ArrayList<>();
        for (int i = 0; i < CENTERS; i++) {
            long center = fixtures.center();
            fixtures.counter(center, "1", service);
            centers.add(center);
        }
        List<long[]> counters = new ArrayList<>(); // {counter, line}
        List<String> agents = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            long center = fixtures.center();
            lines.add(center);
            agents.add(fixtures.agent(center));
            for (long counter : fixtures.counters(center, 5, service)) {
                counters.add(new long[] {counter, c});
            }
        }
        // waiting tickets for both modes' calls, with a margin: threads do not share the calls evenly
        Concurrently.run(THREADS, (int) ((OPERATIONS + WARM_UP) * 2 * 1.3), t -> issue(lines, service));

        List<String> rows = new ArrayList<>();
        double[] perSecond = new double[4];
        Set<Long> called = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        String[] modes = {"synchronous (`ANY 1 (*)`)", "asynchronous (names empty)"};
        for (int m = 0; m < 2; m++) {
            pair.sql(pair.primaryPort(), "ALTER SYSTEM SET synchronous_standby_names = '" + (m == 0 ? "ANY 1 (*)" : "") + "'");
            pair.sql(pair.primaryPort(), "SELECT pg_reload_conf()");
            Thread.sleep(1_000);
            assertThat(pair.sql(pair.primaryPort(), "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'quorum'"))
                    .as(modes[m]).isEqualTo(m == 0 ? "1" : "0");
            Concurrently.run(THREADS, WARM_UP, t -> issue(centers, service));
            Concurrently.Measured issued = Concurrently.run(THREADS, OPERATIONS, t -> issue(centers, service));
            Concurrently.run(THREADS, WARM_UP, t -> call(counters.get(t), agents, called, twice));
            Concurrently.Measured calls = Concurrently.run(THREADS, OPERATIONS, t -> call(counters.get(t), agents, called, twice));
            perSecond[m * 2] = issued.perSecond();
            perSecond[m * 2 + 1] = calls.perSecond();
            rows.add("| %s | %,.0f | %.1f | %.1f | %,.0f | %.1f | %.1f |".formatted(modes[m], issued.perSecond(),
                    issued.latencies().percentile(50), issued.latencies().percentile(99), calls.perSecond(),
                    calls.latencies().percentile(50), calls.latencies().percentile(99)));
        }
        double issueShare = perSecond[0] / perSecond[2];
        double callShare = perSecond[1] / perSecond[3];
        boolean met = issueShare >= TARGET && callShare >= TARGET;

        BenchmarkReport.write("queue-standby", """
                ## The queue with a synchronous standby (issue 19, ADR 0030)

                Run on %s: 2 cores, a primary and a streaming standby on this machine (`PostgresPair`, the standby over the
                loopback, both on the same disk), the database's default `synchronous_commit = local`: only the hub's
                acknowledged writes (issue, call, recall, registration, referral) wait for the standby. The queue benchmark's
                issuance (50 issuers, 500 centers) and calls (50 counters, 5 to a line at 10 centers, each call then
                finished), through the services, %,d operations a line after %,d warm-up ones; the same run with the standby
                synchronous, then asynchronous. Latencies in milliseconds.

                | standby | issue /s | p50 | p99 | call next /s | p50 | p99 |
                |---|---|---|---|---|---|---|
                %s

                With the synchronous standby: issuance at %.0f %% and calls at %.0f %% of the asynchronous throughput (target
                ≥ %.0f %%: %s). No ticket called twice: %s. Across a real network the synchronous standby adds that network's
                round trip to each acknowledged commit (ADR 0030: keep the synchronous standby in the same site). Reproduce:
                `./mvnw -Pbenchmark verify -Dit.test=SynchronousStandbyBenchmark` (as root: PostgreSQL's binaries run as the
                `postgres` user, on ports 5443 and 5444).
                """.formatted(LocalDateTime.now(MOROCCO).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), OPERATIONS, WARM_UP,
                String.join("\n", rows), issueShare * 100, callShare * 100, TARGET * 100, met ? "yes" : "**no**",
                twice.get() == 0 ? "yes" : "**no**"));
        assertThat(twice.get()).as("tickets called twice").isZero();
        assertThat(met).as("a synchronous standby keeps at least half the throughput").isTrue();
    }

    private long issue(List<Long> centers, long service) {
        long center = centers.get(ThreadLocalRandom.current().nextInt(centers.size()));
        long start = System.nanoTime();
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC, UUID.randomUUID().toString());
        return System.nanoTime() - start;
    }

    /** Calls the next ticket to the thread's counter as its line's agent, then finishes it. */
    private long call(long[] counter, List<String> agents, Set<Long> called, AtomicInteger twice) {
        fixtures.signIn(agents.get((int) counter[1]));
        long start = System.nanoTime();
        CallResult result = tickets.callNext(counter[0]);
        long elapsed = System.nanoTime() - start;
        if (result instanceof CallResult.Called call) {
            if (!called.add(call.ticket().id())) {
                twice.incrementAndGet();
            }
            tickets.finish(call.ticket().id(), counter[0]);
        } else if (result instanceof CallResult.Busy busy) {
            tickets.finish(busy.current().id(), counter[0]);
        }
        return elapsed;
    }

}
