package ma.socialhub.referral;

import java.util.Map;

/** The outcome of recording an accompaniment step. */
public sealed interface StepResult {

    record Recorded(AccompanimentStep step) implements StepResult {
    }

    /** Steps are recorded while the person is being accompanied. */
    record NotInAccompaniment() implements StepResult {
    }

    /** This referral's project is already recorded as launched. */
    record AlreadyLaunched() implements StepResult {
    }

    /** Some fields are wrong (field to translation key); nothing was recorded. */
    record Invalid(Map<String, String> problems) implements StepResult {
        public Invalid {
            problems = Map.copyOf(problems);
        }
    }
}
