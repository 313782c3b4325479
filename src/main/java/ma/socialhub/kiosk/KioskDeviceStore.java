package ma.socialhub.kiosk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the registered kiosk devices. Only hashes of secrets and codes come here; the
 * secrets themselves stay with {@link KioskDevices}.
 */
@Repository
class KioskDeviceStore {

    /** A device as the administrator's list shows it. */
    record Seen(String kioskId, @Nullable Instant lastSeenAt, @Nullable Instant rotatedAt) {
    }

    /** A device and the hash of its current secret. */
    record TokenHash(String kioskId, String tokenHash) {
    }

    private final JdbcClient jdbc;

    KioskDeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Seen> seen() {
        return jdbc.sql("SELECT kiosk_id, last_seen_at, rotated_at FROM kiosk_device")
                .query((rs, n) -> new Seen(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)))).list();
    }

    /** Registers the kiosk with this secret, or gives it back this secret if it is registered. */
    void registerOrReset(String kioskId, String tokenHash) {
        jdbc.sql("""
                INSERT INTO kiosk_device (kiosk_id, token_hash) VALUES (?, ?)
                ON CONFLICT (kiosk_id) DO UPDATE SET token_hash = excluded.token_hash
                """).params(kioskId, tokenHash).update();
    }

    /** Registers the kiosk with this secret unless it is registered; whether it was not. */
    boolean registerIfAbsent(String kioskId, String tokenHash) {
        return jdbc.sql("INSERT INTO kiosk_device (kiosk_id, token_hash) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(kioskId, tokenHash).update() == 1;
    }

    List<TokenHash> tokenHashes() {
        return jdbc.sql("SELECT kiosk_id, token_hash FROM kiosk_device")
                .query((rs, n) -> new TokenHash(rs.getString(1), rs.getString(2))).list();
    }

    Optional<String> tokenHash(String kioskId) {
        return jdbc.sql("SELECT token_hash FROM kiosk_device WHERE kiosk_id = ?").param(kioskId)
                .query(String.class).optional();
    }

    /** Replaces the kiosk's secret; false when there is no such kiosk. */
    boolean replaceToken(String kioskId, String tokenHash, Instant at) {
        return jdbc.sql("UPDATE kiosk_device SET token_hash = ?, rotated_at = ? WHERE kiosk_id = ?")
                .params(tokenHash, Timestamp.from(at), kioskId).update() != 0;
    }

    /** Gives the kiosk a registration code, replacing its previous one; false when there is no such kiosk. */
    boolean setRegistrationCode(String kioskId, String codeHash, Instant until) {
        return jdbc.sql("UPDATE kiosk_device SET registration_code_hash = ?, registration_code_until = ? WHERE kiosk_id = ?")
                .params(codeHash, Timestamp.from(until), kioskId)
                .update() != 0;
    }

    Optional<String> kioskOfCode(String codeHash, Instant now) {
        return jdbc.sql("SELECT kiosk_id FROM kiosk_device WHERE registration_code_hash = ? AND registration_code_until > ?")
                .params(codeHash, Timestamp.from(now)).query(String.class).optional();
    }

    /**
     * Spends a registration code: the kiosk gets the new secret and the code is cleared in the
     * same statement, so that a code works once even when it is typed on two screens at the same
     * moment. The kiosk it was for, if it was still valid.
     */
    Optional<String> spendCode(String codeHash, String tokenHash, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                UPDATE kiosk_device SET token_hash = ?, rotated_at = ?, registration_code_hash = NULL, registration_code_until = NULL
                 WHERE registration_code_hash = ? AND registration_code_until > ?
                RETURNING kiosk_id
                """).params(tokenHash, at, codeHash, at).query(String.class).optional();
    }

    void seenAt(String kioskId, Instant at) {
        jdbc.sql("UPDATE kiosk_device SET last_seen_at = ? WHERE kiosk_id = ?")
                .params(Timestamp.from(at), kioskId).update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
