package ma.socialhub.intake;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a person has agreed to now: the scopes of their latest consent, while it is valid. */
public record ConsentStatus(Set<ConsentScope> scopes, @Nullable LocalDate validUntil) {

    public static final ConsentStatus NONE = new ConsentStatus(Set.of(), null);

    public ConsentStatus {
        scopes = Set.copyOf(scopes);
    }

    public boolean covers(ConsentScope scope) {
        return scopes.contains(scope);
    }
}
