package ma.socialhub.counter;

import java.util.List;
import java.util.Map;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.DetailField;
import ma.socialhub.intake.DuplicateCandidate;
import ma.socialhub.intake.TransferOffer;
import ma.socialhub.visit.Visit;

/** The outcome of registering the person in front of the agent as the person of the visit. */
public sealed interface Registration {

    /** Their file is made (or found again, for a second submit of the same form) and is the visit's. */
    record Registered(Beneficiary person, Visit visit) implements Registration {
    }

    /** Some fields are wrong; each with the translation key of its message. Nothing was saved. */
    record Invalid(Map<DetailField, String> problems) implements Registration {
        public Invalid {
            problems = Map.copyOf(problems);
        }
    }

    /** The person has not agreed to what saving this needs. Nothing was saved. */
    record ConsentMissing(ConsentScope scope) implements Registration {
    }

    /** Files of this center that may be this person: the agent looks first. Nothing was saved. */
    record LikelyDuplicates(List<DuplicateCandidate> candidates) implements Registration {
        public LikelyDuplicates {
            candidates = List.copyOf(candidates);
        }
    }

    /** The ID card matches a file kept at another center: it is hers, to bring here. Nothing was saved. */
    record KeptElsewhere(TransferOffer offer) implements Registration {
    }

    /** The duplicate check is a search, and the agent has used up their searches for the hour. */
    record SearchesUsedUp() implements Registration {
    }

    /** The visit is over or no longer this agent's to change: the screen is out of date. */
    record NotAllowed() implements Registration {
    }
}
