package ma.socialhub.schedule;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Days whose hours are not the weekly ones: closed when {@code spans} is empty (a public holiday),
 * otherwise open at these hours (Ramadan). {@code centerId} null: every center.
 */
public record OpeningPeriod(@Nullable Long id, int version, @Nullable Long centerId, LocalDate firstDay, LocalDate lastDay,
        String reason, List<OpenSpan> spans) {

    public OpeningPeriod {
        spans = List.copyOf(spans);
    }

    public boolean closed() {
        return spans.isEmpty();
    }
}
