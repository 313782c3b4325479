package ma.socialhub.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import ma.socialhub.base.HubZone;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The system clock in the hub's zone, as the application's, unless a test pins or moves it (priority ageing, a new day). */
public class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant pinned;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public void pin(Instant at) {
        this.pinned = at;
    }

    public void advance(Duration by) {
        pinned = instant().plus(by);
    }

    public void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @TestConfiguration
    public static class Config {

        @Bean
        @Primary
        TestClock testClock(HubZone hubZone) {
            return new TestClock(hubZone.zone());
        }
    }
}
