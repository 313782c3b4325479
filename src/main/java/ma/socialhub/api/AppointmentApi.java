package ma.socialhub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.BookingChannel;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.Bookings;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.kiosk.KioskTickets;
import ma.socialhub.kiosk.KioskTickets.Kiosk;
import ma.socialhub.ticketing.PriorityClass;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Appointments through the integration API, with the credentials, idempotency and problem details
 * of tickets: the free times of a service on a day, booking one, reading and cancelling it through
 * its signed link. Bad input is told precisely (a past time, a closed day, a time that is not a
 * slot, a full one), in the caller's language.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class AppointmentApi {

    private final Bookings bookings;
    private final Catalog catalog;
    private final ApiChecks checks;

    AppointmentApi(Bookings bookings, Catalog catalog, ApiChecks checks) {
        this.bookings = bookings;
        this.catalog = catalog;
        this.checks = checks;
    }

    @Operation(summary = "The free times of a service at a center on a day",
            security = @SecurityRequirement(name = "kioskCredential"))
    @GetMapping("/centers/{center}/appointments/free")
    List<FreeTimeView> free(@PathVariable String center, @RequestParam String service, @RequestParam String date,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
        Kiosk kiosk = checks.caller(authorization);
        Center place = checks.center(center);
        SocialService offered = checks.service(place, service);
        ApiChecks.allowed(kiosk, place, offered);
        LocalDate day = parse(() -> LocalDate.parse(date), "date");
        return bookings.freeSlots(place.id(), offered.id(), day).stream().map(FreeTimeView::of).toList();
    }

    @Operation(summary = "Book an appointment at a center",
            description = "Authenticated by a kiosk or integration credential (Bearer <kiosk-id>.<secret>). A repeated request "
                    + "with the same Idempotency-Key returns the same appointment; the same key with another request is refused "
                    + "with 422. 422 also when the time cannot be booked (code: past, closed, too far, not a slot); 409 when it is full.",
            security = @SecurityRequirement(name = "kioskCredential"))
    @PostMapping(path = "/centers/{center}/appointments", consumes = "application/json")
    ResponseEntity<AppointmentView> book(@PathVariable String center,
            @Parameter(description = "Bearer <kiosk-id>.<secret>") @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @Parameter(description = "One key per appointment request, 1 to 128 characters") @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody AppointmentRequest request) {
        Kiosk kiosk = checks.caller(authorization);
        checks.valid(request);
        LocalDate day = parse(() -> LocalDate.parse(request.date()), "date");
        LocalTime time = parse(() -> LocalTime.parse(request.time()), "time");
        String key = checks.idempotencyKey(idempotencyKey);
        Center place = checks.center(center);
        SocialService service = checks.service(place, request.service());
        ApiChecks.allowed(kiosk, place, service);
        BookResult result = bookings.book(new BookingRequest(place.id(), service.id(), day, time,
                HubLanguage.ofTag(request.language()).orElseThrow(), PriorityClass.valueOf(request.priority()), null, false, null,
                BookingChannel.API, kiosk.config().kioskId(), key));
        return switch (result) {
            case BookResult.Booked booked -> ResponseEntity.status(HttpStatus.CREATED).location(statusUrl(booked.link()))
                    .body(view(booked.booking(), booked.link()));
            case BookResult.NotBookable not -> throw new ApiProblem.Unprocessable(switch (not.reason()) {
                case PAST -> "api.appointment.past";
                case CLOSED -> "api.appointment.closed";
                case TOO_FAR -> "api.appointment.tooFar";
                case NOT_A_SLOT -> "api.appointment.notASlot";
            });
            case BookResult.SlotFull full -> throw new ApiProblem.Conflict("api.appointment.full");
            case BookResult.ServiceNotOffered gone -> throw new ApiProblem.NotFound("api.serviceNotFound");
            case BookResult.KeyUsedForAnotherRequest reused -> throw new ApiProblem.KeyReused();
            // the API sends no phone number and no address: these limits are the public page's
            case BookResult.PhoneInvalid ignored -> throw new IllegalStateException("no phone through the API");
            case BookResult.ConsentMissing ignored -> throw new IllegalStateException("no phone through the API");
            case BookResult.TooManyForPhone ignored -> throw new IllegalStateException("no phone through the API");
            case BookResult.TooManyFromAddress quota -> throw new ApiProblem.TooManyRequests(3600, "api.appointment.quota");
            case BookResult.NotChangeable ignored -> throw new IllegalStateException("a new booking is not a change");
        };
    }

    @Operation(summary = "An appointment, from the signed link of its page")
    @GetMapping("/appointments/{link}")
    AppointmentView status(@PathVariable String link) {
        Booking booking = bookings.byLink(link).orElseThrow(() -> new ApiProblem.NotFound("api.appointment.notFound"));
        return view(booking, link);
    }

    @Operation(summary = "Cancel an appointment still to come, from the signed link of its page; its place is free again")
    @DeleteMapping("/appointments/{link}")
    AppointmentView cancel(@PathVariable String link) {
        Booking booking = bookings.byLink(link).orElseThrow(() -> new ApiProblem.NotFound("api.appointment.notFound"));
        return bookings.cancel(link).map(b -> view(b, link))
                .orElseThrow(() -> new ApiProblem.Conflict("api.appointment.notCancellable." + booking.state().name()));
    }

    private AppointmentView view(Booking booking, String link) {
        return AppointmentView.of(booking, catalog.center(booking.centerId()).orElseThrow(),
                catalog.service(booking.serviceId()).orElseThrow(), link, statusUrl(link).toString());
    }

    private static <T> T parse(java.util.function.Supplier<T> parse, String field) {
        try {
            return parse.get();
        } catch (DateTimeException notADate) {
            throw new ApiProblem.InvalidBody(List.of(field));
        }
    }

    private static URI statusUrl(String link) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/appointments/{link}").buildAndExpand(link).toUri();
    }

}
