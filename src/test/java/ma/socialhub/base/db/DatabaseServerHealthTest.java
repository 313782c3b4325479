package ma.socialhub.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class DatabaseServerHealthTest {

    @Test
    void aNodeWhoseDatabaseServerDoesNotAnswerIsDownWithTheReasonRatherThanAnError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var nowhere = new SimpleDriverDataSource(new Driver(), "jdbc:postgresql://127.0.0.1:" + closedPort + "/hub", "hub", "");

        Health health = new DatabaseServerHealth(JdbcClient.create(nowhere)).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        // the driver's words, in the machine's language, name the server it could not reach
        assertThat(String.valueOf(health.getDetails().get("error"))).contains("127.0.0.1:" + closedPort);
    }
}
