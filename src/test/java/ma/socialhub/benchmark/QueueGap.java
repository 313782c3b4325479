package ma.socialhub.benchmark;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queue benchmark's statements sent by {@code pgbench}, PostgreSQL's own load client (C, one
 * connection a client, no pool, nothing else on the machine's cores), in variants that take one
 * part away at a time: what each part costs, on the same database in the same run as the raw JDBC
 * loop (issue 18: "where the queue's time goes").
 */
final class QueueGap {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    /** Each variant's run. */
    static final int SECONDS = Integer.getInteger("benchmark.queue.pgbench-seconds", 10);

    private final HikariDataSource pool;
    private final Path scripts;

    QueueGap(HikariDataSource pool) throws IOException {
        this.pool = pool;
        this.scripts = Files.createTempDirectory("queue-gap");
    }

    /** Whether {@code pgbench} answers here (it comes with PostgreSQL's client or server packages). */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The issuing script: a center drawn among {@code [firstCenter, firstCenter + centers)}. */
    String issueScript(long firstCenter, int centers, long service, boolean notify) {
        return issue("random(%d, %d)".formatted(firstCenter, firstCenter + centers - 1), service, notify);
    }

    /** Waiting tickets for the calling scripts: client k issues at center {@code firstCenter + k}. */
    String fillScript(long firstCenter, long service) {
        return issue(firstCenter + " + :client_id", service, false);
    }

    private static String issue(String center, long service, boolean notify) {
        return """
                \\set center %s
                BEGIN;
                WITH seq AS (
                    INSERT INTO ticket_sequence (center_id, service_id, day, last_number) VALUES (:center, %d, '%s', 1)
                    ON CONFLICT (center_id, service_id, day) DO UPDATE SET last_number = ticket_sequence.last_number + 1
                    RETURNING center_id, service_id, day, last_number)
                INSERT INTO ticket (center_id, service_id, first_service_id, day, number, letter, priority_class, queue_key,
                                    qr_token, language, issued_at)
                SELECT seq.center_id, seq.service_id, seq.service_id, seq.day, seq.last_number, 'Q', 0, now(),
                       'pgbench-' || gen_random_uuid(), 'ar', now()
                  FROM seq
                RETURNING id AS ticket \\gset
                %sCOMMIT;
                """.formatted(center, service, LocalDate.now(MOROCCO),
                notify ? "SELECT pg_notify('queue_changed', :center || ',' || :ticket || ',ISSUED');\n" : "");
    }

    /**
     * The calling script: client k works counter {@code counters[k]} of center {@code centers[k]}
     * (given as pgbench's own arithmetic over the lists' ranges: counters of a center follow each
     * other), calls its next ticket and then finishes it, as the raw loop does.
     */
    String callScript(long firstCenter, long firstCounter, int countersPerCenter, boolean notify) {
        return """
                \\set counter %d + :client_id
                \\set center %d + :client_id / %d
                BEGIN;
                SELECT id FROM counter WHERE id = :counter FOR UPDATE;
                UPDATE ticket t
                   SET state = 'CALLED', counter_id = :counter, called_at = now(), last_called_at = now(),
                       first_called_at = coalesce(t.first_called_at, now()), version = t.version + 1
                 WHERE t.id = (SELECT w.id FROM ticket w
                                WHERE w.center_id = :center AND w.day = '%s' AND w.state = 'WAITING'
                                  AND (w.wanted_counter_id = :counter
                                       OR (w.wanted_counter_id IS NULL
                                           AND w.service_id IN (SELECT cs.service_id FROM counter_service cs WHERE cs.counter_id = :counter)))
                                ORDER BY w.queue_key, w.id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING t.id AS ticket \\gset
                %sCOMMIT;
                BEGIN;
                UPDATE ticket SET state = 'DONE', started_at = coalesce(started_at, last_called_at), finished_at = now(),
                                  version = version + 1 WHERE id = :ticket AND state IN ('CALLED', 'IN_SERVICE');
                COMMIT;
                """.formatted(firstCounter, firstCenter, countersPerCenter, LocalDate.now(MOROCCO),
                notify ? "SELECT pg_notify('queue_changed', :center || ',' || :ticket || ',CALLED');\n" : "");
    }

    /** Transactions (script runs) a second: {@code clients} connections for {@link #SECONDS}, or {@code runs} each. */
    Result run(String name, String script, int clients, int runs) throws IOException, InterruptedException {
        Path file = scripts.resolve(name + ".sql");
        Files.writeString(file, script);
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)").matcher(pool.getJdbcUrl());
        if (!url.find()) {
            throw new IllegalStateException("Not a PostgreSQL URL: " + pool.getJdbcUrl());
        }
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", url.group(1), "-p",
                url.group(2) == null ? "5432" : url.group(2), "-U", pool.getUsername(), "-c", Integer.toString(clients), "-j", "2",
                runs > 0 ? "-t" : "-T", Integer.toString(runs > 0 ? runs : SECONDS), "-f", file.toString(), url.group(3));
        if (pool.getPassword() != null) {
            builder.environment().put("PGPASSWORD", pool.getPassword());
        }
        String out;
        Process process;
        // the server takes 100 connections: the node's pool gives its own back while pgbench holds its clients
        HikariConfigMXBean config = pool.getHikariConfigMXBean();
        int max = config.getMaximumPoolSize();
        int min = config.getMinimumIdle();
        config.setMinimumIdle(0);
        config.setMaximumPoolSize(4);
        pool.getHikariPoolMXBean().softEvictConnections();
        try {
            for (int i = 0; i < 100 && pool.getHikariPoolMXBean().getTotalConnections() > 4; i++) {
                Thread.sleep(100);
            }
            process = builder.redirectErrorStream(true).start();
            out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            config.setMaximumPoolSize(max);
            config.setMinimumIdle(min);
        }
        if (!process.waitFor(SECONDS + 600L, TimeUnit.SECONDS) || process.exitValue() != 0 || out.contains("aborted")) {
            throw new IllegalStateException("pgbench " + name + " failed:\n" + out);
        }
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(out);
        Matcher latency = Pattern.compile("latency average = ([\\d.]+) ms").matcher(out);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench " + name + " said:\n" + out);
        }
        return new Result(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }

    /** Turns the user triggers of the ticket table (the rollups and what follows them) off or on again. */
    void ticketTriggers(boolean on) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE ticket " + (on ? "ENABLE" : "DISABLE") + " TRIGGER USER");
        }
    }

    /** The fewest tickets waiting today at one of {@code centers}. */
    int fewestWaiting(List<Long> centers) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(min(n), 0) FROM (SELECT c AS center, (SELECT count(*) FROM ticket t"
                        + " WHERE t.center_id = c AND t.state = 'WAITING') AS n FROM unnest(ARRAY" + centers + "::bigint[]) AS c) w")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Dead versions of the calls before a run vacuumed away, as autovacuum would between busy hours. */
    void vacuumTickets() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) ticket");
        }
    }

    /** The names of the ticket table's own triggers, for the report. */
    List<String> ticketTriggerNames() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT tgname FROM pg_trigger WHERE tgrelid = 'ticket'::regclass AND NOT tgisinternal ORDER BY 1")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    /** A connection of its own, outside the node's pool (which pgbench's runs shrink). */
    private Connection connect() throws SQLException {
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    record Result(double perSecond, double latencyMs) {
    }
}
