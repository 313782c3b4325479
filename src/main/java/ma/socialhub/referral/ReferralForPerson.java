package ma.socialhub.referral;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A referral as its person may read it from a message's link: its status, the first appointment
 * and, for an incubator, its address and phone once it has accepted (empty before, and always for
 * an institution, whose address would say what it is), told in {@code zone}. Never the partner's
 * name or the program.
 */
public record ReferralForPerson(ReferralStatus status, @Nullable Instant firstAppointmentAt, ZoneId zone, String address,
        String phone) {
}
