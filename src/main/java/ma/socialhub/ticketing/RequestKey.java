package ma.socialhub.ticketing;

/**
 * An idempotency key as an integration sends it, with who sent it: keys of different callers never
 * meet, even when they are the same text.
 *
 * @param caller the kiosk or integration whose credential sent the request
 * @param key the caller's key for this one request (1 to 128 visible ASCII characters)
 */
public record RequestKey(String caller, String key) {

    public RequestKey {
        if (!isValid(key)) {
            throw new IllegalArgumentException("An idempotency key has 1 to 128 visible ASCII characters");
        }
    }

    /** Whether {@code text} can be a key: what the API checks before making one. */
    public static boolean isValid(String text) {
        return !text.isEmpty() && text.length() <= 128 && text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
