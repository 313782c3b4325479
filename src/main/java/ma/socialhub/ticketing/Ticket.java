package ma.socialhub.ticketing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One visit in one queue, as the screens see it. Every step carries its time. The QR token is the
 * only handle a citizen has on the ticket; it identifies nothing but the ticket. {@code dueAt} is the
 * booked time of a ticket made from an appointment; {@code carriedTo} the ticket a closing carried
 * this one to, on the next open day.
 */
public record Ticket(
        long id,
        long centerId,
        long serviceId,
        LocalDate day,
        TicketNumber number,
        PriorityClass priority,
        TicketState state,
        @Nullable Long counterId,
        String qrToken,
        String language,
        int recallCount,
        Instant issuedAt,
        @Nullable Instant calledAt,
        @Nullable Instant lastCalledAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Instant noShowAt,
        @Nullable Instant dueAt,
        boolean sentHomeAtDayEnd,
        @Nullable Long carriedTo) {

    /** A ticket made from a checked-in appointment: due at a time rather than in arrival order. */
    public boolean appointment() {
        return dueAt != null;
    }
}
