package ma.socialhub.staff;

import java.util.Map;

/** The outcome of an administrator's change to an account. */
public sealed interface AccountResult {

    record Done(long id) implements AccountResult {
    }

    /** Field to translation key. Nothing was saved. */
    record Invalid(Map<String, String> problems) implements AccountResult {
        public Invalid {
            problems = Map.copyOf(problems);
        }
    }

    /** Someone changed the account meanwhile. */
    record Conflict() implements AccountResult {
    }
}
