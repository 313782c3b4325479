package ma.socialhub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A test against a real PostgreSQL: the server named by {@code SPRING_DATASOURCE_URL} when set
 * (CI), otherwise an embedded one in a throw-away folder. Flyway migrates it; no demo data is
 * loaded, each test builds the centers it needs with {@link Fixtures}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"hub.embedded-db.data-dir=", "hub.embedded-db.demo=false",
        "spring.datasource.hikari.maximum-pool-size=30",
        // several test contexts live at once in one JVM: each keeps few idle connections, so that
        // together they stay under PostgreSQL's max_connections (100 by default)
        "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000", "hub.kiosk.config-dir=target/test-kiosk-config",
        // the tests' kiosks get known secrets, as the demo's do: their folder is the "demo" one here
        "hub.kiosk.demo-secrets=true", "hub.kiosk.demo-config-dir=target/test-kiosk-config",
        // the public catalogue read afresh at each request, so that a test sees the centers it made
        "hub.hsds.cache-seconds=0",
        // the counter-presence and no-show sweeps run when a test says so: a test that moves the clock must not
        // close another's counters or miss its bookings
        "hub.counter.presence-cron=-", "hub.booking.sweep-cron=-", "hub.booking.day-end-cron=-",
        // the outbox is worked off when a test says so
        "hub.messages.send-cron=-", "hub.messages.forget-cron=-",
        // the region rollups are summed when a test says so (RegionRollupsTest)
        "hub.supervision.region-rollup-cron=-", "hub.api.anonymous-per-minute=100000", "management.server.port=0",
        // a fixed test key: personal identifiers are encrypted at rest with it
        "hub.data-key=dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE="})
@Import({TestClock.Config.class, Fixtures.class, Scenario.class})
public @interface IntegrationTest {

    /** {@code RANDOM_PORT} for real-browser tests. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
