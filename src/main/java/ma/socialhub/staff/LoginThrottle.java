package ma.socialhub.staff;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds back password guessing, in the database so that every node counts the same tries.
 *
 * <p><b>Three limits</b> within {@code hub.login.lock-minutes}: {@code hub.login.max-failures}
 * failures for an account <i>from one address</i>; {@code hub.login.account-max-failures} for an
 * account from anywhere; {@code hub.login.address-max-failures} from one address whatever the
 * account. The first is low and the second high on purpose: someone guessing an agent's password
 * from their own machine locks only that pair, and the agent at their own tablet can still sign in;
 * only a spread-out attack on one account locks it for everyone, and then only for the window.
 *
 * <p><b>The owner's own addresses.</b> From an address where the account signed in successfully in
 * the last {@value #KNOWN_DAYS} days, only the per-pair limit applies: neither failures sprayed over
 * made-up names behind a center's shared address, nor a spread-out attack on the account, lock its
 * owner out at their own desk. An IPv6 client counts as its /64 (one machine may hold thousands of
 * addresses within it).
 *
 * <p><b>Atomic.</b> A try is counted <i>before</i> its password is checked: one transaction takes
 * an advisory lock on the account and on the address, counts, and records the try as a failure if
 * it may go on. Sixty wrong passwords sent at the same moment get exactly the allowed number of
 * checks; a success then takes its own try back ({@link #succeeded}).
 */
@Component
class LoginThrottle {

    static final int KNOWN_DAYS = 90;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int pairMax;
    private final int accountMax;
    private final int addressMax;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${hub.login.max-failures:5}") int pairMax,
            @Value("${hub.login.account-max-failures:50}") int accountMax,
            @Value("${hub.login.address-max-failures:20}") int addressMax,
            @Value("${hub.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pairMax = pairMax;
        this.accountMax = accountMax;
        this.addressMax = addressMax;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    /** A try that may go on (its id, to take it back on success), or empty while a limit holds. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    OptionalLong reserve(String username, String address) {
        // always the account first, then the address: two tries never wait on each other in a circle
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('login-account|' || ?))").param(username).query((rs, n) -> 1).single();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('login-address|' || ?))").param(address).query((rs, n) -> 1).single();
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM login_success WHERE username = ? AND address = ? AND at > ?)")
                .params(username, address, Timestamp.from(clock.instant().minus(Duration.ofDays(KNOWN_DAYS))))
                .query(Boolean.class).single();
        boolean held = jdbc.sql("""
                SELECT count(*) FILTER (WHERE username = :user AND address = :address) >= :pairMax
                    OR (NOT :known AND count(*) FILTER (WHERE username = :user) >= :accountMax)
                    OR (NOT :known AND count(*) FILTER (WHERE address = :address) >= :addressMax)
                  FROM login_failure WHERE (username = :user OR address = :address) AND at > :since
                """).param("user", username).param("address", address).param("pairMax", pairMax).param("known", known)
                .param("accountMax", accountMax).param("addressMax", addressMax).param("since", since)
                .query(Boolean.class).single();
        if (held) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.sql("INSERT INTO login_failure (username, address, at) VALUES (?, ?, ?) RETURNING id")
                .params(username, address, Timestamp.from(clock.instant())).query(Long.class).single());
    }

    /**
     * A successful sign-in takes its try back and clears the failures of this account from this
     * address (the owner's typos); failures from other addresses stay counted.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(long tryId, String username, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE id = ? OR (username = ? AND address = ?)").params(tryId, username, address)
                .update();
        jdbc.sql("""
                INSERT INTO login_success (username, address, at) VALUES (?, ?, ?)
                ON CONFLICT (username, address) DO UPDATE SET at = excluded.at
                """).params(username, address, Timestamp.from(clock.instant())).update();
    }

    /** The address as the throttle counts it: an IPv4 address, or the /64 of an IPv6 one. */
    static String addressKey(String address) {
        if (address.indexOf(':') < 0 || !address.matches("[0-9a-fA-F:.%a-zA-Z0-9]+")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < 8; i += 2) {
                groups.add(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
            }
            return String.join(":", groups) + "::/64";
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    /**
     * Failures older than the window count for nothing; an attack spraying made-up usernames
     * would otherwise grow the table for ever. Every node may run it: the delete is idempotent.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    void purge() {
        Instant before = clock.instant().minus(window.compareTo(Duration.ofDays(1)) > 0 ? window : Duration.ofDays(1));
        jdbc.sql("DELETE FROM login_failure WHERE at < ?").param(Timestamp.from(before)).update();
        jdbc.sql("DELETE FROM login_success WHERE at < ?").param(Timestamp.from(clock.instant().minus(Duration.ofDays(KNOWN_DAYS))))
                .update();
    }
}
