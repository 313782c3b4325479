package ma.socialhub.feedback;

/** What came of an answer. */
public sealed interface FeedbackResult {

    record Thanks() implements FeedbackResult {
    }

    /** This visit was rated already; the first answer stands. */
    record AlreadyGiven() implements FeedbackResult {
    }

    /** The visit is not over, was over too long ago, or the link is not genuine. */
    record NotOpen() implements FeedbackResult {
    }

    /** The score is not one of the five faces, or the comment is too long. */
    record Invalid() implements FeedbackResult {
    }
}
