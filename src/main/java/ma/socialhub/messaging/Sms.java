package ma.socialhub.messaging;

/**
 * One text message for a gateway. {@code reference} is the outbox row's id: the gateway passes it
 * on to the provider, so that a message sent again after a fault (the link dropped before the
 * provider answered) carries the same reference and a provider that keeps references drops the
 * copy. {@code to} is an E.164 number ({@code +212612345678}).
 */
public record Sms(long reference, String to, String sender, String text) {
}
