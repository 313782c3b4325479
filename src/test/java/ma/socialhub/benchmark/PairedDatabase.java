package ma.socialhub.benchmark;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The hub's database on a {@link PostgresPair}, a primary and its synchronous standby on this
 * machine, set up as docs/deployment.md sets the real one: the database {@code socialhub} with the
 * default {@code synchronous_commit = local}, so that only the writes the hub acknowledges wait for
 * the standby, and the node's URL naming both servers with {@code targetServerType=primary}.
 */
final class PairedDatabase {

    private PairedDatabase() {
    }

    /** Makes the pair in the temporary folder {@code name} on the two ports and points the application at it. */
    static PostgresPair use(DynamicPropertyRegistry registry, String name, int primaryPort, int standbyPort) {
        PostgresPair pair = PostgresPair.create(Path.of(System.getProperty("java.io.tmpdir"), name), primaryPort, standbyPort);
        pair.sql(pair.primaryPort(), "CREATE DATABASE socialhub");
        pair.sql(pair.primaryPort(), "ALTER DATABASE socialhub SET synchronous_commit = local");
        registry.add("spring.datasource.url", () -> pair.jdbcUrl("socialhub"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        return pair;
    }
}
