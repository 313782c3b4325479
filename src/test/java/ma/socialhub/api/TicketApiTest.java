package ma.socialhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The integration API over real HTTP, every error case included. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TicketApiTest {

    static final String BODY = "{\"service\": \"A\", \"priority\": \"STANDARD\", \"language\": \"fr\"}";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    long center;
    String code;
    String credential;

    @BeforeEach
    void setUp() {
        center = fixtures.center();
        code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('A'), fixtures.service('B'));
        credential = fixtures.kiosk(center, "tickets-per-minute = 3");
    }

    @Test
    void aValidRequestGetsATicketWithItsStatusAddress() throws Exception {
        HttpResponse<String> response = post(code, credential, "key-1", BODY);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode ticket = json.readTree(response.body());
        assertThat(ticket.get("number").asString()).isEqualTo("A-001");
        assertThat(ticket.get("state").asString()).isEqualTo("WAITING");
        assertThat(ticket.get("peopleAhead").asInt()).isZero();
        assertThat(ticket.get("estimate").get("toMinutes").asInt()).isEqualTo(10);
        assertThat(response.headers().firstValue("Location")).contains(ticket.get("statusUrl").asString());

        HttpResponse<String> status = get(URI.create(ticket.get("statusUrl").asString()));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json.readTree(status.body()).get("number").asString()).isEqualTo("A-001");
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameTicketEvenWhenSentAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return post(code, credential, "same-key", BODY);
                };
                responses.add(pool.submit(call));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : responses) {
                assertThat(f.get().statusCode()).isEqualTo(201);
                numbers.add(json.readTree(f.get().body()).get("number").asString());
            }
            assertThat(numbers).containsOnly("A-001");
        }
        assertThat(json.readTree(post(code, credential, "other-key", BODY).body()).get("number").asString()).isEqualTo("A-002");
    }

    @Test
    void theSameKeyWithAnotherRequestIs422AndNeverTheFirstTicketUnderAnotherServicesName() throws Exception {
        JsonNode first = json.readTree(post(code, credential, "key-422", BODY).body());
        HttpResponse<String> other = post(code, credential, "key-422", BODY.replace("\"A\"", "\"B\""));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(other.body()).get("code").asString()).isEqualTo("api.idempotencyKeyReused");
        // the same request again gets the first ticket exactly as it was answered
        JsonNode again = json.readTree(post(code, credential, "key-422", BODY).body());
        assertThat(again.get("number").asString()).isEqualTo(first.get("number").asString()).isEqualTo("A-001");
        assertThat(again.get("service").asString()).isEqualTo(first.get("service").asString());
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void keysBelongToTheCredentialThatSentThemAndAreForgottenAfterADay(@Autowired TestClock clock)
            throws Exception {
        String secondKiosk = fixtures.kiosk(center);
        assertThat(json.readTree(post(code, credential, "shared-key", BODY).body()).get("number").asString()).isEqualTo("A-001");
        // another caller of the same center using the same text gets a ticket of its own, not the first one's
        assertThat(json.readTree(post(code, secondKiosk, "shared-key", BODY).body()).get("number").asString()).isEqualTo("A-002");
        try {
            clock.advance(Duration.ofHours(25));
            HttpResponse<String> dayAfter = post(code, credential, "shared-key", BODY.replace("\"A\"", "\"B\""));
            assertThat(dayAfter.statusCode()).isEqualTo(201);
            assertThat(json.readTree(dayAfter.body()).get("number").asString()).isEqualTo("B-001");
        } finally {
            clock.release();
        }
    }

    @Test
    void theRateLimitHoldsWhenManyRequestsArriveAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
            for (int i = 0; i < 30; i++) {
                String key = "burst-" + i;
                responses.add(pool.submit(() -> {
                    start.await();
                    return post(code, credential, key, BODY);
                }));
            }
            start.countDown();
            int issued = 0;
            int refused = 0;
            for (Future<HttpResponse<String>> f : responses) {
                int status = f.get().statusCode();
                issued += status == 201 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }
            assertThat(issued).isEqualTo(3);
            assertThat(refused).isEqualTo(27);
        }
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Integer.class).single())
                .isEqualTo(3);
        // a refused request keeps no key: the same key succeeds once the minute has passed
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM api_request_key WHERE key LIKE 'burst-%' AND kiosk_id = ?")
                .param(credential.substring(0, credential.indexOf('.'))).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aMissingOrWrongCredentialIs401WithAProblemDetail() throws Exception {
        HttpResponse<String> none = post(code, null, "k", BODY);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(json.readTree(none.body()).get("status").asInt()).isEqualTo(401);
        assertThat(post(code, credential + "x", "k", BODY).statusCode()).isEqualTo(401);
        assertThat(post(code, null, "k", "{\"service\": \"?\"}").statusCode()).isEqualTo(401); // who before what
    }

    @Test
    void anotherCentersOrAnUnshownServiceIs403() throws Exception {
        long other = fixtures.center();
        fixtures.counter(other, "1", fixtures.service('A'));
        assertThat(post(fixtures.code(other), credential, "k1", BODY).statusCode()).isEqualTo(403);
        String onlyB = fixtures.kiosk(center, "services = B");
        assertThat(post(code, onlyB, "k2", BODY).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownCenterServiceOrTicketIs404() throws Exception {
        assertThat(post("no-such-center", credential, "k1", BODY).statusCode()).isEqualTo(404);
        HttpResponse<String> service = post(code, credential, "k2", BODY.replace("\"A\"", "\"Z\""));
        assertThat(service.statusCode()).isEqualTo(404);
        assertThat(json.readTree(service.body()).get("code").asString()).isEqualTo("api.serviceNotFound");
        assertThat(get(URI.create(base() + "/api/v1/tickets/forged.link")).statusCode()).isEqualTo(404);
    }

    @Test
    void badBodiesAndAMissingKeyAre400InTheCallersLanguage() throws Exception {
        HttpResponse<String> invalid = http.send(request(code, credential, "k1")
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\": \"a\", \"priority\": \"VIP\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(invalid.body());
        assertThat(problem.get("detail").asString()).isEqualTo("Des champs de la demande manquent ou sont incorrects ; voir errors.");
        assertThat(problem.get("errors").get("priority").asString()).isEqualTo("STANDARD ou PRIORITY");
        assertThat(problem.get("errors").get("language").asString()).isEqualTo("ar, zgh, fr ou en");
        assertThat(problem.get("errors").get("service").asString()).isEqualTo("une lettre de service, de A à Z");

        assertThat(post(code, credential, "k2", "not json").statusCode()).isEqualTo(400);
        assertThat(post(code, credential, null, BODY).statusCode()).isEqualTo(400);
        assertThat(invalid.body()).doesNotContain("Exception").doesNotContain("at ma.socialhub");
    }

    @Test
    void pastTheRateLimitIs429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post(code, credential, "rate-" + i, BODY).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> limited = post(code, credential, "rate-3", BODY);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> docs = get(URI.create(base() + "/v3/api-docs"));
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/centers/{center}/tickets")).isTrue();
        assertThat(paths.has("/api/v1/tickets/{link}")).isTrue();
    }

    private HttpResponse<String> post(String centerCode, String bearer, String key, String body) throws Exception {
        return http.send(request(centerCode, bearer, key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String centerCode, String bearer, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + "/api/v1/centers/" + centerCode + "/tickets"))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return builder;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
