package ma.socialhub.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff accounts' rows. A username taken twice is refused by the unique constraint
 * ({@code DuplicateKeyException}); an update names the version it was made on and reports how
 * many rows changed (zero: someone changed the account meanwhile). Password hashes go in and are
 * read only for sign-in, never into a summary.
 */
@Repository
class StaffAccountStore {

    private static final String SUMMARY = """
            SELECT id, username, display_name, role, center_id, province_id, region_id, organization_id,
                   preferred_language, enabled, last_login_at, email, nation_scope, version
              FROM staff_account
            """;

    private final JdbcClient jdbc;

    StaffAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account as sign-in needs it, hash included. */
    Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql("""
                SELECT id, username, password_hash, display_name, role, center_id, province_id, region_id, organization_id,
                       preferred_language, enabled, nation_scope, version
                  FROM staff_account WHERE username = ?
                """).param(username).query(StaffAccountStore::account).optional();
    }

    /** Inserts the account unless the username exists; its id either way. */
    long ensure(StaffAccount account) {
        return jdbc.sql("""
                INSERT INTO staff_account (username, password_hash, display_name, role, center_id, organization_id,
                                           preferred_language, enabled, nation_scope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (username) DO NOTHING RETURNING id
                """).params(account.username(), account.passwordHash(), account.displayName(), account.role(), account.centerId(),
                account.organizationId(), account.preferredLanguage(), account.enabled(), account.nationScope())
                .query(Long.class).optional()
                .orElseGet(() -> byUsername(account.username()).map(StaffAccount::id).orElseThrow());
    }

    List<StaffSummary> all() {
        return jdbc.sql(SUMMARY + " ORDER BY role, username").query(StaffAccountStore::summary).list();
    }

    Optional<StaffSummary> find(long id) {
        return jdbc.sql(SUMMARY + " WHERE id = ?").param(id).query(StaffAccountStore::summary).optional();
    }

    long insert(StaffForm form, String username, String passwordHash, boolean nation, Instant now) {
        return jdbc.sql("""
                INSERT INTO staff_account (username, password_hash, display_name, role, center_id, province_id, region_id,
                                           organization_id, preferred_language, email, password_changed_at, nation_scope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(username, passwordHash, form.displayName().strip(), form.role(), form.centerId(), form.provinceId(),
                form.regionId(), form.organizationId(), form.language(), form.email().strip(), Timestamp.from(now), nation)
                .query(Long.class).single();
    }

    /** Changes the account; a new role or scope also ends its sessions (they sign in again with it). */
    int update(long id, int version, StaffForm form, boolean nation, Instant now) {
        return jdbc.sql("""
                UPDATE staff_account SET display_name = ?, role = ?, center_id = ?, province_id = ?, region_id = ?,
                       organization_id = ?, preferred_language = ?, email = ?, nation_scope = ?, version = version + 1,
                       sessions_revoked_at = CASE WHEN (role, center_id, province_id, region_id, organization_id, nation_scope)
                                                      IS DISTINCT FROM (?, ?, ?, ?, ?, ?) THEN ? ELSE sessions_revoked_at END
                 WHERE id = ? AND version = ?
                """).params(form.displayName().strip(), form.role(), form.centerId(), form.provinceId(), form.regionId(),
                form.organizationId(), form.language(), form.email().strip(), nation, form.role(), form.centerId(),
                form.provinceId(), form.regionId(), form.organizationId(), nation, Timestamp.from(now), id, version).update();
    }

    void setEnabled(long id, boolean enabled, Instant now) {
        jdbc.sql("UPDATE staff_account SET enabled = ?, sessions_revoked_at = ?, version = version + 1 WHERE id = ?")
                .params(enabled, Timestamp.from(now), id).update();
    }

    /** A new password; the sessions end and the failed sign-ins of the account are forgotten. */
    void setPassword(long id, String username, String passwordHash, Instant now) {
        jdbc.sql("UPDATE staff_account SET password_hash = ?, password_changed_at = ?, sessions_revoked_at = ? WHERE id = ?")
                .params(passwordHash, Timestamp.from(now), Timestamp.from(now), id).update();
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(username).update();
    }

    /** A re-hash with the current algorithm after a sign-in: same password, no session ends. */
    void rehash(String username, String passwordHash) {
        jdbc.sql("UPDATE staff_account SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }

    void revokeSessions(long id, Instant now) {
        jdbc.sql("UPDATE staff_account SET sessions_revoked_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
    }

    void signedIn(String username, Instant now) {
        jdbc.sql("UPDATE staff_account SET last_login_at = ? WHERE username = ?").params(Timestamp.from(now), username).update();
    }

    /**
     * When the account's sessions were last ended: {@link Instant#MIN} for a disabled or deleted
     * account (every session ends), empty when never.
     */
    Optional<Instant> sessionsRevokedAt(long id) {
        return jdbc.sql("SELECT enabled, sessions_revoked_at FROM staff_account WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBoolean("enabled")
                        ? Optional.ofNullable(rs.getTimestamp("sessions_revoked_at")).map(Timestamp::toInstant)
                        : Optional.of(Instant.MIN))
                .optional().orElse(Optional.of(Instant.MIN));
    }

    boolean hasEnabledAdministrator() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account WHERE role = 'ADMIN' AND enabled)").query(Boolean.class).single();
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), rs.getString("role"), nullableLong(rs, "center_id"),
                (Integer) rs.getObject("province_id"), rs.getObject("region_id") == null ? null : rs.getShort("region_id"),
                nullableLong(rs, "organization_id"), rs.getString("preferred_language"), rs.getBoolean("enabled"),
                rs.getBoolean("nation_scope"), rs.getInt("version"));
    }

    private static StaffSummary summary(ResultSet rs, int row) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new StaffSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("role"), nullableLong(rs, "center_id"), (Integer) rs.getObject("province_id"),
                rs.getObject("region_id") == null ? null : rs.getShort("region_id"), nullableLong(rs, "organization_id"),
                rs.getString("preferred_language"), rs.getBoolean("enabled"), lastLogin == null ? null : lastLogin.toInstant(),
                rs.getString("email"), rs.getBoolean("nation_scope"), rs.getInt("version"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
