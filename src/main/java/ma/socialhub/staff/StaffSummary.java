package ma.socialhub.staff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as the administration screen lists it (never its password hash). */
public record StaffSummary(long id, String username, String displayName, String role, @Nullable Long centerId,
        @Nullable Integer provinceId, @Nullable Short regionId, @Nullable Long organizationId, String language,
        boolean enabled, @Nullable Instant lastLoginAt, String email, boolean nation, int version) {
}
