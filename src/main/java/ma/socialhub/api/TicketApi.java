package ma.socialhub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.kiosk.KioskTickets;
import ma.socialhub.kiosk.KioskTickets.Kiosk;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The integration API, for a mobile app, an SMS gateway or an appointment system: take a ticket
 * as a registered kiosk does (same credential, same idempotency, same rate limit, same numbers),
 * and read a ticket's state from its signed link. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class TicketApi {

    private final KioskTickets kioskTickets;
    private final Tickets tickets;
    private final Catalog catalog;
    private final ApiChecks checks;

    TicketApi(KioskTickets kioskTickets, Tickets tickets, Catalog catalog, ApiChecks checks) {
        this.checks = checks;
        this.kioskTickets = kioskTickets;
        this.tickets = tickets;
        this.catalog = catalog;
    }

    @Operation(summary = "Take a ticket at a center",
            description = "Authenticated by a kiosk or integration credential (Bearer <kiosk-id>.<secret>). "
                    + "A repeated request with the same Idempotency-Key (kept a day, per credential) returns the same "
                    + "ticket; the same key with another request is refused with 422.",
            security = @SecurityRequirement(name = "kioskCredential"))
    @PostMapping(path = "/centers/{center}/tickets", consumes = "application/json")
    ResponseEntity<TicketView> issue(
            @PathVariable String center,
            @Parameter(description = "Bearer <kiosk-id>.<secret>") @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @Parameter(description = "One key per ticket request, 1 to 128 characters") @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody TicketRequest request) {
        Kiosk kiosk = checks.caller(authorization);
        checks.valid(request);
        String key = checks.idempotencyKey(idempotencyKey);
        Center place = checks.center(center);
        SocialService service = checks.service(place, request.service());
        ApiChecks.allowed(kiosk, place, service);
        IssueResult result = kioskTickets.issueForRequest(ApiChecks.bearer(authorization).orElseThrow(), place.code(), service.id(),
                PriorityClass.valueOf(request.priority()), HubLanguage.ofTag(request.language()).orElseThrow(), key);
        return switch (result) {
            // a repeated request gets the first one's answer: the ticket as it is, with its own service
            case IssueResult.Issued issued -> ResponseEntity.status(HttpStatus.CREATED)
                    .location(statusUrl(issued.ticket())).body(view(issued.ticket(), place,
                            catalog.service(issued.ticket().serviceId()).orElseThrow()));
            case IssueResult.RateLimited limited -> throw new ApiProblem.TooManyRequests(limited.retryAfterSeconds());
            case IssueResult.ServiceNotOffered notOffered -> throw new ApiProblem.NotFound("api.serviceNotFound");
            case IssueResult.DayOver over -> throw new ApiProblem.Conflict("api.dayOver");
            case IssueResult.KeyUsedForAnotherRequest reused -> throw new ApiProblem.KeyReused();
        };
    }

    @Operation(summary = "The state of a ticket, from the signed link in its QR code")
    @GetMapping("/tickets/{link}")
    TicketView status(@PathVariable String link) {
        Ticket ticket = tickets.byLink(link).orElseThrow(() -> new ApiProblem.NotFound("api.ticketNotFound"));
        Center place = catalog.center(ticket.centerId()).orElseThrow();
        SocialService service = catalog.service(ticket.serviceId()).orElseThrow();
        return view(ticket, place, service);
    }

    private TicketView view(Ticket ticket, Center place, SocialService service) {
        return TicketView.of(ticket, place, service, tickets.peopleAhead(ticket), tickets.estimate(ticket),
                tickets.linkOf(ticket), statusUrl(ticket).toString());
    }

    private URI statusUrl(Ticket ticket) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/tickets/{link}")
                .buildAndExpand(tickets.linkOf(ticket)).toUri();
    }

}
