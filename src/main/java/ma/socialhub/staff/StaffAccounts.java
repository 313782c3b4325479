package ma.socialhub.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
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

    private final StaffAccountStore accounts;
    private final PasswordEncoder passwordEncoder;
    private final AdminLog adminLog;
    private final StaffDirectory directory;
    private final Clock clock;

    StaffAccounts(StaffAccountStore accounts, PasswordEncoder passwordEncoder, AdminLog adminLog, StaffDirectory directory,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
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
        return accounts.byUsername(name).map(StaffAccount::id).orElseGet(() -> accounts.ensure(new StaffAccount(null, name,
                passwordEncoder.encode(rawPassword), displayName, role, centerId, null, null, organizationId, preferredLanguage,
                true, Roles.SUPERVISOR.equals(role) && centerId == null, 0)));
    }

    /** Every account, for the administration screen (no password hashes). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<StaffSummary> all() {
        return accounts.all();
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
            long id = accounts.insert(form, form.username().strip().toLowerCase(Locale.ROOT), passwordEncoder.encode(password),
                    nationOf(form), clock.instant());
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
        int updated = accounts.update(id, version, form, nationOf(form), clock.instant());
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
        accounts.setEnabled(id, enabled, clock.instant());
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
        accounts.setPassword(id, username, passwordEncoder.encode(password), clock.instant());
        directory.forget(id);
        adminLog.record("staff_account", id, "RESET_PASSWORD", null, null);
        return new AdminResult.Done(id);
    }

    /** Ends every session of the person, on every node, at its next request. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void signOutEverywhere(long id) {
        accounts.revokeSessions(id, clock.instant());
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
        Optional<StaffAccount> account = accounts.byUsername(username).filter(StaffAccount::enabled)
                .filter(a -> passwordEncoder.matches(password, a.passwordHash()));
        account.ifPresent(a -> setEnabled(Objects.requireNonNull(a.id()), false));
        return account.isPresent();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Optional<StaffSummary> find(long id) {
        return accounts.find(id);
    }

    /** Whether any enabled administrator exists (the first-time setup is offered only when none does). */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean hasAdministrator() {
        return accounts.hasEnabledAdministrator();
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
