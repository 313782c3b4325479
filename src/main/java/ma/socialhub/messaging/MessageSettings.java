package ma.socialhub.messaging;

import java.time.LocalTime;

/**
 * Everything an administrator sets about messages. The gateway's password is not here: it is only
 * ever written, and {@code passwordSet} says whether there is one.
 */
public record MessageSettings(GatewaySettings gateway, boolean passwordSet, LocalTime quietFrom, LocalTime quietUntil,
        int nearAhead, int nearMinutes, long version) {

    QuietHours quietHours() {
        return new QuietHours(quietFrom, quietUntil);
    }
}
