package ma.socialhub.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Two throw-away PostgreSQL clusters on this machine, a primary and a synchronous streaming standby,
 * handled the way a failover manager (Patroni) handles them: kill the primary hard, promote the
 * standby, rewind the old primary and let it follow the new one. For failover drills; JDK only, so
 * that it can be tried outside Maven and Spring.
 *
 * <p>Must run as root: the PostgreSQL programs refuse to run as root, so every one of them is run as
 * the {@code postgres} OS user through {@code runuser}, and the directory is handed to that user.
 *
 * <p>Layout under {@code dir}: {@code n1/} and {@code n2/} are the data directories, {@code n1.log} and
 * {@code n2.log} their server logs, and {@code dir} itself is the Unix-socket directory of both (the
 * socket files carry the port in their name, so they do not clash with each other, and not using
 * {@code /var/run/postgresql} keeps them away from the machine's own cluster).
 *
 * <p>Traps this class works around (each is explained where it is handled):
 * <ul>
 * <li>pg_basebackup and pg_rewind copy {@code postgresql.conf}, {@code postgresql.auto.conf} and
 * {@code pg_hba.conf} from the other node, so nothing node-specific may live in those files: the port
 * and the {@code cluster_name} are given on the {@code postgres} command line, which outranks every
 * configuration file, and {@code primary_conninfo} is checked after each rewind.
 * <li>A SIGKILLed primary was not shut down cleanly, which pg_rewind refuses; since PostgreSQL 13
 * pg_rewind itself first runs crash recovery in single-user mode ({@code postgres --single}) unless
 * {@code --no-ensure-shutdown} is given, so nothing has to be done by hand, except:
 * <li>the killed postmaster stays a zombie until init reaps it, and PostgreSQL takes a zombie named
 * in {@code postmaster.pid} for a running server, so that single-user run fails until then;
 * <li>a freshly promoted node's {@code pg_control} still names the old timeline until its first
 * checkpoint, and pg_rewind, reading it, finds "no rewind required": the new primary is
 * checkpointed first, as Patroni does.
 * <li>With {@code synchronous_standby_names} set and no standby left, every commit on the promoted
 * node would wait forever; it is cleared before the promotion and set back once the old primary
 * streams again.
 * <li>{@code pg_ctl start} leaves a postmaster that inherits the output of {@code pg_ctl}: that
 * output goes to a file, never to a pipe that would stay open as long as the server runs.
 * </ul>
 *
 * <p>Not thread-safe: one drill drives it.
 */
final class PostgresPair implements AutoCloseable {

    /** Bound of every wait: a drill that hangs says why instead of hanging the build. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Quorum commit on any one standby, as Patroni's synchronous mode sets it. */
    private static final String SYNCHRONOUS = "ANY 1 (*)";

    /** Written into {@code dir} before anything else: {@link #create} only wipes a directory bearing it. */
    private static final String MARKER = ".postgres-pair";

    /** A data directory, its server log, and the port and name that belong to it whatever its role. */
    private record Node(String name, int port, Path data, Path log) {
    }

    private final Path bin;
    private final Path dir;
    private final Node first;
    private final Node second;
    private Node primary;
    private Node standby;
    private boolean closed;

    private PostgresPair(Path bin, Path dir, Node first, Node second) {
        this.bin = bin;
        this.dir = dir;
        this.first = first;
        this.second = second;
        this.primary = first;
        this.standby = second;
    }

    /**
     * Wipes {@code dir} (only if it is empty or was made by this class), makes a primary on
     * {@code primaryPort} and a synchronous standby of it on {@code standbyPort}, and returns once the
     * standby streams as a quorum (synchronous) standby.
     */
    static PostgresPair create(Path dir, int primaryPort, int standbyPort) {
        dir = dir.toAbsolutePath().normalize();
        if (primaryPort == standbyPort) {
            throw new IllegalArgumentException("the two nodes need two ports, not " + primaryPort + " twice");
        }
        PostgresPair pair = new PostgresPair(binDir(), dir,
                new Node("n1", primaryPort, dir.resolve("n1"), dir.resolve("n1.log")),
                new Node("n2", standbyPort, dir.resolve("n2"), dir.resolve("n2.log")));
        try {
            // first, as it stops what an earlier drill that never closed its pair left running there
            pair.prepareDirectory();
            // a server already listening there would answer our readiness checks in place of ours
            for (int port : new int[] {primaryPort, standbyPort}) {
                if (!refuses(port)) {
                    throw new IllegalStateException("port " + port + " is already taken on 127.0.0.1");
                }
            }
            pair.initPrimary();
            pair.start(pair.primary);
            pair.cloneStandby();
            pair.start(pair.standby);
            pair.awaitStreaming(pair.standby, true);
            return pair;
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
    }

    /**
     * Both hosts, always in the same order; the driver finds the primary by {@code targetServerType},
     * as docs/deployment.md points the nodes. pgjdbc remembers for {@code hostRecheckSeconds} which
     * host failed or was a standby and skips it meanwhile: 2 s rather than its default 10, so that a
     * standby just promoted is tried again within 2 s.
     */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + first.port + ",127.0.0.1:" + second.port + "/" + database
                + "?targetServerType=primary&hostRecheckSeconds=2";
    }

    int primaryPort() {
        return primary.port;
    }

    int standbyPort() {
        return standby.port;
    }

    /**
     * Kills the primary's postmaster and all its processes with SIGKILL, as a crashed machine would:
     * no shutdown checkpoint, no goodbye to the clients or to the standby. Returns once the port
     * refuses connections and no process of the old primary runs.
     */
    void killPrimary() {
        long pid = postmasterPid(primary).orElseThrow(() -> new IllegalStateException(primary.name + " is not running"));
        // SIGSTOP first: a stopped postmaster cannot fork a new backend between our listing its
        // children and killing them, and it does not notice their death either
        run(List.of("kill", "-STOP", Long.toString(pid)), false);
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly); // SIGKILL; it also ends a stopped process
        int port = primary.port;
        await("the killed primary " + primary.name + " to go away", () -> all.stream().noneMatch(p -> running(p.pid()))
                && refuses(port));
    }

    /**
     * Promotes the standby and makes it accept commits without a synchronous standby; afterwards the
     * roles are swapped. Returns how long that took (until the new primary takes writes).
     */
    Duration promoteStandby() {
        long start = System.nanoTime();
        Node promoted = standby;
        // Patroni clears synchronous_standby_names when no synchronous standby is left, otherwise
        // every commit on the promoted node would wait for a standby that does not exist. Done before
        // the promotion (ALTER SYSTEM writes a file, a standby allows it) so that not one commit can
        // be caught in between; a new session seeing the value proves the postmaster reloaded it.
        setSynchronousStandbyNames(promoted, "");
        run(List.of(pg("pg_ctl"), "promote", "-w", "-t", seconds(WAIT), "-D", promoted.data.toString()), true);
        await(promoted.name + " to leave recovery", () -> isPrimary(promoted.port));
        standby = primary;
        primary = promoted;
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Rewinds the old primary (now the standby, stopped or killed) onto the new primary's timeline,
     * starts it as a standby, waits until it streams, then makes commits synchronous again. Returns
     * the time the rewind itself took (the new primary's checkpoint and pg_rewind, crash recovery
     * of the killed node included).
     */
    Duration rejoinOldPrimaryAsStandby() {
        Node old = standby;
        if (postmasterPid(old).isPresent()) {
            // pg_rewind works on a stopped cluster only
            run(List.of(pg("pg_ctl"), "stop", "-m", "fast", "-w", "-t", seconds(WAIT), "-D", old.data.toString()), true);
        } else {
            clearStaleLock(old);
        }
        long start = System.nanoTime();
        // pg_rewind reads the source's timeline from its pg_control, which a promotion updates only
        // at its first checkpoint: until then pg_rewind sees both on the same timeline, says "no
        // rewind required" and leaves the old primary's divergent WAL in place, after which it can
        // never follow ("new timeline 2 forked off current database system timeline 1 before current
        // recovery point"). Patroni checkpoints the new primary first for this reason; so do we.
        psql(primary.port, "postgres", List.of("checkpoint"));
        // the killed node is not shut down cleanly: pg_rewind (13 and later) runs its crash recovery
        // in single-user mode by itself first (see --no-ensure-shutdown). application_name in the
        // source connection string ends up in the primary_conninfo that -R writes
        run(List.of(pg("pg_rewind"), "--target-pgdata=" + old.data, "--write-recovery-conf",
                "--source-server=" + conninfo(primary, old.name) + " dbname=postgres"), true);
        Duration rewind = Duration.ofNanos(System.nanoTime() - start);
        keepOwnPrimaryConninfo(old);
        start(old);
        awaitStreaming(old, false);
        setSynchronousStandbyNames(primary, SYNCHRONOUS);
        awaitStreaming(old, true);
        return rewind;
    }

    /** Whether the server on {@code port} is a primary (not in recovery); throws if it does not answer. */
    boolean isPrimary(int port) {
        return sql(port, "select not pg_is_in_recovery()").equals("t");
    }

    /** Runs {@code sql} on the {@code postgres} database of the server on {@code port}; unaligned, tuples only. */
    String sql(int port, String sql) {
        return sql(port, "postgres", sql);
    }

    /**
     * Runs {@code sql} through psql as {@code postgres} over the pair's socket directory and returns
     * the trimmed output (unaligned, tuples only, {@code |} between columns). Several statements in
     * one string run in one implicit transaction; psql's failure (exit code) becomes an exception.
     */
    String sql(int port, String database, String sql) {
        return psql(port, database, List.of(sql));
    }

    /**
     * Stops both servers (immediate: no checkpoint, this is throw-away), errors ignored, and deletes the
     * directory, but only if it bears our marker: a {@link #create} that refused a foreign directory
     * closes the pair too, and must leave that directory alone.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!Files.exists(dir.resolve(MARKER))) {
            return;
        }
        for (Node node : List.of(first, second)) {
            stopImmediately(node);
        }
        deleteTree(dir);
    }

    // ---------------------------------------------------------------- making the pair

    /** The newest /usr/lib/postgresql/N/bin (Debian's layout), else what pg_config says. */
    private static Path binDir() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            var newest = versions.filter(p -> p.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(p -> Files.isExecutable(p.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingDouble(p -> Double.parseDouble(p.getFileName().toString())));
            if (newest.isPresent()) {
                return newest.get().resolve("bin");
            }
        } catch (IOException noDebianLayout) {
            // ask pg_config below
        }
        Path bin = Path.of(run(List.of("pg_config", "--bindir"), true));
        if (!Files.isExecutable(bin.resolve("pg_ctl"))) {
            throw new IllegalStateException("no PostgreSQL server programs found (pg_config --bindir says " + bin + ")");
        }
        return bin;
    }

    private void prepareDirectory() {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> content = Files.list(dir)) {
                    if (content.findAny().isPresent() && !Files.exists(dir.resolve(MARKER))) {
                        throw new IllegalStateException("refusing to wipe " + dir + ": it is not empty and was not made by PostgresPair");
                    }
                }
                // a previous drill that died without close() may have left its servers running there
                stopImmediately(first);
                stopImmediately(second);
                deleteTree(dir);
            }
            Files.createDirectories(dir);
            Files.createFile(dir.resolve(MARKER));
            // postgres creates the data directories, the logs and its sockets in here
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName("postgres"));
            view.setGroup(users.lookupPrincipalByGroupName("postgres"));
            view.setPermissions(PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }

    private void initPrimary() {
        run(List.of(pg("initdb"), "-D", primary.data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C.UTF-8"), true);
        // identical on both nodes (pg_basebackup and pg_rewind copy this file): nothing node-specific
        // here, the port and cluster_name are on the command line (see start)
        String config = """

                # PostgresPair: the same on both nodes
                listen_addresses = '127.0.0.1'
                unix_socket_directories = '%s'
                max_connections = 200
                wal_level = replica
                wal_log_hints = on                # pg_rewind needs it (or data checksums)
                max_wal_senders = 10
                wal_keep_size = '256MB'           # the rewound node must find the WAL since the fork
                hot_standby = on
                synchronous_standby_names = '%s'
                """.formatted(dir, SYNCHRONOUS);
        // trust everything from this machine, replication included; initdb -A trust has much the same,
        // written out so that the pair does not depend on initdb's defaults
        String hba = """
                local all         all                trust
                host  all         all  127.0.0.1/32  trust
                local replication all                trust
                host  replication all  127.0.0.1/32  trust
                """;
        try {
            // root writes into files that postgres owns; writing in place keeps their owner
            Files.writeString(primary.data.resolve("postgresql.conf"), config, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Files.writeString(primary.data.resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cloneStandby() {
        // -R writes standby.signal and primary_conninfo (with the application_name given here) into
        // postgresql.auto.conf; -X stream takes the WAL of the copy along
        run(List.of(pg("pg_basebackup"), "-D", standby.data.toString(), "-R", "-X", "stream", "-c", "fast",
                "-d", conninfo(primary, standby.name)), true);
    }

    /**
     * Starts a node and waits until it accepts connections. The port and cluster_name go on the
     * postgres command line: they outrank postgresql.conf and postgresql.auto.conf, which pg_rewind
     * overwrites with the other node's.
     */
    private void start(Node node) {
        run(List.of(pg("pg_ctl"), "start", "-w", "-t", seconds(WAIT), "-D", node.data.toString(), "-l", node.log.toString(),
                "-o", "-p " + node.port + " -c cluster_name=" + node.name), true);
    }

    // ---------------------------------------------------------------- replication

    private static String conninfo(Node server, String applicationName) {
        return "host=127.0.0.1 port=" + server.port + " user=postgres application_name=" + applicationName;
    }

    /** Waits until the primary sees {@code node} streaming, as a synchronous (quorum) standby if asked. */
    private void awaitStreaming(Node node, boolean synchronous) {
        String query = "select state || '/' || sync_state from pg_stat_replication where application_name = '" + node.name + "'";
        await(node.name + " to stream from " + primary.name + (synchronous ? " as a synchronous standby" : ""), () -> {
            String state = psql(primary.port, "postgres", List.of(query));
            return state.startsWith("streaming/") && (!synchronous || state.endsWith("/quorum") || state.endsWith("/sync"));
        }, () -> "pg_stat_replication on " + primary.name + ": "
                + psql(primary.port, "postgres", List.of("select application_name, state, sync_state from pg_stat_replication"))
                + "\n" + tail(node.log));
    }

    /**
     * ALTER SYSTEM (in a session of its own: it cannot run in a transaction) and a reload, then waits
     * until a new session sees the value, i.e. the postmaster has read it.
     */
    private void setSynchronousStandbyNames(Node node, String value) {
        psql(node.port, "postgres", List.of("alter system set synchronous_standby_names = '" + value + "'",
                "select pg_reload_conf()"));
        await(node.name + " to read synchronous_standby_names = '" + value + "'",
                () -> psql(node.port, "postgres", List.of("show synchronous_standby_names")).equals(value));
    }

    /**
     * pg_rewind copied the new primary's postgresql.auto.conf, whose primary_conninfo (from its own
     * pg_basebackup) points at the node being rewound, then appended its own pointing at the new
     * primary. The last one wins, but the stale one would confuse anyone reading the file and
     * whoever later edits it: keep only the last, and make sure it is the right one.
     */
    private void keepOwnPrimaryConninfo(Node node) {
        Path auto = node.data.resolve("postgresql.auto.conf");
        try {
            List<String> lines = Files.readAllLines(auto);
            List<String> conninfos = lines.stream().filter(l -> l.startsWith("primary_conninfo")).toList();
            String last = conninfos.isEmpty() ? "" : conninfos.getLast();
            if (!last.contains("port=" + primary.port + " ") && !last.contains("port=" + primary.port + "'")) {
                throw new IllegalStateException("pg_rewind wrote no primary_conninfo towards port " + primary.port + " in " + auto
                        + ":\n" + String.join("\n", lines));
            }
            List<String> kept = new ArrayList<>(lines.stream().filter(l -> !l.startsWith("primary_conninfo")).toList());
            kept.add(last);
            // in place, so that the file stays postgres's
            Files.writeString(auto, String.join("\n", kept) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            if (!Files.exists(node.data.resolve("standby.signal"))) {
                throw new IllegalStateException("pg_rewind -R wrote no standby.signal in " + node.data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- processes

    private String pg(String program) {
        return bin.resolve(program).toString();
    }

    private String psql(int port, String database, List<String> statements) {
        // -X: no ~/.psqlrc; ON_ERROR_STOP: a failed statement is a non-zero exit; each -c runs alone
        List<String> command = new ArrayList<>(List.of(pg("psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                "-h", dir.toString(), "-p", Integer.toString(port), "-U", "postgres", "-d", database));
        for (String statement : statements) {
            command.add("-c");
            command.add(statement);
        }
        return run(command, true);
    }

    /**
     * Runs a command (as postgres if asked) and returns its trimmed output, stdout and stderr mixed.
     * The output goes to a file, not a pipe: a postmaster started by pg_ctl would otherwise hold the
     * pipe open, and a full pipe would block the command.
     */
    private static String run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path output = null;
        try {
            output = Files.createTempFile("postgres-pair", ".out");
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    // a working directory postgres may enter (else: "could not change directory")
                    .directory(new File("/"));
            Map<String, String> environment = builder.environment();
            // PGHOST, PGPORT, PGDATA... of the caller must not send a command to the machine's own cluster
            environment.keySet().removeIf(name -> name.startsWith("PG"));
            Process process = builder.start();
            // pg_ctl has its own -t 60 s; this bound is for everything else and leaves pg_ctl the time to say why
            if (!process.waitFor(WAIT.toSeconds() + 30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + (WAIT.toSeconds() + 30) + " s: " + String.join(" ", full)
                        + "\n" + Files.readString(output));
            }
            String text = Files.readString(output).trim();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit code " + process.exitValue() + ": " + String.join(" ", full) + "\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /**
     * Makes sure the stopped node's postmaster.pid does not stop pg_rewind. A killed postmaster is
     * adopted by init (pg_ctl and runuser, its parents, are long gone), which reaps it when it gets
     * round to it: about once a second on our machines. Until then it is a zombie, and PostgreSQL's
     * lock-file check ({@code kill(pid, 0)}) takes a zombie for a live postmaster: pg_rewind's crash
     * recovery would stop on {@code lock file "postmaster.pid" already exists}. So wait for the
     * reaping (here, not in killPrimary: a failover manager does not wait for it before promoting);
     * should init never reap (some containers' init does not), or the pid be in use by another
     * process since, remove the stale lock file: no postmaster of this directory runs (checked by
     * the caller), and a zombie holds no memory, socket or file any more.
     */
    private static void clearStaleLock(Node node) {
        Path lock = node.data.resolve("postmaster.pid");
        long pid;
        try {
            if (!Files.exists(lock)) {
                return;
            }
            pid = Long.parseLong(Files.readAllLines(lock).getFirst().trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the pid in " + lock, e);
        }
        Path process = Path.of("/proc", Long.toString(pid));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(process) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + node.name + "'s postmaster to be reaped", e);
            }
        }
        if (Files.exists(process)) {
            try {
                Files.delete(lock);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the stale " + lock, e);
            }
        }
    }

    /**
     * The pid on the first line of postmaster.pid, if that process still runs and is a postgres of
     * this data directory: a stale file of a killed server may name a pid reused since by anything.
     */
    private static Optional<Long> postmasterPid(Node node) {
        try {
            List<String> lines = Files.readAllLines(node.data.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.getFirst().trim());
            List<String> arguments = List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
            return running(pid) && arguments.contains(node.data.toString()) ? Optional.of(pid) : Optional.empty();
        } catch (IOException | RuntimeException noServer) {
            return Optional.empty();
        }
    }

    /**
     * Whether a process runs, a zombie (killed, not yet reaped by whoever adopted it) counting as
     * gone: the killed postmaster is reparented to init, which may take its time to reap it.
     */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (comm) S ...": the state follows the last ')', comm may contain anything
            char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** Nothing listens on 127.0.0.1:port. */
    private static boolean refuses(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException other) {
            return false; // a timeout: something is there but does not answer
        }
    }

    /** pg_ctl stop -m immediate, errors ignored; SIGKILL if the postmaster outlives it. */
    private void stopImmediately(Node node) {
        var pid = postmasterPid(node);
        if (pid.isEmpty()) {
            return;
        }
        try {
            run(List.of(pg("pg_ctl"), "stop", "-m", "immediate", "-w", "-t", seconds(WAIT), "-D", node.data.toString()), true);
        } catch (RuntimeException ignored) {
            // killed below if it still runs
        }
        ProcessHandle.of(pid.get()).ifPresent(postmaster -> {
            if (running(postmaster.pid())) {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
            }
        });
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    // ---------------------------------------------------------------- waiting

    /** Polls {@code check} (an exception counts as "not yet") every 100 ms for at most {@link #WAIT}. */
    private static void await(String what, BooleanSupplier check) {
        await(what, check, () -> "");
    }

    /** The same, and on timeout adds {@code diagnosis} (say, a server log's tail) to the message. */
    private static void await(String what, BooleanSupplier check, Supplier<String> diagnosis) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                last = notYet;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        String details;
        try {
            details = diagnosis.get();
        } catch (RuntimeException e) {
            details = "(no diagnosis: " + e.getMessage() + ")";
        }
        throw new IllegalStateException("waited " + WAIT.toSeconds() + " s for " + what + " in vain"
                + (last == null ? "" : "; last error: " + last.getMessage()) + (details.isEmpty() ? "" : "\n" + details), last);
    }

    private static String seconds(Duration duration) {
        return Long.toString(duration.toSeconds());
    }

    /** The last lines of a server log, for error messages. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }
}
