package ma.socialhub.staff;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Staff sign-in: a try is first counted by {@link LoginThrottle} (refused at once, without even
 * checking the password, while a limit holds — so a lock cannot be used to test guesses), then
 * checked, and the password of an old hash re-hashed with the current algorithm.
 *
 * <p>Argon2 is slow on purpose, and a wrong username costs one too (Spring's timing protection), so
 * only {@code concurrentChecks} run at once on a node; a try beyond them is answered "busy, try
 * again" at once instead of queueing up memory and CPU for a flood of made-up sign-ins.
 */
class StaffAuthentication extends DaoAuthenticationProvider {

    /** Thrown when too many password checks are running: the page says "try again in a moment". */
    static final class Busy extends AuthenticationServiceException {
        Busy() {
            super("Too many sign-ins at this moment; try again");
        }
    }

    private final LoginThrottle throttle;
    private final StaffDirectory staff;
    private final Semaphore checks;

    StaffAuthentication(StaffDirectory staff, PasswordEncoder encoder, LoginThrottle throttle, int concurrentChecks) {
        super(staff);
        setPasswordEncoder(encoder);
        setUserDetailsPasswordService(staff);
        this.throttle = throttle;
        this.staff = staff;
        this.checks = new Semaphore(concurrentChecks);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        if (username.length() > 100) {
            username = username.substring(0, 100); // no account has such a name; kept short in the failure rows
        }
        String address = LoginThrottle.addressKey(authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown");
        if (!checks.tryAcquire()) {
            throw new Busy();
        }
        try {
            OptionalLong attempt = throttle.reserve(username, address);
            if (attempt.isEmpty()) {
                throw new LockedException("Too many failed sign-ins; try again later");
            }
            Authentication done = super.authenticate(authentication);
            throttle.succeeded(attempt.getAsLong(), username, address);
            staff.signedIn(username);
            return done;
        } finally {
            checks.release();
        }
    }
}
