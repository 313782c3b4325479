package ma.socialhub.base.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Lets trusted start-up code (the demo data, the first-administrator setup) call services that
 * require the ADMIN role, with a "system" identity that exists only for that call. Services keep
 * denying everyone else: the rule is not weakened, the caller is named.
 */
public final class SystemAuthority {

    public static final String NAME = "system";

    private SystemAuthority() {
    }

    public static <T> T call(SecurityContextHolderStrategy contexts, Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext system = contexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        contexts.setContext(system);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public static void run(SecurityContextHolderStrategy contexts, Runnable work) {
        call(contexts, () -> {
            work.run();
            return null;
        });
    }
}
