package ma.socialhub.staff;

import org.jspecify.annotations.Nullable;

/** An account as an administrator edits it: who, which role, which scope, which language. */
public record StaffForm(String username, String displayName, String role, @Nullable Long centerId,
        @Nullable Integer provinceId, @Nullable Short regionId, @Nullable Long organizationId, String language, String email) {
}
