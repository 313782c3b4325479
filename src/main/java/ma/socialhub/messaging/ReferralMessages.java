package ma.socialhub.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.base.ui.PublicAddress;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.referral.ReferralChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages about a referral, in the transaction of the referral's change, to a person who said yes
 * at the counter: the partner accepted; the first appointment (again when it moves) and a reminder
 * the evening before it. The texts never name the partner nor the program — the link's page says
 * where to go. A declined referral keeps its number for the center to send the person on to
 * another partner (the new referral follows on the same yes); a completed or dropped one erases it.
 */
@Component
class ReferralMessages {

    /** Kept this long for a partner to answer and set a first appointment. */
    static final Duration KEPT_WITHOUT_APPOINTMENT = Duration.ofDays(60);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SubscriptionStore subscriptions;
    private final OutboxStore store;
    private final Outbox outbox;
    private final PersonalDataCipher cipher;
    private final PublicAddress address;
    private final Catalog catalog;
    private final Clock clock;

    ReferralMessages(SubscriptionStore subscriptions, OutboxStore store, Outbox outbox, PersonalDataCipher cipher,
            PublicAddress address, Catalog catalog, Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.outbox = outbox;
        this.cipher = cipher;
        this.address = address;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(ReferralChanged change) {
        if (change.change() == ReferralChanged.Change.MADE) {
            made(change);
            return;
        }
        Optional<Subscription> followed = subscriptions.ofReferral(change.referralId());
        if (followed.isEmpty()) {
            return;
        }
        Subscription s = followed.get();
        Instant now = clock.instant();
        switch (change.change()) {
            case ACCEPTED -> {
                outbox.add(s, MessageKind.REFERRAL_ACCEPTED, "REFERRAL_ACCEPTED:" + change.referralId(), Map.of(), now);
                // accepted late in its window: the number stays for the partner to set the appointment
                subscriptions.keepAtLeast(s.id(), now.plus(KEPT_WITHOUT_APPOINTMENT));
            }
            case APPOINTMENT_SET -> appointment(s, change);
            case ENDED, ERASED -> {
                withdraw(change.referralId(), "referral ended");
                subscriptions.forgetNow(s.id(), now);
            }
            case DECLINED -> withdraw(change.referralId(), "declined");
            case MADE -> {
                // handled above
            }
        }
    }

    private void made(ReferralChanged change) {
        Instant now = clock.instant();
        ZoneId zone = catalog.zoneOf(change.centerId());
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (change.phoneEnc() != null) {
            String e164 = cipher.decrypt(change.phoneEnc());
            subscriptions.forReferral(change.centerId(), change.referralId(), today, change.phoneEnc(),
                    cipher.lookupHash("message-phone|" + e164), change.language() == null ? "ar" : change.language(),
                    Messages.pageLink(address), now, now.plus(KEPT_WITHOUT_APPOINTMENT));
        } else if (change.redirectedFrom() != null) {
            // sent on after a decline: the yes given for the first partner holds for the next one, within
            // the time it was given for (a redirect does not start the sixty days again)
            subscriptions.ofReferral(change.redirectedFrom()).filter(old -> !old.stopped() && old.hasNumber()).ifPresent(old -> {
                String phoneEnc = subscriptions.phoneOf(old.id());
                Instant until = subscriptions.forgetAfterOf(old.id());
                if (phoneEnc != null && old.phoneHash() != null && until != null && until.isAfter(now)) {
                    subscriptions.forReferral(change.centerId(), change.referralId(), today, phoneEnc, old.phoneHash(),
                            old.language(), Messages.pageLink(address), now, until);
                    subscriptions.forgetNow(old.id(), now);
                }
            });
        }
    }

    /** Tells the (new) first appointment at once and reminds of it the evening before, replacing an earlier reminder. */
    private void appointment(Subscription s, ReferralChanged change) {
        Instant at = change.firstAppointmentAt();
        if (at == null) {
            return;
        }
        // what still waits about the former time would contradict the new one
        withdraw(change.referralId(), "appointment moved");
        ZonedDateTime local = at.atZone(catalog.zoneOf(change.centerId()));
        Map<String, Object> values = Map.of("day", local.format(DAY), "time", local.format(TIME));
        // the version makes a time moved away and back a new message, not the cancelled one again
        String key = ":" + change.referralId() + ":" + at.getEpochSecond() + ":" + change.version();
        Instant now = clock.instant();
        outbox.add(s, MessageKind.REFERRAL_APPOINTMENT, "REFERRAL_APPOINTMENT" + key, values, now);
        Instant evening = local.toLocalDate().minusDays(1).atTime(BookingMessages.EVENING).atZone(local.getZone()).toInstant();
        if (evening.isAfter(now)) {
            outbox.add(s, MessageKind.REFERRAL_REMINDER, "REFERRAL_REMINDER" + key, values, evening);
        }
        // the number and the link last until two days after the appointment
        subscriptions.keepUntil(s.id(), local.toLocalDate().plusDays(2).atStartOfDay(local.getZone()).toInstant());
    }

    private void withdraw(long referralId, String why) {
        store.cancelLike("REFERRAL_APPOINTMENT:" + referralId + ":%", why);
        store.cancelLike("REFERRAL_REMINDER:" + referralId + ":%", why);
    }
}
