package ma.socialhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Whatever goes wrong under {@code /api/}, the caller gets an RFC 9457 problem in their language —
 * never the sign-in page, never an HTML error page, never a stack trace — through real HTTP, raw
 * bytes included.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "hub.api.anonymous-per-minute=30")
@Import(ApiErrorsTest.Failing.class)
class ApiErrorsTest {

    /** An API endpoint that fails as a bug would: the unexpected exception. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/v1/test-failure")
        String fail() {
            throw new IllegalStateException("a bug with a secret in its message: jdbc:postgresql://db/hub");
        }
    }

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void anUnexpectedFailureIsA500ProblemThatTellsNothingInternal() throws Exception {
        HttpResponse<String> answer = get("/api/v1/test-failure", "fr", "192.0.2.1");
        assertProblem(answer, 500, "api.error.500");
        assertThat(answer.body()).doesNotContain("jdbc").doesNotContain("IllegalState").doesNotContain("at ma.socialhub");
        assertThat(json.readTree(answer.body()).get("detail").asString()).startsWith("Erreur inattendue");
    }

    @Test
    void anUnknownAddressAndAWrongMethodAreProblemsNotTheSignInPage() throws Exception {
        assertProblem(get("/api/v1/no-such-thing", "en", "192.0.2.2"), 404, "api.error.404");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/hsds/services"))
                .header("X-Forwarded-For", "192.0.2.2").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(post, 405, "api.error.405");
    }

    @Test
    void aPageNumberPastTheEndIsAnEmptyPageAndOneTooBigForANumberIsA400() throws Exception {
        HttpResponse<String> far = get("/api/hsds/services?page=2147483647&per_page=200", "fr", "192.0.2.3");
        assertThat(far.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(far.body());
        assertThat(page.get("contents")).isEmpty();
        assertThat(page.get("page_number").asInt()).isEqualTo(2147483647);
        assertProblem(get("/api/hsds/services?page=99999999999", "fr", "192.0.2.3"), 400, "api.badParameter");
        assertProblem(get("/api/hsds/organizations?per_page=-5&page=-1", "fr", "192.0.2.3"), 200, null);
    }

    @Test
    void headersWithBytesOutsideAsciiAreAnsweredWithAProblem() throws Exception {
        long center = fixtures.center();
        fixtures.counter(center, "1", fixtures.service('A'));
        String credential = fixtures.kiosk(center);
        String body = "{\"service\": \"A\", \"priority\": \"STANDARD\", \"language\": \"fr\"}";
        // an Idempotency-Key in Latin-1 bytes, then a credential with UTF-8 bytes in it
        String key = raw("POST /api/v1/centers/" + fixtures.code(center) + "/tickets", "Authorization: Bearer " + credential,
                new byte[] {'c', 'a', 'f', (byte) 0xE9}, "Idempotency-Key", body);
        assertThat(key).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("api.idempotencyKey");
        String auth = raw("POST /api/v1/centers/" + fixtures.code(center) + "/tickets", "Idempotency-Key: k1",
                "Bearer kiosk.ṣecret".getBytes(StandardCharsets.UTF_8), "Authorization", body);
        assertThat(auth).startsWith("HTTP/1.1 401").contains("application/problem+json");
        String language = raw("GET /api/hsds/services", "X-Forwarded-For: 192.0.2.4",
                new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 'r'}, "Accept-Language", null);
        assertThat(language).startsWith("HTTP/1.1 200");
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Integer.class).single())
                .as("nothing stored that was refused").isZero();
    }

    @Test
    void oneAddressReadingThePublicApiTooFastIsHeldBackWithRetryAfterAndOthersAreNot() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(get("/api/hsds/organizations?per_page=1", "fr", "203.0.113.200").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> held = get("/api/hsds/organizations?per_page=1", "ar", "203.0.113.200");
        assertProblem(held, 429, "api.error.429");
        assertThat(held.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(json.readTree(held.body()).get("detail").asString()).startsWith("طلبات كثيرة");
        assertThat(get("/api/hsds/organizations?per_page=1", "fr", "203.0.113.201").statusCode()).isEqualTo(200);
        // the same address through an encoded path, or asking only for headers, is the same reader
        assertThat(get("/%61pi/hsds/organizations?per_page=1", "fr", "203.0.113.200").statusCode()).isEqualTo(429);
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/tickets/x"))
                .header("X-Forwarded-For", "203.0.113.200").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(429);
    }

    private void assertProblem(HttpResponse<String> answer, int status, String code) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(status);
        if (code == null) {
            return;
        }
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
    }

    private HttpResponse<String> get(String path, String language, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", language)
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request over a plain socket, with one header's value as raw bytes; returns the answer as Latin-1 text. */
    private String raw(String requestLine, String otherHeader, byte[] value, String header, String body) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            request.writeBytes((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + otherHeader + "\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                    + header + ": ").getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(value);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(content);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
