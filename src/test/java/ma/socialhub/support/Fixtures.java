package ma.socialhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import ma.socialhub.kiosk.KioskRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Builds what a test needs in the database: a fresh center of its own (so tests never see each
 * other's tickets, on a shared CI database too), services, counters and an agent.
 */
@TestComponent
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicBoolean KIOSK_FOLDER_CLEARED = new java.util.concurrent.atomic.AtomicBoolean();
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final StaffDirectory staff;
    private final KioskRegistry kiosks;
    private final SecurityContextHolderStrategy securityContexts;

    Fixtures(JdbcClient jdbc, StaffAccounts accounts, StaffDirectory staff, KioskRegistry kiosks,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.kiosks = kiosks;
        // the strategy this context's method security reads; the static holder is JVM-wide and is
        // replaced by every other application context a test run starts
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.staff = staff;
    }

    /** A service with this letter, made once per database. */
    public long service(char letter) {
        jdbc.sql("""
                INSERT INTO social_service (code, letter, pictogram, name_ar, name_zgh, name_fr, name_en, target_wait_minutes)
                VALUES (:code, :letter, 'reception', :ar, :zgh, :fr, :en, 15) ON CONFLICT (letter) DO NOTHING
                """).param("code", "test-" + letter).param("letter", String.valueOf(letter))
                .param("ar", "خدمة " + letter).param("zgh", "ⵜⴰⵏⴰⴼⵓⵜ " + letter)
                .param("fr", "Service " + letter).param("en", "Service " + letter).update();
        return jdbc.sql("SELECT id FROM social_service WHERE letter = ?").param(String.valueOf(letter))
                .query(Long.class).single();
    }

    /** A new center in Souss-Massa; returns its id. Its code is {@link #code(long)}. */
    public long center() {
        String code = "t-" + run + "-" + SEQUENCE.incrementAndGet();
        jdbc.sql("""
                INSERT INTO province (region_id, code, name_ar, name_zgh, name_fr, name_en)
                VALUES (9, 'test-province', 'إقليم', 'ⴰⵎⵏⴰⴹ', 'Province test', 'Test province')
                ON CONFLICT (code) DO NOTHING
                """).update();
        return jdbc.sql("""
                INSERT INTO center (province_id, code, kind, name_ar, name_zgh, name_fr, name_en)
                SELECT id, :code, 'SOCIAL_POLE', 'مركز الاختبار', 'ⴰⵎⵙⵙⵓⴷⵙ', 'Centre de test', 'Test center'
                  FROM province WHERE code = 'test-province'
                RETURNING id
                """).param("code", code).query(Long.class).single();
    }

    public String code(long centerId) {
        return jdbc.sql("SELECT code FROM center WHERE id = ?").param(centerId).query(String.class).single();
    }

    /** A counter labelled {@code label} serving the given services. */
    public long counter(long centerId, String label, long... serviceIds) {
        long id = jdbc.sql("INSERT INTO counter (center_id, label) VALUES (?, ?) RETURNING id")
                .params(centerId, label).query(Long.class).single();
        for (long service : serviceIds) {
            jdbc.sql("INSERT INTO counter_service (counter_id, service_id) VALUES (?, ?)").params(id, service).update();
        }
        return id;
    }

    public List<Long> counters(long centerId, int count, long... serviceIds) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(counter(centerId, String.valueOf(i), serviceIds));
        }
        return ids;
    }

    /** An agent of the center; returns the username (password "secret-pass"). */
    public String agent(long centerId) {
        String username = "agent-" + run + "-" + SEQUENCE.incrementAndGet();
        accounts.ensure(username, "secret-pass", "Agent " + username, Roles.AGENT, centerId, "fr");
        return username;
    }

    /** Signs {@code username} in on the current thread, as the login form would. */
    public StaffMember signIn(String username) {
        StaffMember member = staff.loadUserByUsername(username);
        signIn(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        return member;
    }

    /** Signs in whatever authentication a test needs (a role without an account, say). */
    public void signIn(Authentication authentication) {
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(authentication);
        securityContexts.setContext(context);
    }

    public Authentication authentication() {
        return securityContexts.getContext().getAuthentication();
    }

    public void signOut() {
        securityContexts.clearContext();
    }

    /**
     * A registered kiosk of the center, from a file written to the test kiosk folder; returns its
     * credential (the demo secret). Extra lines go into the file as they are.
     */
    public String kiosk(long centerId, String... extraLines) {
        String kioskId = code(centerId) + "-k" + SEQUENCE.incrementAndGet();
        List<String> lines = new ArrayList<>(List.of("kiosk-id = " + kioskId, "center = " + code(centerId)));
        lines.addAll(List.of(extraLines));
        try {
            Path dir = Path.of("target", "test-kiosk-config");
            if (KIOSK_FOLDER_CLEARED.compareAndSet(false, true) && Files.isDirectory(dir)) {
                // files of an earlier test JVM name centers this JVM's database may not have
                try (var old = Files.list(dir)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(dir);
            Files.write(dir.resolve(kioskId + ".properties"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kiosks.reload();
        return kioskId + ".demo-" + kioskId;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
