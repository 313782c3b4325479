package ma.socialhub.messaging.gateway;

import java.time.Clock;
import ma.socialhub.messaging.DeliveryReceipts;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.SmsGateway;

/** Opens the gateway that the administrator's settings name. */
public final class SmsGateways {

    private SmsGateways() {
    }

    public static SmsGateway open(GatewaySettings settings, DeliveryReceipts receipts, Clock clock) {
        return switch (settings.kind()) {
            case NONE -> new NoGateway();
            case SMPP -> new SmppGateway(settings, receipts, clock);
            case HTTP -> new HttpSmsGateway(settings);
        };
    }
}
