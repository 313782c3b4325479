package ma.socialhub.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.kiosk.KioskTickets;
import ma.socialhub.kiosk.KioskTickets.Kiosk;
import ma.socialhub.ticketing.RequestKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks every request of the integration API goes through, in this order: who asks (the
 * credential) before what is asked, so that an unknown caller learns nothing about the rules; then
 * the body, the idempotency key, the center and the service, and whether this credential's kiosk
 * may act for them. Each failure is an {@link ApiProblem}.
 */
@Component
class ApiChecks {

    private final KioskTickets kioskTickets;
    private final Catalog catalog;
    private final Validator validator;

    ApiChecks(KioskTickets kioskTickets, Catalog catalog, Validator validator) {
        this.kioskTickets = kioskTickets;
        this.catalog = catalog;
        this.validator = validator;
    }

    Kiosk caller(@Nullable String authorization) {
        return bearer(authorization).flatMap(kioskTickets::authenticate).orElseThrow(ApiProblem.Unauthorized::new);
    }

    <T> void valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ApiProblem.InvalidBody(violations.stream().map(v -> v.getPropertyPath().toString()).toList());
        }
    }

    String idempotencyKey(@Nullable String key) {
        if (key == null || !RequestKey.isValid(key)) {
            throw new ApiProblem.BadRequest("api.idempotencyKey");
        }
        return key;
    }

    Center center(String code) {
        return catalog.centerByCode(code).orElseThrow(() -> new ApiProblem.NotFound("api.centerNotFound"));
    }

    SocialService service(Center place, String letter) {
        return catalog.servicesAt(place.id()).stream().filter(s -> String.valueOf(s.letter()).equals(letter)).findFirst()
                .orElseThrow(() -> new ApiProblem.NotFound("api.serviceNotFound"));
    }

    /** The kiosk acts only at its own center and for the services it shows. */
    static void allowed(Kiosk kiosk, Center place, SocialService service) {
        if (!kiosk.center().code().equals(place.code()) || kiosk.services().stream().noneMatch(s -> s.id() == service.id())) {
            throw new ApiProblem.Forbidden();
        }
    }

    static Optional<String> bearer(@Nullable String authorization) {
        return Optional.ofNullable(authorization).filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(a -> a.substring(7).strip()).filter(a -> !a.isEmpty());
    }
}
