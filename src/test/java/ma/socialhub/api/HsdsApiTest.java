package ma.socialhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HSDS 3.0 export over real HTTP, every response validated against the official schemas kept in
 * src/test/resources/hsds (see its README for their source and licence).
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HsdsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    final HttpClient http = HttpClient.newHttpClient();

    long center;

    @BeforeEach
    void aCenterAndAPartner() {
        center = fixtures.center();
        fixtures.counter(center, "1", fixtures.service('A'), fixtures.service('B'));
        fixtures.incubator(9);
    }

    @Test
    void everyPageOfServicesIsValidHsdsAndThePagesAddUpToTheTotal() throws Exception {
        var first = get("/api/hsds/services?per_page=3");
        assertThat(first.statusCode()).isEqualTo(200);
        var page = JSON.readTree(first.body());
        assertValid("page", page);
        int total = page.get("total_items").asInt();
        int pages = page.get("total_pages").asInt();
        assertThat(pages).isEqualTo((total + 2) / 3);
        assertThat(page.get("first_page").asBoolean()).isTrue();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n <= pages; n++) {
            var body = JSON.readTree(get("/api/hsds/services?per_page=3&page=" + n).body());
            assertValid("page", body);
            assertThat(body.get("page_number").asInt()).isEqualTo(n);
            assertThat(body.get("last_page").asBoolean()).isEqualTo(n == pages);
            for (var service : body.get("contents")) {
                assertValid("service_list.json", service);
                ids.add(service.get("id").asText());
            }
        }
        assertThat(ids).hasSize(total);
        var beyond = JSON.readTree(get("/api/hsds/services?per_page=3&page=" + (pages + 1)).body());
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents")).isEmpty();
    }

    @Test
    void aServiceIsFoundByItsIdInTheAskedLanguageWithItsArabicNameAsAlternate() throws Exception {
        String id = HsdsIds.of(HsdsIds.Kind.CENTER_SERVICE, center, fixtures.service('A'));
        var french = get("/api/hsds/services/" + id);
        assertThat(french.statusCode()).isEqualTo(200);
        var service = JSON.readTree(french.body());
        assertValid("service_list.json", service);
        assertThat(service.get("name").asText()).isEqualTo("Service A");
        assertThat(service.get("alternate_name").asText()).isEqualTo("خدمة A");
        assertThat(service.get("organization").get("name").asText()).isEqualTo("Centre de test");

        var arabic = JSON.readTree(get("/api/hsds/services/" + id, "ar-MA,ar;q=0.9").body());
        assertThat(arabic.get("name").asText()).isEqualTo("خدمة A");
        assertThat(arabic.get("alternate_name").asText()).isEqualTo("Service A");
    }

    @Test
    void anUnknownOrMalformedServiceIdIsA404ProblemAndABadPageA400() throws Exception {
        var unknown = get("/api/hsds/services/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(get("/api/hsds/services/not-a-uuid").statusCode()).isEqualTo(404);
        assertThat(get("/api/hsds/services?page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void organizationsAndServicesAtLocationsAreValidHsds() throws Exception {
        var organizations = JSON.readTree(get("/api/hsds/organizations?per_page=200").body());
        assertValid("page", organizations);
        for (var organization : organizations.get("contents")) {
            assertValid("organization_list.json", organization);
        }
        var atLocations = JSON.readTree(get("/api/hsds/service_at_locations?per_page=200").body());
        assertValid("page", atLocations);
        for (var item : atLocations.get("contents")) {
            assertValid("service_at_location_list.json", item);
            assertThat(item.get("location").get("location_type").asText()).isEqualTo("physical");
            assertThat(item.get("service_id").asText()).isEqualTo(item.get("service").get("id").asText());
        }
        assertThat(organizations.get("contents").findValuesAsText("name")).contains("Centre de test");
    }

    @Test
    void theIdsDecodeBackToWhatTheyName() {
        String id = HsdsIds.of(HsdsIds.Kind.PARTNER_SERVICE_AT_LOCATION, 4_000_000_000L, 123_456_789_012L);
        assertThat(UUID.fromString(id).version()).isEqualTo(8);
        assertThat(HsdsIds.decode(id)).contains(new HsdsIds.Decoded(HsdsIds.Kind.PARTNER_SERVICE_AT_LOCATION, 4_000_000_000L,
                123_456_789_012L));
        assertThat(HsdsIds.decode(UUID.randomUUID().toString())).isEmpty();
    }

    private void assertValid(String schemaName, JsonNode json) throws IOException {
        JsonSchema schema = "page".equals(schemaName) ? pageSchema() : schema(schemaName);
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).as(schemaName + " " + json).isEmpty();
    }

    /** HSDS's Page, from the specification's OpenAPI description: the seven pagination fields and their types. */
    private static JsonSchema pageSchema() throws IOException {
        try (InputStream in = HsdsApiTest.class.getResourceAsStream("/hsds/openapi.json")) {
            var page = JSON.readTree(in).get("components").get("schemas").get("Page");
            var required = JSON.createArrayNode();
            List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents")
                    .forEach(required::add);
            var withContents = ((ObjectNode) page.deepCopy());
            ((ObjectNode) withContents.get("properties")).putObject("contents").put("type", "array");
            withContents.set("required", required);
            return SCHEMAS.getSchema(withContents, CONFIG);
        }
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = HsdsApiTest.class.getResourceAsStream("/hsds/" + name)) {
            return SCHEMAS.getSchema(JSON.readTree(in), CONFIG);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
