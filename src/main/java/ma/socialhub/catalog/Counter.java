package ma.socialhub.catalog;

import java.util.Set;

/** A desk of a center and the services it serves. */
public record Counter(long id, long centerId, String label, CounterState state, Set<Long> serviceIds) {

    public boolean servesNothing() {
        return serviceIds.isEmpty();
    }
}
