package ma.socialhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import ma.socialhub.kiosk.KioskDevices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The hub as the jar and the container start it — its own embedded database, nothing asked for —
 * holds no demo account and no kiosk with a known secret; and a node started without the demo on a
 * database the demo once filled takes away what the README made public. Settings are command-line
 * arguments: they beat SPRING_DATASOURCE_URL in CI's environment.
 */
class DemoOnlyWhenAskedTest {

    private final SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityStrategy() {
        // Spring Security's holder strategy is JVM-global and each application replaces it
        SecurityContextHolder.setContextHolderStrategy(ours);
    }

    @Test
    void theHubStartedAsTheJarStartsItHasNoDemoAccountNoDemoKioskAndAKeyOfItsOwn(@TempDir Path home) throws Exception {
        try (ConfigurableApplicationContext hub = start(home, false)) {
            JdbcClient jdbc = hub.getBean(JdbcClient.class);
            assertThat(hub.getEnvironment().getActiveProfiles()).doesNotContain("demo");
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM center").query(Integer.class).single()).isZero();
            assertThat(hub.getBean(KioskDevices.class).demoCredential("demo-agadir-entrance")).isEmpty();
            assertThat(home.resolve("data.key")).exists();
        }
    }

    @Test
    void aNodeStartedWithoutTheDemoOnTheDemosDatabaseDisablesItsAccountsAndReplacesItsKioskSecrets(@TempDir Path home)
            throws Exception {
        try (ConfigurableApplicationContext demo = start(home, true)) {
            JdbcClient jdbc = demo.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE enabled AND username IN ('agent', 'admin')")
                    .query(Integer.class).single()).isEqualTo(2);
            assertThat(tokenHash(jdbc, "agadir-entrance")).isEqualTo(sha256("demo-agadir-entrance"));
        }
        try (ConfigurableApplicationContext real = start(home, false)) {
            JdbcClient jdbc = real.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE enabled AND username IN ('agent', 'agent.ar', "
                    + "'supervisor', 'admin', 'incubator')").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE sessions_revoked_at IS NOT NULL AND username = 'admin'")
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(tokenHash(jdbc, "agadir-entrance")).isNotEqualTo(sha256("demo-agadir-entrance"));
        }
        // the demo asked for again gets its accounts and its kiosks back
        try (ConfigurableApplicationContext demo = start(home, true)) {
            JdbcClient jdbc = demo.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE enabled AND username IN ('agent', 'admin')")
                    .query(Integer.class).single()).isEqualTo(2);
            assertThat(tokenHash(jdbc, "agadir-entrance")).isEqualTo(sha256("demo-agadir-entrance"));
        }
    }

    private static ConfigurableApplicationContext start(Path home, boolean demo) {
        // the demo's history is DemoHistoryTest's subject
        return DemoHub.start(home, demo, "--hub.demo.history-days=0");
    }

    private static String tokenHash(JdbcClient jdbc, String kioskId) {
        return jdbc.sql("SELECT token_hash FROM kiosk_device WHERE kiosk_id = ?").param(kioskId).query(String.class).single();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
