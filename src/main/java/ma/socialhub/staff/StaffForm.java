package ma.socialhub.staff;

import org.jspecify.annotations.Nullable;

/**
 * An account as an administrator edits it: who, which role, which scope, which language. A
 * supervisor's scope is one place, or the nation when {@code nation} is chosen on purpose.
 */
public record StaffForm(String username, String displayName, String role, @Nullable Long centerId,
        @Nullable Integer provinceId, @Nullable Short regionId, @Nullable Long organizationId, String language, String email,
        boolean nation) {

    /** An account whose scope is a place (or none, for an administrator): not the nation. */
    public StaffForm(String username, String displayName, String role, @Nullable Long centerId, @Nullable Integer provinceId,
            @Nullable Short regionId, @Nullable Long organizationId, String language, String email) {
        this(username, displayName, role, centerId, provinceId, regionId, organizationId, language, email, false);
    }
}
