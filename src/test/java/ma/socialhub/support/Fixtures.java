package ma.socialhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.MessageSettings;
import ma.socialhub.messaging.MessagingAdmin;
import ma.socialhub.kiosk.KioskRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.security.SystemAuthority;
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
    private static final AtomicBoolean KIOSK_FOLDER_CLEARED = new AtomicBoolean();
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final StaffDirectory staff;
    private final KioskRegistry kiosks;
    private final SecurityContextHolderStrategy securityContexts;
    private final ObjectProvider<MessagingAdmin> messagingAdmin;

    Fixtures(JdbcClient jdbc, StaffAccounts accounts, StaffDirectory staff, KioskRegistry kiosks,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts, ObjectProvider<MessagingAdmin> messagingAdmin) {
        this.kiosks = kiosks;
        this.messagingAdmin = messagingAdmin;
        // the strategy this context's method security reads; the static holder is JVM-wide and is
        // replaced by every other application context a test run starts
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.staff = staff;
    }

    /**
     * Sets the hub's SMS provider as an administrator would (HTTP to a made-up aggregator, or none);
     * signed out afterwards. Screens and pages offer messages only when there is one.
     */
    public void smsProvider(GatewaySettings.Kind kind) {
        signIn(staff(Roles.ADMIN, null, null));
        MessagingAdmin admin = messagingAdmin.getObject();
        MessageSettings now = admin.settings();
        GatewaySettings gateway = kind == GatewaySettings.Kind.NONE ? GatewaySettings.none()
                : new GatewaySettings(kind, "", 0, "", null, "", "HUB", 10, 10, "https://sms.example.ma/send");
        admin.save(new MessageSettings(gateway, now.passwordSet(), now.quietFrom(), now.quietUntil(), now.nearAhead(),
                now.nearMinutes(), now.version()), null);
        signOut();
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

    /** A new center in Souss-Massa whose days and hours are those of {@code timeZone}. */
    public long centerIn(String timeZone) {
        long id = center();
        jdbc.sql("UPDATE center SET time_zone = ? WHERE id = ?").params(timeZone, id).update();
        return id;
    }

    /** Opens the center Monday to Friday, 08:30 to 16:30 on its own clock, for every service: bookable. */
    public void openWeekdays(long centerId) {
        for (int weekday = 1; weekday <= 5; weekday++) {
            jdbc.sql("INSERT INTO opening_hours (center_id, weekday, opens, closes) VALUES (?, ?, '08:30', '16:30')")
                    .params(centerId, weekday).update();
        }
    }

    public String code(long centerId) {
        return jdbc.sql("SELECT code FROM center WHERE id = ?").param(centerId).query(String.class).single();
    }

    /**
     * An open counter labelled {@code label} serving the given services, as if someone worked it:
     * the queue's tests call at it without an agent choosing it first (a new counter starts closed,
     * see {@link #closedCounter}).
     */
    public long counter(long centerId, String label, long... serviceIds) {
        long id = closedCounter(centerId, label, serviceIds);
        jdbc.sql("UPDATE counter SET state = 'OPEN' WHERE id = ?").param(id).update();
        return id;
    }

    /** A counter as an administrator makes it: closed until an agent chooses it. */
    public long closedCounter(long centerId, String label, long... serviceIds) {
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
        SystemAuthority.run(securityContexts, () -> accounts.ensure(username, "secret-pass", "Agent " + username, Roles.AGENT,
                centerId, "fr"));
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

    /** A partner organization in a region: an incubator, or an institution of {@code institutionType}. */
    public long organization(String kind, int regionId, String institutionType) {
        String code = "org-" + run + "-" + SEQUENCE.incrementAndGet();
        return jdbc.sql("""
                INSERT INTO partner_organization (code, kind, institution_type, name_ar, name_zgh, name_fr, name_en, region_id)
                VALUES (:code, :kind, :type, 'شريك', 'ⴰⵏⵎⵢⴰⵡⴰⵙ', :fr, :en, :region) RETURNING id
                """).param("code", code).param("kind", kind)
                .param("type", "INCUBATOR".equals(kind) ? null : institutionType)
                .param("fr", "Partenaire " + code).param("en", "Partner " + code).param("region", (short) regionId)
                .query(Long.class).single();
    }

    public long incubator(int regionId) {
        return organization("INCUBATOR", regionId, null);
    }

    /** A program run by the given organizations. */
    public long program(long... operators) {
        String code = "prog-" + run + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                INSERT INTO program (code, name_ar, name_zgh, name_fr, name_en, national_target, regional_target)
                VALUES (?, 'برنامج', 'ⴰⵖⴰⵡⴰⵙ', 'Programme', 'Program', 36000, 3000) RETURNING id
                """).param(code).query(Long.class).single();
        for (long operator : operators) {
            jdbc.sql("INSERT INTO partner_program (organization_id, program_id) VALUES (?, ?)").params(operator, id).update();
        }
        return id;
    }

    /** A need of the checklist, for the given services; returns its code. */
    public String need(String code, long... serviceIds) {
        jdbc.sql("""
                INSERT INTO need (code, name_ar, name_zgh, name_fr, name_en) VALUES (?, 'حاجة', 'ⵜⴰⵖⵓⵔⵉ', ?, ?)
                ON CONFLICT (code) DO NOTHING
                """).params(code, "Besoin " + code, "Need " + code).update();
        for (long service : serviceIds) {
            jdbc.sql("INSERT INTO service_need (service_id, need_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(service, code).update();
        }
        return code;
    }

    /**
     * An orientation rule; {@code criteria} is SQL assignments for its criteria columns
     * ({@code "any_need = '{X}', min_age = 18"}), {@code target} those of its target.
     */
    public long rule(String criteria, String target, int priority) {
        String code = "rule-" + run + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                INSERT INTO orientation_rule (code, title_ar, title_zgh, title_fr, title_en, reason_ar, reason_zgh, reason_fr,
                                              reason_en, target_kind, priority, active)
                VALUES (:code, 'اقتراح', 'ⴰⵙⵓⵎⵔ', :code, :code, 'سبب', 'ⵜⴰⵎⵏⵜⵉⵍⵜ', 'Parce que', 'Because', 'INCUBATOR',
                        :priority, false)
                RETURNING id
                """).param("code", code).param("priority", priority).query(Long.class).single();
        jdbc.sql("UPDATE orientation_rule SET " + target + ", " + criteria + ", active = true WHERE id = ?")
                .param(id).update();
        return id;
    }

    /** Switches off every rule but those given, so a test sees only its own proposals. */
    public void onlyRules(long... ruleIds) {
        jdbc.sql("UPDATE orientation_rule SET active = false WHERE NOT (id = ANY (?))")
                .param(Arrays.stream(ruleIds).boxed().toArray(Long[]::new)).update();
    }

    /** A partner account of the organization; returns the username (password "secret-pass"). */
    public String partner(long organizationId) {
        String username = "partner-" + run + "-" + SEQUENCE.incrementAndGet();
        SystemAuthority.run(securityContexts, () -> accounts.ensure(username, "secret-pass", "Partner " + username,
                Roles.INCUBATOR, null, organizationId, "fr"));
        return username;
    }

    /** A staff account of any role and scope; returns the username (password "secret-pass"). */
    public String staff(String role, Long centerId, Long organizationId) {
        String username = role.toLowerCase() + "-" + run + "-" + SEQUENCE.incrementAndGet();
        SystemAuthority.run(securityContexts, () -> accounts.ensure(username, "secret-pass", role + " " + username, role,
                centerId, organizationId, "fr"));
        return username;
    }

    /** A supervisor of one region; returns the username. */
    public String supervisorOfRegion(int regionId) {
        String username = staff(Roles.SUPERVISOR, null, null);
        jdbc.sql("UPDATE staff_account SET region_id = ?, nation_scope = false WHERE username = ?").params(regionId, username).update();
        return username;
    }

    /** Runs {@code work} as the system (with the ADMIN role), as start-up code does. */
    public <T> T asSystem(Supplier<T> work) {
        return SystemAuthority.call(securityContexts, work);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
