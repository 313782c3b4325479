package ma.socialhub.feedback;

/** The short list of what a visit was about, for better or worse (optional, several allowed). */
public enum FeedbackReason {
    WAIT, WELCOME, EXPLANATIONS, PLACE, ACCESS
}
