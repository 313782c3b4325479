package ma.socialhub.messaging;

import java.time.Duration;

/** What a gateway answered to one message. */
public sealed interface SubmitOutcome {

    /** The provider took the message; {@code gatewayId} is its id, which delivery receipts quote. */
    record Accepted(String gatewayId, int parts) implements SubmitOutcome {
    }

    /** The provider asks to slow down (SMPP {@code ESME_RTHROTTLED}, HTTP 429): try again later. */
    record Throttled(Duration retryAfter) implements SubmitOutcome {
    }

    /**
     * Not sent. {@code permanent}: sending it again would fail the same way (a number the
     * provider refuses); otherwise the link or the provider failed and a retry may succeed, with
     * the same reference since the provider may have taken it.
     */
    record Failed(boolean permanent, String reason) implements SubmitOutcome {
    }
}
