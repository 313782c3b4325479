package ma.socialhub.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A request for a ticket: the service letter, the priority class and the ticket's language. */
record TicketRequest(
        @NotNull @Pattern(regexp = "[A-Z]") String service,
        @NotNull @Pattern(regexp = "STANDARD|PRIORITY") String priority,
        @NotNull @Pattern(regexp = "ar|zgh|fr|en") String language) {
}
