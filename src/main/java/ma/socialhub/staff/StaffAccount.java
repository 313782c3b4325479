package ma.socialhub.staff;

import org.jspecify.annotations.Nullable;

/** A staff member who signs in, as sign-in reads it (hash included); {@code id} null before it is stored. */
record StaffAccount(
        @Nullable Long id,
        String username,
        String passwordHash,
        String displayName,
        String role,
        @Nullable Long centerId,
        @Nullable Integer provinceId,
        @Nullable Short regionId,
        @Nullable Long organizationId,
        String preferredLanguage,
        boolean enabled,
        boolean nationScope,
        int version) {
}
