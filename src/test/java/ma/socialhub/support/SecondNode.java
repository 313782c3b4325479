package ma.socialhub.support;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ma.socialhub.SocialHubApplication;
import ma.socialhub.ticketing.QueueUpdates;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node on the test's own database, on a port of its own, started once its
 * queue listener hears the other nodes. Settings are command-line arguments: they win over
 * {@code SPRING_DATASOURCE_URL} in the environment (as default properties would not, and the node
 * would silently join another database).
 */
public final class SecondNode {

    private SecondNode() {
    }

    public static ConfigurableApplicationContext start(HikariDataSource database, String... extra) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--server.port=0", "--management.server.port=0", "--hub.kiosk.config-dir=target/no-kiosks",
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE="));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(SocialHubApplication.class).run(args.toArray(String[]::new));
        QueueUpdates updates = node.getBean(QueueUpdates.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!updates.isListening() && System.nanoTime() < deadline) {
            Thread.sleep(20); // the listener connects once the node is ready
        }
        return node;
    }
}
