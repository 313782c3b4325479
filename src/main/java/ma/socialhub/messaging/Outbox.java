package ma.socialhub.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import org.springframework.stereotype.Component;

/**
 * Puts a message in the outbox, in the caller's transaction: rendered now in the person's
 * language, moved out of the center's quiet hours, and dropped at once when those hours would
 * outlast what the message is worth (a "turn is near" at night is no use in the morning).
 */
@Component
class Outbox {

    private final OutboxStore store;
    private final SettingsStore settings;
    private final MessageTexts texts;
    private final Catalog catalog;
    private final Clock clock;

    Outbox(OutboxStore store, SettingsStore settings, MessageTexts texts, Catalog catalog, Clock clock) {
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
        catalog.center(to.centerId()).ifPresent(c -> all.putIfAbsent("center", c.name().in(language)));
        String body = texts.render(kind, language, all);
        ZoneId zone = catalog.zoneOf(to.centerId());
        Instant now = clock.instant();
        Instant notBefore = settings.quietHours(to.centerId(), settings.read()).firstAllowed(due.isBefore(now) ? now : due, zone);
        Instant expiresAt = due.plus(kind.worthFor());
        if (!notBefore.isBefore(expiresAt)) {
            return false;
        }
        return store.add(to.id(), to.centerId(), kind, dedupeKey, body, SmsParts.of(body).count(), notBefore, expiresAt, now);
    }

    void cancel(String dedupeKey, String why) {
        store.cancel(dedupeKey, why);
    }
}
