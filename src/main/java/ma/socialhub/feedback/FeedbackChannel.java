package ma.socialhub.feedback;

/** Where the answer was given: the ticket's page opened from its QR code, from the SMS link, or at the kiosk. */
public enum FeedbackChannel {
    PHONE, SMS, KIOSK
}
