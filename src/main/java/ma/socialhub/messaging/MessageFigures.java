package ma.socialhub.messaging;

import java.time.YearMonth;

/** One center's messages in one month; parts are what the provider bills. */
public record MessageFigures(YearMonth month, long centerId, String centerName, long queued, long sent, long delivered,
        long failed, long parts) {
}
