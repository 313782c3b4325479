package ma.socialhub.orientation;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes services and programs for a person from the active rules in the database, most
 * important first (lowest priority number). Reading the rules needs no role: they hold nothing
 * personal, and the facts are given by the caller.
 */
@Service
@Transactional(readOnly = true)
@PermitAll // the rules hold nothing personal; the facts come from a caller that may read them
public class Orientation {

    private final RulesStore store;

    Orientation(RulesStore store) {
        this.store = store;
    }

    /** Every active rule that applies to {@code facts}, with why. */
    public List<Proposal> propose(ProfileFacts facts) {
        return activeRules().stream()
                .flatMap(rule -> rule.matches(facts).map(because -> new Proposal(rule, because)).stream())
                .toList();
    }

    public List<OrientationRule> activeRules() {
        return store.active();
    }

    public Optional<OrientationRule> rule(long id) {
        return store.find(id);
    }
}
