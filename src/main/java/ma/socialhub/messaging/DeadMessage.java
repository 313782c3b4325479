package ma.socialhub.messaging;

import java.time.Instant;

/** A message given up after its retries, with the last reason; the number is not shown. */
public record DeadMessage(long id, long centerId, MessageKind kind, int attempts, String lastError, Instant createdAt) {
}
