package ma.socialhub.messaging;

/** Where the person said yes to messages. */
public enum SubscriptionSource {
    KIOSK, PHONE_PAGE, COUNTER, BOOKING, REFERRAL
}
