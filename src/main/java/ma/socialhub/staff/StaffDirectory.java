package ma.socialhub.staff;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ma.socialhub.base.security.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds staff members: for signing in, and for knowing who is signed in now. */
@Service
public class StaffDirectory implements UserDetailsService, UserDetailsPasswordService, CurrentStaff {

    private final StaffAccountStore accounts;
    private final SecurityContextHolderStrategy securityContexts;
    private final Clock clock;
    /** staff id -> (when it was read, when their sessions were revoked): a few seconds of cache per node. */
    private final Map<Long, Map.Entry<Instant, Optional<Instant>>> revocations = new ConcurrentHashMap<>();

    /**
     * Reads the signed-in user through the same holder strategy as method security (Vaadin's,
     * which also finds the user of a push request), not through the JVM-wide static holder.
     */
    StaffDirectory(StaffAccountStore accounts, ObjectProvider<SecurityContextHolderStrategy> securityContexts, Clock clock) {
        this.accounts = accounts;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    /** Called by sign-in (Spring Security), before anyone is authenticated. */
    @Override
    @Transactional(readOnly = true)
    @PermitAll
    public StaffMember loadUserByUsername(String username) {
        return accounts.byUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(account -> new StaffMember(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
    }

    /** Re-hashes a password with the current algorithm after a successful sign-in (Spring Security). */
    @Override
    @Transactional
    @PermitAll
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (newPassword != null) {
            accounts.rehash(user.getUsername(), newPassword);
        }
        return loadUserByUsername(user.getUsername());
    }

    /** The staff member signed in on this thread's request, if any. */
    @PermitAll
    public Optional<StaffMember> current() {
        Authentication auth = securityContexts.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffMember member ? Optional.of(member) : Optional.empty();
    }

    @Override
    @PermitAll
    public Optional<Long> staffId() {
        return current().map(StaffMember::staffId);
    }

    /** Notes a successful sign-in. */
    @Transactional
    void signedIn(String username) {
        accounts.signedIn(username, clock.instant());
    }

    /**
     * Whether this sign-in was ended since — by "sign out everywhere", or because the account was
     * disabled. Read from the database at most every 5 seconds per person and node, so that every
     * node ends it within seconds.
     */
    boolean revoked(StaffMember member) {
        Instant now = clock.instant();
        Map.Entry<Instant, Optional<Instant>> cached = revocations.get(member.staffId());
        if (cached == null || cached.getKey().isBefore(now.minusSeconds(5))) {
            Optional<Instant> revokedAt = accounts.sessionsRevokedAt(member.staffId());
            cached = Map.entry(now, revokedAt);
            revocations.put(member.staffId(), cached);
        }
        return cached.getValue().filter(at -> at == Instant.MIN || !at.isBefore(member.signedInAt())).isPresent();
    }

    /** Forgets this node's cached revocation of a person, after a change made here. */
    void forget(long staffId) {
        revocations.remove(staffId);
    }
}
