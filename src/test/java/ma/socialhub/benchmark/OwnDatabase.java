package ma.socialhub.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A benchmark's own database, made afresh on the server of {@code SPRING_DATASOURCE_URL} (so that
 * its centers and tickets never mix with the national volumes of another benchmark); without that
 * variable the benchmark runs on an embedded, throw-away PostgreSQL.
 */
final class OwnDatabase {

    private OwnDatabase() {
    }

    static void use(DynamicPropertyRegistry registry, String name) throws SQLException {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        String own = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        registry.add("spring.datasource.url", () -> own);
    }
}
