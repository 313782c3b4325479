package ma.socialhub.feedback;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * What the citizens of one center and service said over a range of days: the answers, their mean
 * on the five faces, the share of the two happy faces, how often the wait was a reason, and the
 * mean wait of the satisfied beside that of the unsatisfied (which says whether the wait is what
 * displeases).
 */
public record Satisfaction(long centerId, long serviceId, int answers, long total, int satisfied, int aboutWait,
        @Nullable Integer waitMinutesSatisfied, @Nullable Integer waitMinutesUnsatisfied) {

    /** The mean score, 1 to 5; null without answers. */
    public @Nullable Double mean() {
        return answers == 0 ? null : (double) total / answers;
    }

    /** The share of answers with one of the two happy faces; null without answers. */
    public @Nullable Double satisfiedShare() {
        return answers == 0 ? null : (double) satisfied / answers;
    }

    /** Several rows as one (a center's services, a region's centers). Waits are not summed. */
    public static Satisfaction sum(long centerId, long serviceId, Collection<Satisfaction> rows) {
        int answers = 0;
        long total = 0;
        int satisfied = 0;
        int aboutWait = 0;
        for (Satisfaction s : rows) {
            answers += s.answers;
            total += s.total;
            satisfied += s.satisfied;
            aboutWait += s.aboutWait;
        }
        return new Satisfaction(centerId, serviceId, answers, total, satisfied, aboutWait, null, null);
    }
}
