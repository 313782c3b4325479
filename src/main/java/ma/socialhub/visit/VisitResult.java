package ma.socialhub.visit;

import java.util.Map;

/** The outcome of a step of a visit. */
public sealed interface VisitResult {

    record Done(Visit visit) implements VisitResult {
    }

    /** The visit is over or the ticket is no longer at this counter: the screen is out of date. */
    record NotAllowed() implements VisitResult {
    }

    /** Some input is wrong; field name to translation key. Nothing was saved. */
    record Invalid(Map<String, String> problems) implements VisitResult {
        public Invalid {
            problems = Map.copyOf(problems);
        }
    }
}
