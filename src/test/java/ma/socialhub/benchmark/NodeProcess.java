package ma.socialhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ma.socialhub.SocialHubApplication;

/**
 * The application in a JVM of its own, on the drill's database, so that the drill can kill it the
 * way an operating system kills a process ({@code SIGKILL}: no shutdown hook, no goodbye to the
 * browsers or the database). Its output goes to a log file under {@code target/}.
 */
final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private NodeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static NodeProcess start(String name, HikariDataSource database, String... extra) throws Exception {
        int port = freePort();
        Path log = Path.of("target", "drill-" + name + ".log");
        // the test class path (surefire's) can be longer than one command-line argument may be
        Path arguments = Files.createTempFile("hub-node", ".args");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Files.writeString(arguments, "-cp \"" + classPath.replace("\\", "\\\\") + "\"\n");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "-XX:+UseSerialGC", "@" + arguments, SocialHubApplication.class.getName(),
                "--spring.datasource.url=" + database.getJdbcUrl(), "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--server.port=" + port, "--management.server.port=0", "--hub.node-name=" + name,
                "--spring.datasource.hikari.maximum-pool-size=10", "--logging.level.root=WARN",
                "--hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE="));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        NodeProcess node = new NodeProcess(process, log, port);
        node.awaitReady();
        return node;
    }

    /** Answers its sign-in page: Spring, Flyway's check, Vaadin and the queue listener are up. */
    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("node stopped at start; see " + log + ":\n" + tail()).isTrue();
            try {
                HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/login").toURL().openConnection();
                http.setConnectTimeout(1000);
                http.setReadTimeout(20_000);
                if (http.getResponseCode() == 200) {
                    Thread.sleep(1000); // its queue listener connects right after the web server
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node did not answer within 3 minutes; see " + log + ":\n" + tail());
    }

    /** {@code kill -9}. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("node killed").isTrue();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
