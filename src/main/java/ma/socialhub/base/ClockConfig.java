package ma.socialhub.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole hub, so that tests can move time (priority ageing, day change), and the
 * hub's zone beside it. Code asks the clock for the instant and names the zone it means (a
 * center's or the hub's) rather than relying on the clock's own zone.
 */
@Configuration
class ClockConfig {

    @Bean
    HubZone hubZone(@Value("${hub.zone}") ZoneId zone) {
        return new HubZone(zone);
    }

    @Bean
    Clock clock(HubZone hubZone) {
        return Clock.system(hubZone.zone());
    }
}
