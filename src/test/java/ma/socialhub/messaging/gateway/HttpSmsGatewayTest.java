package ma.socialhub.messaging.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.Sms;
import ma.socialhub.messaging.SmsGateway;
import ma.socialhub.messaging.SubmitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP gateway against a real HTTP server playing an aggregator. */
class HttpSmsGatewayTest {

    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private volatile int status = 200;
    private volatile String retryAfter = "";
    private HttpServer server;

    @BeforeEach
    void startAggregator() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", this::answer);
        server.start();
    }

    @AfterEach
    void stopAggregator() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        bodies.add(JsonMapper.builder().build().readTree(exchange.getRequestBody().readAllBytes()));
        idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (!retryAfter.isEmpty()) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        byte[] body = ("{\"id\":\"agg-" + next.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private SmsGateway gateway(String token) {
        GatewaySettings settings = new GatewaySettings(GatewaySettings.Kind.HTTP, "", 0, "", token, "", "HUB", 50, 5,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
        return SmsGateways.open(settings, (id, delivered, state, at) -> { }, Clock.systemUTC());
    }

    @Test
    void aMessageIsPostedWithItsReferenceAsIdempotencyKeyAndTheProvidersIdComesBack() {
        try (SmsGateway gateway = gateway("secret-token")) {
            SubmitOutcome outcome = gateway.submit(new Sms(42, "+212612345678", "HUB", "دورك قريب: A-042"));

            assertThat(outcome).isEqualTo(new SubmitOutcome.Accepted("agg-1", 1));
            assertThat(bodies.getFirst().get("to").asString()).isEqualTo("+212612345678");
            assertThat(bodies.getFirst().get("text").asString()).isEqualTo("دورك قريب: A-042");
            assertThat(bodies.getFirst().get("reference").asString()).isEqualTo("42");
            assertThat(idempotencyKeys).containsExactly("hub-42");
            assertThat(authorizations).containsExactly("Bearer secret-token");
        }
    }

    @Test
    void tooManyRequestsIsThrottlingForAsLongAsTheProviderSays() {
        status = 429;
        retryAfter = "7";
        try (SmsGateway gateway = gateway("t")) {
            assertThat(gateway.submit(new Sms(1, "+212612345678", "HUB", "x")))
                    .isEqualTo(new SubmitOutcome.Throttled(Duration.ofSeconds(7)));
        }
    }

    @Test
    void aRefusedNumberIsAPermanentFailureAndAServerErrorIsNot() {
        try (SmsGateway gateway = gateway("t")) {
            status = 422;
            assertThat(gateway.submit(new Sms(1, "+212612345678", "HUB", "x")))
                    .isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> assertThat(f.permanent()).isTrue());
            status = 503;
            assertThat(gateway.submit(new Sms(2, "+212612345678", "HUB", "x")))
                    .isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> assertThat(f.permanent()).isFalse());
        }
    }

    @Test
    void aRefusedTokenMakesTheGatewayNotReadyWithoutBlamingTheMessage() {
        status = 401;
        try (SmsGateway gateway = gateway("wrong")) {
            assertThat(gateway.submit(new Sms(1, "+212612345678", "HUB", "x")))
                    .isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> assertThat(f.permanent()).isFalse());
            assertThat(gateway.ready()).isFalse();
            assertThat(gateway.describe()).doesNotContain("wrong");
        }
    }

    @Test
    void aProviderThatDoesNotAnswerIsATransientFailure() {
        server.stop(0);
        try (SmsGateway gateway = gateway("t")) {
            assertThat(gateway.submit(new Sms(1, "+212612345678", "HUB", "x")))
                    .isInstanceOfSatisfying(SubmitOutcome.Failed.class, f -> assertThat(f.permanent()).isFalse());
        }
    }
}
