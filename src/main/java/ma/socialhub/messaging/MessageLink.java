package ma.socialhub.messaging;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a message's link opens: a ticket (by its signed link, for the ticket's own page in its
 * discreet form) or a booking's day, in the person's language, and whether they said stop.
 */
public record MessageLink(long centerId, @Nullable String ticketLink, LocalDate day, String language, boolean stopped) {
}
