package ma.socialhub.staff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in staff member, as Spring Security holds them: who they are, their role, and the
 * scope their role is limited to (a center for an agent; a center, province or region or nothing,
 * meaning the nation, for a supervisor; an organization for a partner).
 */
public class StaffMember extends User {

    private final long staffId;
    private final String displayName;
    private final String role;
    private final @Nullable Long centerId;
    private final @Nullable Integer provinceId;
    private final @Nullable Short regionId;
    private final @Nullable Long organizationId;
    private final boolean nationScope;
    private final Instant signedInAt;

    StaffMember(StaffAccount account, Instant signedInAt) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                authorities(account.role()));
        this.signedInAt = signedInAt;
        this.staffId = account.id() == null ? 0 : account.id();
        this.displayName = account.displayName();
        this.role = account.role();
        this.centerId = account.centerId();
        this.provinceId = account.provinceId();
        this.regionId = account.regionId();
        this.organizationId = account.organizationId();
        this.nationScope = account.nationScope();
    }

    private static Collection<GrantedAuthority> authorities(String role) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    public long staffId() {
        return staffId;
    }

    public String displayName() {
        return displayName;
    }

    public String role() {
        return role;
    }

    public @Nullable Long centerId() {
        return centerId;
    }

    public @Nullable Integer provinceId() {
        return provinceId;
    }

    public @Nullable Short regionId() {
        return regionId;
    }

    /** The partner organization of an INCUBATOR account: it sees only what is addressed there. */
    public @Nullable Long organizationId() {
        return organizationId;
    }

    /** When this sign-in happened: sessions opened before a "sign out everywhere" end at their next request. */
    public Instant signedInAt() {
        return signedInAt;
    }

    /** A supervisor whose administrator gave them the whole nation (never implied by a missing place). */
    public boolean nationScope() {
        return nationScope;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof StaffMember other && other.staffId == staffId && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(staffId);
    }
}
