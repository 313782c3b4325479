package ma.socialhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outside-in probe: every operation of the OpenAPI description, and the sign-in form, fed
 * hostile values in every place a caller controls — path, query, headers, each field of the body
 * as text and as the wrong JSON type, and whole bodies that are not what they claim. Whatever the
 * input: no 5xx, no redirect under {@code /api/}, every refusal a problem detail whose status is
 * the answer's, and nothing stored that was refused (each ticket in the database is one a 201
 * answered with).
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileInputsTest {

    /** Values that broke or misled parsers, databases and screens somewhere before. */
    static final List<String> HOSTILE = List.of("", " ", "0", "-1", "2147483648", "-2147483649", "99999999999999999999999",
            "1e309", "NaN", "0x10", "true", "null", "[]", "{}", "A".repeat(10_000), "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "'; DROP TABLE ticket; --", "\u202Eevil\u202C", "\u200F\u061C",
            "\u0000", "\u0007\u001B[2J", "%00", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "../../etc/passwd", "${jndi:ldap://x/a}",
            "{{7*7}}", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "العربية", "\uD83D\uDE00", "\uFEFFA", "\\", "\"", "A\r\nSet-Cookie: x=1", "*", "%", "é",
            "ع".repeat(5_000), "1.5", "+1", "1,000", "٣", "0001", "-0", "9223372036854775808", "AAA",
            "STANDARD\u0000", "fr-FR;q=0.9,*;q=0.1", "zgh-Tfng", "a".repeat(129), "\uDC00", "<!--", "$(reboot)");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();
    final AtomicInteger sent = new AtomicInteger();
    final Set<String> issuedNumbers = new HashSet<>();

    @Test
    void noHostileInputGetsA5xxARedirectAnAnswerThatIsNotAProblemOrAStoredRefusal() throws Exception {
        long center = fixtures.center();
        String code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('A'), fixtures.service('B'));
        String credential = fixtures.kiosk(center, "tickets-per-minute = 100000");
        JsonNode api = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        Map<String, String> valid = Map.of("center", code, "link", "unknown", "id", UUID.randomUUID().toString(),
                "page", "1", "per_page", "10", "Idempotency-Key", "", "Authorization", "Bearer " + credential);
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String method = operation.getKey().toUpperCase();
            JsonNode op = operation.getValue();
            List<JsonNode> parameters = new ArrayList<>();
            op.path("parameters").forEach(parameters::add);
            JsonNode body = bodySchema(api, op);
            boolean secured = op.has("security");
            // one hostile value in one place at a time, everything else valid: each check goes as deep as it can
            for (JsonNode parameter : parameters) {
                for (String value : HOSTILE) {
                    Map<String, String> values = new LinkedHashMap<>(valid);
                    values.put(parameter.get("name").asString(), value);
                    send(method, path.getKey(), parameters, values, secured, body == null ? null : validBody(body));
                }
            }
            for (String header : List.of("Authorization", "Idempotency-Key", "Accept-Language")) {
                if (parameters.stream().noneMatch(p -> p.get("name").asString().equals(header)) && (secured || header.equals("Accept-Language"))) {
                    for (String value : HOSTILE) {
                        Map<String, String> values = new LinkedHashMap<>(valid);
                        values.put(header, value);
                        send(method, path.getKey(), parameters, values, secured, body == null ? null : validBody(body));
                    }
                }
            }
            if (body != null) {
                for (String field : fieldsOf(body)) {
                    for (String value : HOSTILE) {
                        ObjectNode hostile = validBody(body);
                        hostile.put(field, value);
                        send(method, path.getKey(), parameters, valid, secured, hostile);
                    }
                    for (Object wrongType : List.of(42, -1.5, true, List.of("A"), Map.of("a", 1))) {
                        ObjectNode hostile = validBody(body);
                        hostile.set(field, json.valueToTree(wrongType));
                        send(method, path.getKey(), parameters, valid, secured, hostile);
                    }
                    ObjectNode missing = validBody(body);
                    missing.remove(field);
                    send(method, path.getKey(), parameters, valid, secured, missing);
                }
                for (String raw : List.of("", "not json", "{", "[]", "null", "{\"service\":", "\u0000", "{}".repeat(100_000))) {
                    sendRaw(method, path.getKey(), parameters, valid, secured, raw);
                }
            }
        }));
        for (String path : List.of("/api/v1/centers/" + code + "/tickets", "/api/v1/tickets/x", "/api/hsds/services")) {
            for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
                sendRaw(method, path, List.of(), valid, false, null);
            }
        }
        signInFormProbes();

        assertThat(sent.get()).isGreaterThanOrEqualTo(1000);
        // nothing stored that was refused: the center holds exactly the tickets the 201s announced
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Integer.class).single())
                .isEqualTo(issuedNumbers.size());
    }

    /** The sign-in form, the one HTTP form of the hub: never a 5xx, always back to the sign-in page. */
    private void signInFormProbes() throws Exception {
        int address = 0;
        for (String value : HOSTILE) {
            for (boolean asUsername : new boolean[] {true, false}) {
                String form = "username=" + enc(asUsername ? value : "agent-nobody") + "&password=" + enc(asUsername ? "x" : value);
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "198.18." + (address / 250) + "." + (address++ % 250 + 1))
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                sent.incrementAndGet();
                assertThat(answer.statusCode()).as("sign-in with " + shown(value)).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location")).as("sign-in with " + shown(value))
                        .hasValueSatisfying(l -> assertThat(l).matches(".*/login\\?(error|locked|busy)$"));
            }
        }
    }

    private void send(String method, String template, List<JsonNode> parameters, Map<String, String> values, boolean secured,
            ObjectNode body) {
        sendRaw(method, template, parameters, values, secured, body == null ? null : body.toString());
    }

    private void sendRaw(String method, String template, List<JsonNode> parameters, Map<String, String> values, boolean secured,
            String body) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asString();
            String value = values.getOrDefault(name, "1");
            switch (parameter.get("in").asString()) {
                case "path" -> path = path.replace("{" + name + "}", enc(value).replace("+", "%20"));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(enc(value));
                default -> { }
            }
        }
        String description = shown(method + " " + path + query) + " " + (body == null ? "" : shown(body)) + " " + shown(values.toString());
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base() + path + query));
        } catch (IllegalArgumentException notAnAddress) {
            return; // a value no client can put in an address at all
        }
        request.header("X-Forwarded-For", "198.19.0.1");
        for (String header : List.of("Authorization", "Idempotency-Key", "Accept-Language")) {
            String value = header.equals("Idempotency-Key") && values.get(header).isEmpty() ? "k-" + UUID.randomUUID()
                    : values.get(header) == null ? null : values.get(header);
            if (value != null && (secured || header.equals("Accept-Language")) && headerAllowed(value)) {
                request.header(header, value);
            }
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("no answer to " + description, e);
        }
        sent.incrementAndGet();
        int status = answer.statusCode();
        assertThat(status).as(description).isLessThan(500);
        assertThat(status / 100).as("no redirect: " + description).isNotEqualTo(3);
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 400) {
            assertThat(type).as(description).startsWith("application/problem+json");
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("status").asInt()).as(description).isEqualTo(status);
            assertThat(problem.get("detail").asString()).as(description).isNotBlank();
        } else if (!answer.body().isEmpty()) {
            // (OPTIONS answers its Allow header with no body)
            assertThat(type).as(description).startsWith("application/json");
        }
        if (status == 201) {
            issuedNumbers.add(json.readTree(answer.body()).get("number").asString());
        }
    }

    /** What java.net.http lets a client send as a header value at all (raw bytes are probed in ApiErrorsTest). */
    private static boolean headerAllowed(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t') && value.length() < 8000;
    }

    private static JsonNode bodySchema(JsonNode api, JsonNode operation) {
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (schema.isMissingNode()) {
            return null;
        }
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : api.at(ref.substring(1));
    }

    private static List<String> fieldsOf(JsonNode schema) {
        List<String> fields = new ArrayList<>();
        schema.path("properties").properties().forEach(p -> fields.add(p.getKey()));
        return fields;
    }

    private ObjectNode validBody(JsonNode schema) {
        ObjectNode body = json.createObjectNode();
        Map<String, String> good = Map.of("service", "A", "priority", "STANDARD", "language", "fr");
        fieldsOf(schema).forEach(field -> body.put(field, good.getOrDefault(field, "x")));
        return body;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shown(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…(" + value.length() + ")" : value;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
