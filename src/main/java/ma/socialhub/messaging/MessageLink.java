package ma.socialhub.messaging;

import java.time.LocalDate;
import ma.socialhub.referral.ReferralForPerson;
import org.jspecify.annotations.Nullable;

/**
 * What a message's link opens: a ticket (by its signed link, for the ticket's own page in its
 * discreet form), a referral as its person may read it, or a booking's day; in the person's
 * language, and whether they said stop.
 */
public record MessageLink(long centerId, @Nullable String ticketLink, @Nullable ReferralForPerson referral, LocalDate day,
        String language, boolean stopped) {

    /** The same link once its person said stop. */
    public MessageLink afterStop() {
        return new MessageLink(centerId, ticketLink, referral, day, language, true);
    }
}
