package ma.socialhub.intake;

import java.util.Map;

/** The outcome of registering a person or saving changes to their file. */
public sealed interface SaveResult {

    record Saved(Beneficiary beneficiary) implements SaveResult {
    }

    /** Some fields are wrong; each with the translation key of its message. Nothing was saved. */
    record Invalid(Map<DetailField, String> problems) implements SaveResult {
        public Invalid {
            problems = Map.copyOf(problems);
        }
    }

    /** The person has not agreed to what saving this needs (any file at all, or health data). */
    record ConsentMissing(ConsentScope scope) implements SaveResult {
    }

    /** Someone else saved this file meanwhile; nothing was overwritten. */
    record Conflict() implements SaveResult {
    }
}
