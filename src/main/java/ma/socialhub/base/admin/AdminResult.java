package ma.socialhub.base.admin;

import java.util.Map;

/**
 * The outcome of an administrator's change, the same for every feature: done (with the id of what
 * was saved), problems by field (nothing was saved), or a conflict (someone saved it meanwhile).
 */
public sealed interface AdminResult {

    record Done(long id) implements AdminResult {
    }

    /** Field name to translation key. */
    record Invalid(Map<String, String> problems) implements AdminResult {
        public Invalid {
            problems = Map.copyOf(problems);
        }
    }

    record Conflict() implements AdminResult {
    }
}
