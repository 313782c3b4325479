package ma.socialhub.kiosk;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import ma.socialhub.base.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosks as registered devices. A kiosk proves itself with a credential {@code <kiosk-id>.<secret>}
 * whose secret is 256 random bits; only its SHA-256 is stored (a slow hash adds nothing against a
 * 256-bit secret), so a database dump lets nobody act as a kiosk. The secret is shown once, when it
 * is made: in the log for a kiosk registered at start-up, or to the administrator who rotates it.
 * In the demo profile the secret of a kiosk is {@code demo-<kiosk-id>}, listed in the README.
 */
@Service
public class KioskDevices {

    private static final Logger log = LoggerFactory.getLogger(KioskDevices.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean demoSecrets;

    KioskDevices(JdbcClient jdbc, Clock clock, @Value("${hub.kiosk.demo-secrets:false}") boolean demoSecrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.demoSecrets = demoSecrets;
    }

    /** Registers a kiosk that has no secret yet; a registered kiosk keeps its secret. */
    @Transactional
    void ensureRegistered(String kioskId) {
        String secret = demoSecrets ? "demo-" + kioskId : newSecret();
        int inserted = jdbc.sql("INSERT INTO kiosk_device (kiosk_id, token_hash) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(kioskId, hash(secret)).update();
        if (inserted == 1 && !demoSecrets) {
            log.warn("Kiosk {} registered. Open it once, on the kiosk itself, with ?key={} (shown only now; "
                    + "rotate it to get a new one).", kioskId, kioskId + "." + secret);
        }
    }

    /** Replaces a kiosk's secret; the old one stops working at once. Returns the new credential. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public String rotate(String kioskId) {
        String secret = newSecret();
        int updated = jdbc.sql("UPDATE kiosk_device SET token_hash = ?, rotated_at = ? WHERE kiosk_id = ?")
                .params(hash(secret), java.sql.Timestamp.from(clock.instant()), kioskId).update();
        if (updated == 0) {
            throw new IllegalArgumentException("No kiosk " + kioskId);
        }
        return kioskId + "." + secret;
    }

    /** The kiosk a credential proves, if it does; notes when the kiosk was last seen. Anyone may ask: the credential is the proof. */
    @Transactional
    @jakarta.annotation.security.PermitAll
    public Optional<String> verify(String credential) {
        int dot = credential.indexOf('.');
        if (dot <= 0 || credential.length() > 200) {
            return Optional.empty();
        }
        String kioskId = credential.substring(0, dot);
        byte[] given = hash(credential.substring(dot + 1)).getBytes(StandardCharsets.US_ASCII);
        Optional<String> stored = jdbc.sql("SELECT token_hash FROM kiosk_device WHERE kiosk_id = ?").param(kioskId)
                .query(String.class).optional();
        if (stored.isEmpty() || !MessageDigest.isEqual(given, stored.get().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE kiosk_device SET last_seen_at = ? WHERE kiosk_id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), kioskId).update();
        return Optional.of(kioskId);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
