package ma.socialhub.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs: re-reading kiosk files today; retention and rollups later. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
