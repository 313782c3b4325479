package ma.socialhub.messaging;

import java.time.Duration;
import java.util.List;

/**
 * Each message the hub sends, with the placeholders its text may use and how long it stays worth
 * sending: a "turn is near" that waited out a quiet night or a dead link is worse than none.
 * Texts say a ticket number, a center, a time and a link — never a name, nor a service that would
 * reveal a situation.
 */
public enum MessageKind {
    NEAR(Duration.ofMinutes(30), "center", "number", "ahead", "link"),
    CALLED(Duration.ofMinutes(15), "center", "number", "counter", "link"),
    FEEDBACK(Duration.ofDays(2), "center", "number", "link"),
    BOOKED(Duration.ofDays(1), "center", "day", "time", "code", "link"),
    MOVED(Duration.ofDays(1), "center", "day", "time", "code", "link"),
    CANCELLED(Duration.ofDays(1), "center", "day", "time", "link"),
    REMINDER_DAY(Duration.ofHours(12), "center", "day", "time", "code", "link"),
    REMINDER_HOURS(Duration.ofMinutes(90), "center", "time", "code", "link"),
    EARLIER_FREE(Duration.ofHours(1), "center", "day", "time", "link"),
    /** The partner accepted the person (never the partner's name: the link's page says where to go). */
    REFERRAL_ACCEPTED(Duration.ofDays(2), "center", "link"),
    REFERRAL_APPOINTMENT(Duration.ofDays(1), "center", "day", "time", "link"),
    REFERRAL_REMINDER(Duration.ofHours(12), "center", "day", "time", "link");

    private final Duration worthFor;
    private final List<String> placeholders;

    MessageKind(Duration worthFor, String... placeholders) {
        this.worthFor = worthFor;
        this.placeholders = List.of(placeholders);
    }

    /** How long after it is due the message is still worth sending. */
    public Duration worthFor() {
        return worthFor;
    }

    public List<String> placeholders() {
        return placeholders;
    }

    /** The bundle key of the default text. */
    public String key() {
        return "message.text." + name();
    }
}
