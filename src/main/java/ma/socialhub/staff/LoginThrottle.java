package ma.socialhub.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds back password guessing, in the database so that every node sees the same count: after
 * {@code hub.login.max-failures} failures in {@code hub.login.lock-minutes}, the account is locked
 * until that window has passed since its last failure; an address with
 * {@code hub.login.address-max-failures} failures in the window (many accounts tried) is held back
 * the same way. A lock ends by itself; nothing needs an administrator to unlock.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${hub.login.max-failures:5}") int maxFailures,
            @Value("${hub.login.address-max-failures:20}") int addressMaxFailures,
            @Value("${hub.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    /** Until when the account or the address is held back, if it is. */
    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username, String address) {
        Instant since = clock.instant().minus(window);
        Optional<Instant> account = locked("username", username, maxFailures, since);
        return account.isPresent() ? account : locked("address", address, addressMaxFailures, since);
    }

    /** Records a failure; it stays even if the sign-in request fails afterwards. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username, String address) {
        jdbc.sql("INSERT INTO login_failure (username, address, at) VALUES (?, ?, ?)")
                .params(username, address, Timestamp.from(clock.instant())).update();
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(username).update();
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
    }

    private Optional<Instant> locked(String column, String value, int max, Instant since) {
        return jdbc.sql("SELECT count(*), max(at) FROM login_failure WHERE " + column + " = ? AND at > ?")
                .params(value, Timestamp.from(since))
                .query((rs, n) -> rs.getInt(1) >= max ? Optional.of(rs.getTimestamp(2).toInstant().plus(window))
                        : Optional.<Instant>empty())
                .single();
    }
}
