package ma.socialhub.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One person's time at a counter for one ticket. */
public record Visit(
        long id,
        long centerId,
        long ticketId,
        long serviceId,
        long counterId,
        @Nullable Long beneficiaryId,
        boolean anonymous,
        Set<String> needs,
        String note,
        @Nullable VisitOutcome outcome,
        Instant startedAt,
        @Nullable Instant endedAt) {

    public Visit {
        needs = Set.copyOf(needs);
    }

    public boolean open() {
        return endedAt == null;
    }

    /** From reception to close, or until {@code now} while open. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }
}
