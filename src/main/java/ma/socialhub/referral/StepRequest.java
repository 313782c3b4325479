package ma.socialhub.referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A step to record: what, when, a note, the amount of a financing, the form of a launched project. */
public record StepRequest(StepKind kind, @Nullable LocalDate happenedOn, String note, @Nullable BigDecimal amountMad,
        @Nullable ProjectForm projectForm) {
}
