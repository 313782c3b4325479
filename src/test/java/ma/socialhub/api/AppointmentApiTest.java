package ma.socialhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.base.security.Roles;
import ma.socialhub.schedule.BookingRule;
import ma.socialhub.schedule.ScheduleAdmin;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Appointments through the integration API over real HTTP: booking, idempotency, and every kind of bad input. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AppointmentApiTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ScheduleAdmin admin;
    @Autowired TestClock clock;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    long center;
    String code;
    String credential;

    @BeforeEach
    void aCenterOpenOnWeekdaysWithOnePlaceATime() {
        clock.pin(MONDAY.minusDays(7).atTime(9, 0).atZone(CASABLANCA).toInstant());
        center = fixtures.center();
        code = fixtures.code(center);
        long service = fixtures.service('A');
        fixtures.counters(center, 2, service, fixtures.service('B'));
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        fixtures.openWeekdays(center);
        admin.setRule(center, service, new BookingRule(50, 30, 15));
        fixtures.signOut();
        credential = fixtures.kiosk(center, "services = A");
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aFreeTimeIsBookedWithItsCodeWindowAndLinkAndTheSameKeyFindsItAgain() throws Exception {
        HttpResponse<String> free = send(get("/api/v1/centers/" + code + "/appointments/free?service=A&date=" + MONDAY, credential));
        assertThat(free.statusCode()).isEqualTo(200);
        assertThat(json.readTree(free.body()).get(0).get("time").asString()).isEqualTo("08:30");

        HttpResponse<String> booked = send(post(code, credential, "key-1", body("A", MONDAY, "10:00")));
        assertThat(booked.statusCode()).isEqualTo(201);
        JsonNode appointment = json.readTree(booked.body());
        assertThat(appointment.get("code").asString()).matches("[0-9]{6}");
        assertThat(appointment.get("startsAt").asString()).isEqualTo("2033-05-02T09:00:00Z");
        assertThat(appointment.get("checkInFrom").asString()).isEqualTo("2033-05-02T08:30:00Z");
        assertThat(appointment.get("state").asString()).isEqualTo("BOOKED");
        assertThat(booked.headers().firstValue("Location")).contains(appointment.get("statusUrl").asString());

        HttpResponse<String> again = send(post(code, credential, "key-1", body("A", MONDAY, "10:00")));
        assertThat(json.readTree(again.body()).get("code").asString()).isEqualTo(appointment.get("code").asString());
        HttpResponse<String> other = send(post(code, credential, "key-1", body("A", MONDAY, "11:00")));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json.readTree(other.body()).get("code").asString()).isEqualTo("api.idempotencyKeyReused");
    }

    @Test
    void aFullTimeIsAConflictForAllButOneOfManyCallersAtOnce() throws Exception {
        List<Integer> statuses = Together.run(8, thread -> send(post(code, credential, "race-" + thread, body("A", MONDAY, "10:00")))
                .statusCode());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
    }

    @Test
    void pastClosedFarAndOffSlotTimesAreRefusedWithTheirReasonInTheCallersLanguage() throws Exception {
        assertProblem(send(post(code, credential, "p", body("A", MONDAY.minusDays(8), "10:00")), "ar"), 422, "api.appointment.past",
                "مضى");
        assertProblem(send(post(code, credential, "c", body("A", MONDAY.plusDays(5), "10:00")), "fr"), 422, "api.appointment.closed",
                "fermé");
        assertProblem(send(post(code, credential, "f", body("A", MONDAY.plusDays(60), "10:00")), "en"), 422, "api.appointment.tooFar",
                "too far");
        assertProblem(send(post(code, credential, "s", body("A", MONDAY, "10:05")), "fr"), 422, "api.appointment.notASlot", "free");
        assertProblem(send(post(code, credential, "u", body("Q", MONDAY, "10:00")), "fr"), 404, "api.serviceNotFound", "lettre");
        assertProblem(send(post(code, credential, "b", body("B", MONDAY, "10:00")), "fr"), 403, "api.forbidden", "clé");
        HttpResponse<String> badTime = send(post(code, credential, "d", body("A", MONDAY, "25:00")), "fr");
        assertProblem(badTime, 400, "api.invalidBody", "demande");
        assertThat(json.readTree(badTime.body()).get("errors").get("time").asString()).contains("HH:MM");
        HttpResponse<String> badDate = send(post(code, credential, "e", "{\"service\":\"A\",\"date\":\"2033-02-30\",\"time\":\"10:00\","
                + "\"priority\":\"STANDARD\",\"language\":\"fr\"}"), "fr");
        assertProblem(badDate, 400, "api.invalidBody", "demande");
        assertThat(json.readTree(badDate.body()).get("errors").get("date").asString()).contains("AAAA-MM-JJ");
        assertProblem(send(post(code, credential + "x", "g", body("A", MONDAY, "10:00")), "fr"), 401, "api.unauthorized", "clé");
    }

    @Test
    void anAppointmentIsReadAndCancelledThroughItsLinkOnceAndAForgedLinkFindsNothing() throws Exception {
        JsonNode appointment = json.readTree(send(post(code, credential, "k", body("A", MONDAY, "10:00"))).body());
        URI status = URI.create(appointment.get("statusUrl").asString());

        HttpResponse<String> cancelled = send(HttpRequest.newBuilder(status).DELETE());
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json.readTree(cancelled.body()).get("state").asString()).isEqualTo("CANCELLED");
        assertProblem(send(HttpRequest.newBuilder(status).DELETE()), 409, "api.appointment.notCancellable.CANCELLED", "");
        assertThat(send(post(code, credential, "k2", body("A", MONDAY, "10:00"))).statusCode()).as("its place is free").isEqualTo(201);

        URI forged = URI.create(status.toString().substring(0, status.toString().length() - 2) + "zz");
        assertProblem(send(HttpRequest.newBuilder(forged).GET()), 404, "api.appointment.notFound", "");
    }

    private void assertProblem(HttpResponse<String> response, int status, String key, String inText) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo(key);
        assertThat(problem.get("detail").asString()).contains(inText);
    }

    private static String body(String service, LocalDate date, String time) {
        return "{\"service\": \"" + service + "\", \"date\": \"" + date + "\", \"time\": \"" + time
                + "\", \"priority\": \"STANDARD\", \"language\": \"fr\"}";
    }

    private HttpRequest.Builder post(String centerCode, String bearer, String key, String body) {
        return HttpRequest.newBuilder(URI.create(base() + "/api/v1/centers/" + centerCode + "/appointments"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder get(String path, String bearer) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + bearer).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, "fr");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String language) throws Exception {
        return http.send(request.header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
