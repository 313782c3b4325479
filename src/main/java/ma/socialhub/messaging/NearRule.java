package ma.socialhub.messaging;

/** When "your turn is near" goes: at {@code ahead} people or fewer before the ticket, or {@code minutes} or less. */
public record NearRule(int ahead, int minutes) {
}
