package ma.socialhub.messaging.gateway;

/**
 * Keeps submissions under the provider's rate by making callers wait their turn: each unit
 * (a message part) gets the next free slot, {@code 1/rate} of a second after the previous one:
 * even spacing keeps every one-second window under the rate, over all callers.
 * A provider counts parts, and answers a burst over its rate with throttling errors that cost a
 * round trip each.
 */
final class RateLimit {

    private final long nanosPerUnit;
    private long nextFree = System.nanoTime();

    RateLimit(int perSecond) {
        this.nanosPerUnit = 1_000_000_000L / Math.max(1, perSecond);
    }

    void take(int units) throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextFree);
            nextFree = slot + nanosPerUnit * units;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
