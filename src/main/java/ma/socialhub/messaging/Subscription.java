package ma.socialhub.messaging;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's yes to messages about one ticket or booking (the number stays in the store; its keyed
 * hash, which reveals nothing, comes along for the limit per number).
 */
record Subscription(long id, long centerId, @Nullable Long ticketId, @Nullable Long bookingId, LocalDate day,
        boolean hasNumber, @Nullable String phoneHash, String language, String pageUrl, boolean nearDone, boolean stopped) {
}
