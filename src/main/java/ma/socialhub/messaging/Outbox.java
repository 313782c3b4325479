package ma.socialhub.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts a message in the outbox, in the caller's transaction: rendered now in the person's
 * language, moved out of the center's quiet hours, and dropped at once when those hours would
 * outlast what the message is worth (a "turn is near" at night is no use in the morning), and
 * refused past {@code hub.messages.per-number-per-day} for one number: no cause, nor any script,
 * turns the hub against someone's phone.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxStore store;
    private final SettingsStore settings;
    private final MessageTexts texts;
    private final Catalog catalog;
    private final Clock clock;
    private final SubscriptionStore subscriptions;
    private final int perNumberPerDay;

    Outbox(OutboxStore store, SettingsStore settings, MessageTexts texts, Catalog catalog, Clock clock,
            SubscriptionStore subscriptions, @Value("${hub.messages.per-number-per-day:12}") int perNumberPerDay) {
        this.subscriptions = subscriptions;
        this.perNumberPerDay = perNumberPerDay;
        this.store = store;
        this.settings = settings;
        this.texts = texts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Queues the message once per {@code dedupeKey}; returns whether it was queued now. */
    boolean add(Subscription to, MessageKind kind, String dedupeKey, Map<String, ?> values, Instant due) {
        if (to.stopped() || !to.hasNumber()) {
            return false;
        }
        HubLanguage language = HubLanguage.ofTag(to.language()).orElse(HubLanguage.ARABIC);
        Map<String, Object> all = new HashMap<>(values);
        all.putIfAbsent("link", to.pageUrl());
        // the center's name for messages where its own would tell whom it serves
        settings.smsName(to.centerId()).ifPresentOrElse(name -> all.putIfAbsent("center", name),
                () -> catalog.center(to.centerId()).ifPresent(c -> all.putIfAbsent("center", c.name().in(language))));
        String body = texts.render(kind, language, all);
        ZoneId zone = catalog.zoneOf(to.centerId());
        Instant now = clock.instant();
        Instant notBefore = settings.quietHours(to.centerId(), settings.read()).firstAllowed(due.isBefore(now) ? now : due, zone);
        Instant expiresAt = due.plus(kind.worthFor());
        if (!notBefore.isBefore(expiresAt)) {
            return false;
        }
        // Whatever the causes (tickets, bookings booked, moved and cancelled in a loop by a script that
        // typed a stranger's number), one number receives at most so many messages a day.
        String phoneHash = to.phoneHash();
        if (phoneHash != null) {
            subscriptions.lock(phoneHash);
            if (store.queuedFor(phoneHash, now.minus(Duration.ofDays(1))) >= perNumberPerDay) {
                log.warn("A number reached {} messages in a day; message {} not queued", perNumberPerDay, dedupeKey);
                return false;
            }
        }
        return store.add(to.id(), to.centerId(), kind, dedupeKey, body, SmsParts.of(body).count(), notBefore, expiresAt, now);
    }

    void cancel(String dedupeKey, String why) {
        store.cancel(dedupeKey, why);
    }
}
