package ma.socialhub.staff;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds staff members: for signing in, and for knowing who is signed in now. */
@Service
public class StaffDirectory implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final SecurityContextHolderStrategy securityContexts;

    /**
     * Reads the signed-in user through the same holder strategy as method security (Vaadin's,
     * which also finds the user of a push request), not through the JVM-wide static holder.
     */
    StaffDirectory(StaffAccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    @Transactional(readOnly = true)
    public StaffMember loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip().toLowerCase())
                .map(StaffMember::new)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
    }

    /** The staff member signed in on this thread's request, if any. */
    public Optional<StaffMember> current() {
        Authentication auth = securityContexts.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffMember member ? Optional.of(member) : Optional.empty();
    }
}
