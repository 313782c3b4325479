package ma.socialhub.staff;

import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.security.SystemAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import ma.socialhub.base.security.HubSecrets;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an empty hub. No account and no default password exist in a real
 * deployment: at start-up, while no administrator exists, the hub prints a one-time setup code in
 * its log (only its hash is stored); whoever reads the server's log opens {@code /setup}, gives the
 * code and creates the first administrator, and the code is gone. Two people racing to set up are
 * ordered by a row lock on the code.
 */
@Service
public class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String SECRET = "setup-code";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HubSecrets secrets;
    private final StaffAccounts accounts;
    private final AdminLog adminLog;
    private final SecurityContextHolderStrategy contexts;

    FirstAdministrator(HubSecrets secrets, StaffAccounts accounts, AdminLog adminLog,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.secrets = secrets;
        this.accounts = accounts;
        this.adminLog = adminLog;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Whether the hub still waits for its first administrator. */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean needed() {
        return !accounts.hasAdministrator();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void atStartUp() {
        offerSetupIfNeeded().ifPresent(code -> log.warn(
                "No administrator yet. Open /setup and give this one-time code to create the first one: {}", code));
    }

    /** A fresh one-time code while no administrator exists; the previous one stops working. */
    @Transactional
    Optional<String> offerSetupIfNeeded() {
        if (accounts.hasAdministrator()) {
            secrets.remove(SECRET);
            return Optional.empty();
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secrets.replace(SECRET, hash(code));
        return Optional.of(code);
    }

    /**
     * Creates the first administrator (scope: the nation) if the code is the one printed at start-up
     * and no administrator exists yet; the code is used up. Problems by field, empty when done.
     */
    @Transactional
    @PermitAll
    public Map<String, String> setUp(String code, StaffForm form, String password) {
        Optional<String> stored = secrets.lockedValue(SECRET);
        if (accounts.hasAdministrator() || stored.isEmpty()
                || !MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII),
                        hash(code.strip()).getBytes(StandardCharsets.US_ASCII))) {
            return Map.of("code", "setup.error.code");
        }
        StaffForm admin = new StaffForm(form.username(), form.displayName(), Roles.ADMIN, null, null, null, null,
                form.language(), form.email());
        AdminResult result = SystemAuthority.call(contexts, () -> accounts.create(admin, password));
        if (result instanceof AdminResult.Invalid invalid) {
            return invalid.problems();
        }
        secrets.remove(SECRET);
        adminLog.record("staff_account", ((AdminResult.Done) result).id(), "SETUP", null, admin);
        return Map.of();
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
