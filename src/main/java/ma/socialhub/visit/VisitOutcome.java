package ma.socialhub.visit;

/** How a visit ended. */
public enum VisitOutcome {
    SERVED, ORIENTED, REFERRED, FOLLOW_UP, LEFT
}
