package ma.socialhub.intake;

import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A person in a list of search results or likely duplicates: enough to recognise them, nothing
 * more (identifiers masked). {@code handle} lets the agent who got this result receive that person
 * at their counter; it is signed for that agent and expires.
 *
 * @param registeredCenter for the administrator, the center that registered the file; for an agent,
 *     their own center (an agent finds only people known there, and is never told where else)
 */
public record BeneficiarySummary(long id, String nameAr, String nameLatin, @Nullable Integer birthYear,
        @Nullable Sex sex, String maskedNationalId, String maskedPhone, LocalizedText registeredCenter,
        boolean knownHere, String handle) {
}
