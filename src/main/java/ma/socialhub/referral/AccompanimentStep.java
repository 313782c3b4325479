package ma.socialhub.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step of an accompaniment, as the partner recorded it. */
public record AccompanimentStep(long id, long referralId, StepKind kind, LocalDate happenedOn, String note,
        @Nullable BigDecimal amountMad, @Nullable ProjectForm projectForm, Instant recordedAt, String byName) {
}
