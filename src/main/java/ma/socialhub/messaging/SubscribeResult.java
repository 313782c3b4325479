package ma.socialhub.messaging;

/** What came of a person's yes to messages. */
public sealed interface SubscribeResult {

    /** Messages will come to this number, shown with only its last two digits. */
    record Subscribed(String maskedNumber) implements SubscribeResult {
    }

    /** Not a Moroccan mobile number. */
    record PhoneInvalid() implements SubscribeResult {
    }

    /** The ticket is no longer waiting (or the link is not a ticket's): nothing left to tell. */
    record NotWaiting() implements SubscribeResult {
    }

    /** This number already follows as many tickets today as one person may have. */
    record TooManyForNumber(int limit) implements SubscribeResult {
    }
}
