package ma.socialhub.orientation;

import java.util.Set;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import org.jspecify.annotations.Nullable;

/**
 * What the rules look at: the person's sex, age, situation and social registry status (unknown
 * for an anonymous visit) and the needs recorded at this visit.
 */
public record ProfileFacts(@Nullable Sex sex, @Nullable Integer age, Set<Situation> situations, RsuStatus rsuStatus,
        Set<String> needs) {

    public ProfileFacts {
        situations = Set.copyOf(situations);
        needs = Set.copyOf(needs);
    }

    /** A visit without a file: only the needs are known. */
    public static ProfileFacts anonymous(Set<String> needs) {
        return new ProfileFacts(null, null, Set.of(), RsuStatus.UNKNOWN, needs);
    }
}
