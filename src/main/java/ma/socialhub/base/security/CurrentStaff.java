package ma.socialhub.base.security;

import java.util.Optional;

/** Who is acting, for the shared audit of administrative changes; the staff feature answers it. */
public interface CurrentStaff {

    /** The signed-in staff member's account id; empty for the system and for anonymous callers. */
    Optional<Long> staffId();
}
