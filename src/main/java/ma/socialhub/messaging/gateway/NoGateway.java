package ma.socialhub.messaging.gateway;

import ma.socialhub.messaging.Sms;
import ma.socialhub.messaging.SmsGateway;
import ma.socialhub.messaging.SubmitOutcome;

/** No provider configured: never ready, so the sender claims nothing and messages wait. */
final class NoGateway implements SmsGateway {

    @Override
    public SubmitOutcome submit(Sms sms) {
        return new SubmitOutcome.Failed(false, "no provider configured");
    }

    @Override
    public boolean ready() {
        return false;
    }

    @Override
    public String describe() {
        return "no provider";
    }

    @Override
    public void close() {
        // nothing open
    }
}
