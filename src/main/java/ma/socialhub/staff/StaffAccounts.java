package ma.socialhub.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.PasswordPolicy;
import ma.socialhub.base.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts, as an administrator manages them: create with a role and its scope, change
 * them, disable, reset a password, end every session of a person. Every change is in the
 * administrative audit trail, without any password or hash.
 *
 * <p>Scope rules (also checked by the database): an AGENT works in one center; a
 * SUPERVISOR sees a center, a province, a region, or the nation when it is chosen on purpose
 * (never for want of a place); an ADMIN the nation; an INCUBATOR account belongs to one partner
 * organization.
 */
@Service
public class StaffAccounts {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final AdminLog adminLog;
    private final StaffDirectory directory;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc, AdminLog adminLog,
            StaffDirectory directory, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.adminLog = adminLog;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Creates the account unless one with that username exists; returns its id either way. For
     * the demo data and tests, which run as the system; the password is not checked against the
     * policy (the demo's are documented as demo). A supervisor made here without a center watches
     * the nation.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long ensure(String username, String rawPassword, String displayName, String role,
            @Nullable Long centerId, String preferredLanguage) {
        return ensure(username, rawPassword, displayName, role, centerId, null, preferredLanguage);
    }

    /** As above, for a partner account tied to its organization. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long ensure(String username, String rawPassword, String displayName, String role,
            @Nullable Long centerId, @Nullable Long organizationId, String preferredLanguage) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(name).map(StaffAccount::id).orElseGet(() -> accounts.save(new StaffAccount(
                null, name, passwordEncoder.encode(rawPassword), displayName, role, centerId, null, null,
                organizationId, preferredLanguage, true, Roles.SUPERVISOR.equals(role) && centerId == null, 0)).id());
    }

    /** Every account, for the administration screen (no password hashes). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<StaffSummary> all() {
        return jdbc.sql("""
                SELECT id, username, display_name, role, center_id, province_id, region_id, organization_id,
                       preferred_language, enabled, last_login_at, email, nation_scope, version
                  FROM staff_account ORDER BY role, username
                """).query((rs, n) -> new StaffSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("role"), (Long) rs.getObject("center_id"), (Integer) rs.getObject("province_id"),
                        rs.getObject("region_id") == null ? null : rs.getShort("region_id"), (Long) rs.getObject("organization_id"),
                        rs.getString("preferred_language"), rs.getBoolean("enabled"),
                        rs.getTimestamp("last_login_at") == null ? null : rs.getTimestamp("last_login_at").toInstant(),
                        rs.getString("email"), rs.getBoolean("nation_scope"), rs.getInt("version"))).list();
    }

    /** Creates an account; the password must meet {@link PasswordPolicy}. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AdminResult create(StaffForm form, String password) {
        Optional<AdminResult> refused = check(form, password, true);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            long id = jdbc.sql("""
                    INSERT INTO staff_account (username, password_hash, display_name, role, center_id, province_id, region_id,
                                               organization_id, preferred_language, email, password_changed_at, nation_scope)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """).params(form.username().strip().toLowerCase(Locale.ROOT), passwordEncoder.encode(password),
                    form.displayName().strip(), form.role(), form.centerId(), form.provinceId(), form.regionId(),
                    form.organizationId(), form.language(), form.email().strip(), Timestamp.from(clock.instant()),
                    nationOf(form))
                    .query(Long.class).single();
            adminLog.record("staff_account", id, "CREATE", null, form);
            return new AdminResult.Done(id);
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("username", "admin.staff.error.usernameTaken"));
        }
    }

    /**
     * Changes an account's name, role, scope and language, if nobody changed it since
     * {@code version}. A new role or scope ends the person's sessions: they sign in again with it.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AdminResult update(long id, int version, StaffForm form) {
        Optional<AdminResult> refused = check(form, null, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        StaffSummary before = find(id).orElse(null);
        int updated = jdbc.sql("""
                UPDATE staff_account SET display_name = ?, role = ?, center_id = ?, province_id = ?, region_id = ?,
                       organization_id = ?, preferred_language = ?, email = ?, nation_scope = ?, version = version + 1,
                       sessions_revoked_at = CASE WHEN (role, center_id, province_id, region_id, organization_id, nation_scope)
                                                      IS DISTINCT FROM (?, ?, ?, ?, ?, ?) THEN ? ELSE sessions_revoked_at END
                 WHERE id = ? AND version = ?
                """).params(form.displayName().strip(), form.role(), form.centerId(), form.provinceId(), form.regionId(),
                form.organizationId(), form.language(), form.email().strip(), nationOf(form), form.role(), form.centerId(),
                form.provinceId(), form.regionId(), form.organizationId(), nationOf(form), Timestamp.from(clock.instant()), id,
                version).update();
        if (updated == 0) {
            return new AdminResult.Conflict();
        }
        directory.forget(id);
        adminLog.record("staff_account", id, "UPDATE", before, form);
        return new AdminResult.Done(id);
    }

    /**
     * Enables or disables an account. Either way every session opened before now ends at its next
     * request: a disabled account's at once, and re-enabling never revives a session opened before
     * the account was disabled (a stolen tablet stays signed out).
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE staff_account SET enabled = ?, sessions_revoked_at = ?, version = version + 1 WHERE id = ?")
                .params(enabled, Timestamp.from(clock.instant()), id).update();
        directory.forget(id);
        adminLog.record("staff_account", id, enabled ? "ENABLE" : "DISABLE", null, null);
    }

    /** Sets a new password (meeting the policy) and ends the person's sessions. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public AdminResult resetPassword(long id, String password) {
        String username = find(id).map(StaffSummary::username).orElse("");
        Optional<String> weak = PasswordPolicy.problem(password, username);
        if (weak.isPresent()) {
            return new AdminResult.Invalid(Map.of("password", weak.get()));
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE staff_account SET password_hash = ?, password_changed_at = ?, sessions_revoked_at = ? WHERE id = ?")
                .params(passwordEncoder.encode(password), Timestamp.from(now), Timestamp.from(now), id).update();
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(username).update();
        directory.forget(id);
        adminLog.record("staff_account", id, "RESET_PASSWORD", null, null);
        return new AdminResult.Done(id);
    }

    /** Ends every session of the person, on every node, at its next request. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void signOutEverywhere(long id) {
        jdbc.sql("UPDATE staff_account SET sessions_revoked_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), id)
                .update();
        directory.forget(id);
        adminLog.record("staff_account", id, "REVOKE_SESSIONS", null, null);
    }

    /**
     * Disables the account {@code username} if it is enabled and its password is {@code password}:
     * for the demo's accounts found by a node started without the demo (their password is in the
     * README). Returns whether it did.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public boolean disableIfPasswordIs(String username, String password) {
        Optional<StaffAccount> account = accounts.findByUsername(username).filter(StaffAccount::enabled)
                .filter(a -> passwordEncoder.matches(password, a.passwordHash()));
        account.ifPresent(a -> setEnabled(Objects.requireNonNull(a.id()), false));
        return account.isPresent();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Optional<StaffSummary> find(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /** Whether any enabled administrator exists (the first-time setup is offered only when none does). */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean hasAdministrator() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account WHERE role = 'ADMIN' AND enabled)").query(Boolean.class).single();
    }

    private static boolean nationOf(StaffForm form) {
        return form.nation() && Roles.SUPERVISOR.equals(form.role());
    }

    private Optional<AdminResult> check(StaffForm form, @Nullable String password, boolean creating) {
        Map<String, String> problems = new HashMap<>();
        String username = form.username().strip().toLowerCase(Locale.ROOT);
        if (creating && !USERNAME.matcher(username).matches()) {
            problems.put("username", "admin.staff.error.username");
        }
        if (form.displayName().isBlank() || form.displayName().length() > 100) {
            problems.put("displayName", "admin.error.name");
        }
        if (!List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INCUBATOR).contains(form.role())) {
            problems.put("role", "admin.staff.error.role");
        }
        int scopes = (form.centerId() == null ? 0 : 1) + (form.provinceId() == null ? 0 : 1) + (form.regionId() == null ? 0 : 1);
        if (scopes > 1) {
            problems.put("scope", "admin.staff.error.oneScope");
        } else if (Roles.ADMIN.equals(form.role()) && scopes > 0) {
            problems.put("scope", "admin.staff.error.adminNational");
        } else if (Roles.AGENT.equals(form.role()) && form.centerId() == null) {
            problems.put("scope", "admin.staff.error.agentCenter");
        } else if (form.nation() && (!Roles.SUPERVISOR.equals(form.role()) || scopes > 0)) {
            problems.put("scope", "admin.staff.error.nationAlone");
        } else if (Roles.SUPERVISOR.equals(form.role()) && scopes == 0 && !form.nation()) {
            problems.put("scope", "admin.staff.error.supervisorScope");
        } else if (Roles.INCUBATOR.equals(form.role()) && form.organizationId() == null) {
            problems.put("scope", "admin.staff.error.partnerOrganization");
        }
        if (form.email().length() > 200 || (!form.email().isBlank() && !form.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))) {
            problems.put("email", "admin.staff.error.email");
        }
        if (password != null) {
            PasswordPolicy.problem(password, username).ifPresent(p -> problems.put("password", p));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(new AdminResult.Invalid(problems));
    }
}
