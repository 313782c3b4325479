package ma.socialhub.referral;

import java.util.Map;

/**
 * The outcome of recording an accompaniment step ({@code Referrals.recordStep}), as the partner
 * does; not to be confused with a ticket's steps at a counter ({@code ticketing.StepResult}).
 */
public sealed interface AccompanimentStepResult {

    record Recorded(AccompanimentStep step) implements AccompanimentStepResult {
    }

    /** Steps are recorded while the person is being accompanied. */
    record NotInAccompaniment() implements AccompanimentStepResult {
    }

    /** This referral's project is already recorded as launched. */
    record AlreadyLaunched() implements AccompanimentStepResult {
    }

    /** Some fields are wrong (field to translation key); nothing was recorded. */
    record Invalid(Map<String, String> problems) implements AccompanimentStepResult {
        public Invalid {
            problems = Map.copyOf(problems);
        }
    }
}
