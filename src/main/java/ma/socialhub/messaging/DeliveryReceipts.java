package ma.socialhub.messaging;

import java.time.Instant;

/** Where a gateway hands the provider's delivery receipts. */
@FunctionalInterface
public interface DeliveryReceipts {

    /** The provider reports the fate of message {@code gatewayId}: delivered to the handset or not. */
    void received(String gatewayId, boolean delivered, String status, Instant at);
}
