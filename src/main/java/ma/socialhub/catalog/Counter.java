package ma.socialhub.catalog;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A desk of a center and the services it serves; its state, and who works it while it is open or
 * on break ({@code workedBy}, a staff account's id).
 */
public record Counter(long id, long centerId, String label, CounterState state, Set<Long> serviceIds,
        @Nullable Long workedBy) {

    public boolean servesNothing() {
        return serviceIds.isEmpty();
    }
}
