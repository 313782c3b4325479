package ma.socialhub.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A request for an appointment: the service letter, the day and time on the center's clock, the priority and the language. */
record AppointmentRequest(
        @NotNull @Pattern(regexp = "[A-Z]") String service,
        @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String date,
        @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String time,
        @NotNull @Pattern(regexp = "STANDARD|PRIORITY") String priority,
        @NotNull @Pattern(regexp = "ar|zgh|fr|en") String language) {
}
