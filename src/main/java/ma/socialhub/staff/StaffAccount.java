package ma.socialhub.staff;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member who signs in. Aggregate root of the staff module. */
@Table("staff_account")
record StaffAccount(
        @Id @Nullable Long id,
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
        @Version int version) {
}
