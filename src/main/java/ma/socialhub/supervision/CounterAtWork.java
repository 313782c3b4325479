package ma.socialhub.supervision;

import ma.socialhub.catalog.CounterState;
import org.jspecify.annotations.Nullable;

/** A counter of a center as a supervisor sees it: open, on break or closed, and who works it. */
public record CounterAtWork(long counterId, String label, CounterState state, @Nullable String staffName) {
}
