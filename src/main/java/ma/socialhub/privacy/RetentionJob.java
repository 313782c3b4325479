package ma.socialhub.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ma.socialhub.base.security.SystemAuthority;
import ma.socialhub.intake.PersonalDataAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises, every night, the people not seen for {@code hub.retention.years} (law 09-08: data
 * kept no longer than its purpose needs). Several nodes may run the schedule; a PostgreSQL
 * advisory lock lets only one of them work at a time. It works in batches, so a first run on a
 * large database does not hold one huge transaction.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final long LOCK = 0x48_55_42_52_45_54L; // "HUBRET"

    private final PersonalDataAdmin personalData;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int years;
    private final SecurityContextHolderStrategy contexts;

    RetentionJob(PersonalDataAdmin personalData, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
            @Value("${hub.retention.years:5}") int years, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.years = years;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Scheduled(cron = "${hub.retention.cron:0 30 2 * * *}", zone = "${hub.zone}")
    void nightly() {
        int done = run();
        if (done > 0) {
            log.info("Retention: {} people not seen for {} years anonymised", done, years);
        }
    }

    /** Runs the job now; returns how many people were anonymised (0 if another node holds the lock). */
    int run() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(365L * years));
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
                return mine ? SystemAuthority.call(contexts, () -> personalData.anonymiseNotSeenSince(cutoff, 500)) : -1;
            });
            if (done == null || done <= 0) {
                return total;
            }
            total += done;
        }
    }
}
