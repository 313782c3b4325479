package ma.socialhub.counter;

/**
 * The answer to a search for people. Searches are counted per agent and hour (see
 * {@code intake.SearchBudget}); past the limit the answer says so instead of throwing.
 */
public sealed interface Lookup<T> {

    record Found<T>(T value) implements Lookup<T> {
    }

    /** The agent searched more often in the last hour than a counter's work needs; the supervisor is told. */
    record SearchesUsedUp<T>() implements Lookup<T> {
    }
}
