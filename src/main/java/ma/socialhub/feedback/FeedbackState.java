package ma.socialhub.feedback;

/** Whether a visit may be rated now. */
public sealed interface FeedbackState {

    /** The visit is not over (or the link is not a ticket's): nothing to rate yet. */
    record NotClosed() implements FeedbackState {
    }

    /** The visit is over and not rated yet. */
    record Open() implements FeedbackState {
    }

    /** Rated already: one answer per visit. */
    record Given(int score) implements FeedbackState {
    }

    /** Over too long ago to be rated. */
    record TooLate() implements FeedbackState {
    }
}
