package ma.socialhub.messaging;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the numbers that no ticket or booking needs any more (law 09-08: kept no longer than
 * their purpose). Idempotent, so every node may run it.
 */
@Component
class MessageRetention {

    private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);

    private final SubscriptionStore subscriptions;
    private final TransactionTemplate tx;
    private final Clock clock;

    MessageRetention(SubscriptionStore subscriptions, TransactionTemplate tx, Clock clock) {
        this.subscriptions = subscriptions;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${hub.messages.forget-cron:0 */10 * * * *}")
    void forget() {
        Integer forgotten = tx.execute(s -> subscriptions.forget(clock.instant()));
        if (forgotten != null && forgotten > 0) {
            log.info("Messages: {} phone numbers no longer needed were erased", forgotten);
        }
    }
}
