package ma.socialhub.ticketing;

/** What choosing a counter did. */
public sealed interface TakeResult {

    /** The counter is open, worked by the agent who chose it. */
    record Opened() implements TakeResult {
    }

    /** Someone else works the counter; {@code name} is how colleagues know them. Nothing changed. */
    record WorkedByOther(String name) implements TakeResult {
    }
}
