package ma.socialhub.feedback;

import java.time.LocalDate;

/** A comment as supervisors read it, screened when it was kept. */
public record FeedbackComment(LocalDate day, long serviceId, int score, String comment) {
}
