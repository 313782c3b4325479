package ma.socialhub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Locale;
import ma.socialhub.base.i18n.HubLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's catalogue as Open Referral HSDS 3.0, for other directories (211-style services,
 * municipal portals): organizations, services and where they are offered, paginated as HSDS's API
 * says ({@code page}, {@code per_page}; {@code total_items}, {@code total_pages}, ...). Public and
 * read-only; names in the language of {@code Accept-Language} (French when none of the hub's).
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = {"application/json", "application/problem+json"})
class HsdsApi {

    static final int MAX_PER_PAGE = 200;

    private final HsdsCatalogue catalogue;
    private final ApiProblems problems;

    HsdsApi(HsdsCatalogue catalogue, ApiProblems problems) {
        this.catalogue = catalogue;
        this.problems = problems;
    }

    @Operation(summary = "Services (HSDS 3.0)")
    @GetMapping("/services")
    HsdsModel.Page<HsdsModel.Service> services(@RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        return catalogue.services(page(page), perPage(perPage), language(language));
    }

    @Operation(summary = "One service (HSDS 3.0)")
    @GetMapping("/services/{id}")
    ResponseEntity<?> service(@PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        HubLanguage lang = language(language);
        return catalogue.service(id, lang).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problems.response(HttpStatus.NOT_FOUND, "api.hsds.notFound", lang.locale()));
    }

    @Operation(summary = "Organizations (HSDS 3.0)")
    @GetMapping("/organizations")
    HsdsModel.Page<HsdsModel.Organization> organizations(@RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        return catalogue.organizations(page(page), perPage(perPage), language(language));
    }

    @Operation(summary = "Services at locations (HSDS 3.0)")
    @GetMapping("/service_at_locations")
    HsdsModel.Page<HsdsModel.ServiceAtLocation> servicesAtLocations(@RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "50") int perPage,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        return catalogue.servicesAtLocations(page(page), perPage(perPage), language(language));
    }

    private static int page(int page) {
        return Math.max(1, page);
    }

    private static int perPage(int perPage) {
        return Math.max(1, Math.min(MAX_PER_PAGE, perPage));
    }

    private static HubLanguage language(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return HubLanguage.FRENCH;
        }
        try {
            return Locale.LanguageRange.parse(header).stream().map(r -> Locale.forLanguageTag(r.getRange()))
                    .flatMap(l -> HubLanguage.of(l).stream()).findFirst().orElse(HubLanguage.FRENCH);
        } catch (IllegalArgumentException malformed) {
            return HubLanguage.FRENCH;
        }
    }
}
