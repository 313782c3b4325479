package ma.socialhub.staff;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts. For now used by the demo data and by tests; the administration screens
 * of a later issue will call it too (with ADMIN checks added there).
 */
@Service
public class StaffAccounts {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the account unless one with that username exists; returns its id either way. */
    @Transactional
    public long ensure(String username, String rawPassword, String displayName, String role,
            @Nullable Long centerId, String preferredLanguage) {
        return ensure(username, rawPassword, displayName, role, centerId, null, preferredLanguage);
    }

    /** As above, for a partner account tied to its organization. */
    @Transactional
    public long ensure(String username, String rawPassword, String displayName, String role,
            @Nullable Long centerId, @Nullable Long organizationId, String preferredLanguage) {
        String name = username.strip().toLowerCase();
        return accounts.findByUsername(name).map(StaffAccount::id).orElseGet(() -> accounts.save(new StaffAccount(
                null, name, passwordEncoder.encode(rawPassword), displayName, role, centerId, null, null,
                organizationId, preferredLanguage, true, 0)).id());
    }
}
