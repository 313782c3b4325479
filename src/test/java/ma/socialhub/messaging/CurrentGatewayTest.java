package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class CurrentGatewayTest {

    @Test
    void theGatewaysHealthAnswersWhileASendingRoundWaitsOnADatabaseThatDoesNotAnswer() throws Exception {
        // takes connections and never answers: a database server that hangs
        try (ServerSocket silent = new ServerSocket(0)) {
            var hung = new SimpleDriverDataSource(new Driver(), "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/hub", "hub", "");
            // no cipher: the round waits on the database before anything could be decrypted
            var gateway = new CurrentGateway(new SettingsStore(JdbcClient.create(hung)), null, (id, delivered, status, at) -> { },
                    Clock.systemUTC());
            Thread round = Thread.ofPlatform().daemon(true).start(() -> {
                try {
                    gateway.get();
                } catch (RuntimeException serverGone) {
                    // the server's socket closes at the end of the test
                }
            });

            try (Socket roundWaiting = silent.accept()) {
                Health health = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new GatewayHealth(gateway).health(),
                        "the health page waited for the sending round's database");

                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("gateway", "NONE").containsEntry("bound", false);
            }
            round.join(Duration.ofSeconds(10));
        }
    }
}
