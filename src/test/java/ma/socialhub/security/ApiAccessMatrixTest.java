package ma.socialhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every API endpoint (as the OpenAPI description lists them) walked over real HTTP by every kind
 * of caller: anonymous, a staff member of each role signed in, the center's kiosk credential and
 * another center's. Only a kiosk of the center takes tickets or books times there; the reading
 * endpoints are public by design (a ticket or an appointment by its signed link, the HSDS
 * catalogue), and whoever holds an appointment's link may cancel it.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiAccessMatrixTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyApiEndpointAnswersEachKindOfCallerAsDecided() throws Exception {
        long center = fixtures.center();
        fixtures.counter(center, "1", fixtures.service('A'));
        long other = fixtures.center();
        fixtures.counter(other, "1", fixtures.service('A'));
        String kiosk = fixtures.kiosk(center);
        String otherKiosk = fixtures.kiosk(other);
        String code = fixtures.code(center);

        // a ticket to read back
        HttpResponse<String> issued = send(HttpClient.newHttpClient(), post("/api/v1/centers/" + code + "/tickets", kiosk));
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = json.readTree(issued.body()).get("token").asString();

        Map<String, HttpClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", HttpClient.newHttpClient());
        for (String role : List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INCUBATOR)) {
            String username = Roles.AGENT.equals(role) ? fixtures.agent(center)
                    : Roles.INCUBATOR.equals(role) ? fixtures.partner(fixtures.incubator(9)) : fixtures.staff(role, null, null);
            callers.put(role, signedIn(username));
        }

        List<String> wrong = new ArrayList<>();
        for (var caller : callers.entrySet()) {
            expect(wrong, caller.getKey(), caller.getValue(), post("/api/v1/centers/" + code + "/tickets", null), 401);
        }
        expect(wrong, "kiosk of the center", HttpClient.newHttpClient(), post("/api/v1/centers/" + code + "/tickets", kiosk), 201);
        expect(wrong, "kiosk of another center", HttpClient.newHttpClient(), post("/api/v1/centers/" + code + "/tickets", otherKiosk), 403);
        expect(wrong, "a forged credential", HttpClient.newHttpClient(),
                post("/api/v1/centers/" + code + "/tickets", kiosk.substring(0, kiosk.indexOf('.') + 1) + "forged"), 401);
        // appointments, at a center that keeps hours (the others take tickets at any hour): a weekday a
        // week ahead, its first free time, booked by that center's kiosk only
        long booking = fixtures.center();
        fixtures.counter(booking, "1", fixtures.service('A'));
        fixtures.openWeekdays(booking);
        String bookingKiosk = fixtures.kiosk(booking);
        String bookingCode = fixtures.code(booking);
        LocalDate day = LocalDate.now().plusDays(7);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        String free = "/api/v1/centers/" + bookingCode + "/appointments/free?service=A&date=" + day;
        HttpResponse<String> times = send(HttpClient.newHttpClient(), get(free, bookingKiosk));
        assertThat(times.statusCode()).isEqualTo(200);
        String time = json.readTree(times.body()).get(0).get("time").asString();
        String body = "{\"service\": \"A\", \"date\": \"" + day + "\", \"time\": \"" + time
                + "\", \"priority\": \"STANDARD\", \"language\": \"fr\"}";
        for (var caller : callers.entrySet()) {
            expect(wrong, caller.getKey(), caller.getValue(), post("/api/v1/centers/" + bookingCode + "/appointments", null, body), 401);
            expect(wrong, caller.getKey(), caller.getValue(), get(free, null), 401);
        }
        expect(wrong, "kiosk of another center", HttpClient.newHttpClient(), get(free, otherKiosk), 403);
        expect(wrong, "kiosk of another center", HttpClient.newHttpClient(),
                post("/api/v1/centers/" + bookingCode + "/appointments", otherKiosk, body), 403);
        HttpResponse<String> booked = send(HttpClient.newHttpClient(),
                post("/api/v1/centers/" + bookingCode + "/appointments", bookingKiosk, body));
        assertThat(booked.statusCode()).isEqualTo(201);
        String link = json.readTree(booked.body()).get("link").asString();
        List<String> publicReads = List.of("/api/v1/tickets/" + token, "/api/v1/appointments/" + link, "/api/hsds/services", "/api/hsds/organizations",
                "/api/hsds/service_at_locations", "/v3/api-docs");
        for (var caller : callers.entrySet()) {
            for (String path : publicReads) {
                expect(wrong, caller.getKey(), caller.getValue(), HttpRequest.newBuilder(url(path)).GET().build(), 200);
            }
            expect(wrong, caller.getKey(), caller.getValue(),
                    HttpRequest.newBuilder(url("/api/hsds/services/" + UUID.randomUUID())).GET().build(), 404);
        }
        // the signed link is the proof: whoever holds it may cancel, a forged one finds nothing
        expect(wrong, "anonymous, forged link", HttpClient.newHttpClient(),
                HttpRequest.newBuilder(url("/api/v1/appointments/" + link.substring(0, link.length() - 2) + "zz")).DELETE().build(), 404);
        expect(wrong, "anonymous, the link", HttpClient.newHttpClient(), HttpRequest.newBuilder(url("/api/v1/appointments/" + link))
                .DELETE().build(), 200);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theOpenApiDescriptionListsExactlyTheEndpointsThisMatrixCovers() throws Exception {
        JsonNode paths = json.readTree(send(HttpClient.newHttpClient(), HttpRequest.newBuilder(url("/v3/api-docs")).GET().build()).body())
                .get("paths");
        Set<String> described = new TreeSet<>();
        paths.propertyNames().forEach(path -> paths.get(path).propertyNames().forEach(method -> described.add(method + " " + path)));
        assertThat(described).containsExactlyInAnyOrder("post /api/v1/centers/{center}/tickets", "get /api/v1/tickets/{link}",
                "post /api/v1/centers/{center}/appointments", "get /api/v1/centers/{center}/appointments/free",
                "get /api/v1/appointments/{link}", "delete /api/v1/appointments/{link}",
                "get /api/hsds/services", "get /api/hsds/services/{id}", "get /api/hsds/organizations",
                "get /api/hsds/service_at_locations");
    }

    private void expect(List<String> wrong, String who, HttpClient client, HttpRequest request, int status) throws Exception {
        int actual = send(client, request).statusCode();
        if (actual != status) {
            wrong.add(who + " " + request.method() + " " + request.uri().getPath() + ": " + actual + " instead of " + status);
        }
    }

    private HttpRequest post(String path, String credential) {
        return post(path, credential, "{\"service\": \"A\", \"priority\": \"STANDARD\", \"language\": \"fr\"}");
    }

    private HttpRequest get(String path, String credential) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        return request.build();
    }

    private HttpRequest post(String path, String credential, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        return request.build();
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        send(client, HttpRequest.newBuilder(url("/login")).GET().build());
        HttpResponse<String> login = send(client, HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=secret-pass")).build());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
