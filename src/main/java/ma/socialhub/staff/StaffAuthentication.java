package ma.socialhub.staff;

import java.util.Locale;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Staff sign-in: refuses at once while the account or the address is held back by
 * {@link LoginThrottle} (without even checking the password, so a lock cannot be used to test
 * guesses), counts each wrong password, and re-hashes an old password with the current algorithm.
 */
class StaffAuthentication extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final StaffDirectory staff;

    StaffAuthentication(StaffDirectory staff, PasswordEncoder encoder, LoginThrottle throttle) {
        super(staff);
        setPasswordEncoder(encoder);
        setUserDetailsPasswordService(staff);
        this.throttle = throttle;
        this.staff = staff;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        if (throttle.lockedUntil(username, address).isPresent()) {
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        try {
            Authentication done = super.authenticate(authentication);
            throttle.succeeded(username);
            staff.signedIn(username);
            return done;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }
}
