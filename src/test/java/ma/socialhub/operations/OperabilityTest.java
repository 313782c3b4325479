package ma.socialhub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What an operator watches: health with the database and the queue listener, Prometheus metrics
 * of the queue, both on the management port only; and the node's name at the end of its session
 * ids, for the proxy's sticky routing.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "hub.node-name=node7")
class OperabilityTest {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired QueueUpdates updates;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void healthSaysUpWithTheDatabaseAndTheQueueListenerOnTheManagementPortOnly() throws Exception {
        waitUntilListening();
        HttpResponse<String> health = get(managementPort, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(health.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(body.get("components").get("queueListener").get("status").asString()).isEqualTo("UP");
        JsonNode server = body.get("components").get("databaseServer");
        assertThat(server.get("status").asString()).isEqualTo("UP");
        assertThat(server.get("details").get("primary").asBoolean()).as("the server written to is the primary").isTrue();
        assertThat(server.get("details").has("alone")).as("what the operators' alert reads").isTrue();
        assertThat(get(port, "/actuator/health").body()).doesNotContain("\"status\":\"UP\"");
    }

    @Test
    void ticketsIssuedAndCalledAndTheirWaitsAreInPrometheusPerCenterAndService() throws Exception {
        long center = fixtures.center();
        long service = fixtures.service('M');
        long counter = fixtures.counter(center, "1", service);
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.ARABIC);
        fixtures.signIn(fixtures.agent(center));
        tickets.callNext(counter);

        String metrics = get(managementPort, "/actuator/prometheus").body();

        String tags = "center=\"" + center + "\",service=\"M\"";
        assertThat(metrics).contains("hub_tickets_issued_total{" + tags + "} 2.0");
        assertThat(metrics).contains("hub_tickets_called_total{" + tags + "} 1.0");
        assertThat(metrics).containsPattern("hub_ticket_wait_minutes_count\\{service=\"M\"} [1-9]");
        assertThat(metrics).contains("hub_ticket_wait_minutes_bucket{service=\"M\",le=\"15.0\"}");
        assertThat(metrics).contains("hub_screens_open{kind=\"kiosk\"}").contains("hub_push_deliveries_total");
        assertThat(metrics).contains("hikaricp_connections_active");
        assertThat(get(port, "/actuator/prometheus").body()).doesNotContain("hub_tickets_issued_total");
    }

    @Test
    void theSessionIdEndsWithTheNodesNameForTheProxysStickyRouting() throws Exception {
        HttpResponse<String> login = get(port, "/login");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).matches("JSESSIONID=[^;]+\\.node7;.*"));
    }

    private void waitUntilListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!updates.isListening() && System.nanoTime() < deadline) {
            Thread.sleep(20); // the listener connects once the node is ready
        }
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
