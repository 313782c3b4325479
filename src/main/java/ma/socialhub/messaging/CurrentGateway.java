package ma.socialhub.messaging;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.messaging.gateway.SmsGateways;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * This node's open gateway, reopened when an administrator changes the settings on any node (the
 * settings row's version moves; each sending round reads it).
 */
@Component
class CurrentGateway {

    private final SettingsStore settings;
    private final PersonalDataCipher cipher;
    private final DeliveryReceipts receipts;
    private final Clock clock;
    // read without the lock (health, each message's sender id): a database that does not answer
    // holds get() for the pool's timeout at every round, and must not hold them too
    private volatile @Nullable SmsGateway open;
    private long openVersion = -1;
    private volatile MessageSettings openSettings = new MessageSettings(GatewaySettings.none(), false,
            java.time.LocalTime.of(21, 0), java.time.LocalTime.of(8, 0), 3, 15, -1);

    CurrentGateway(SettingsStore settings, PersonalDataCipher cipher, DeliveryReceipts receipts, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.cipher = cipher;
        this.receipts = receipts;
    }

    /** The gateway of the settings now in the database. */
    SmsGateway get() {
        long version = settings.version(); // outside the lock: see the fields
        return openFor(version);
    }

    /** The gateway of the settings at {@code version} or later: opened again only for a newer one. */
    synchronized SmsGateway openFor(long version) {
        SmsGateway gateway = open;
        // only a newer version reopens: a caller that read the version just before a save must not
        // close the gateway a round opened on the saved settings (the version only goes up)
        if (gateway == null || version > openVersion) {
            if (gateway != null) {
                gateway.close();
            }
            MessageSettings now = settings.read();
            String passwordEnc = settings.passwordEnc();
            GatewaySettings g = now.gateway();
            GatewaySettings withPassword = new GatewaySettings(g.kind(), g.host(), g.port(), g.systemId(),
                    passwordEnc == null ? null : cipher.decrypt(passwordEnc), g.systemType(), g.senderId(),
                    g.ratePerSecond(), g.window(), g.httpUrl());
            gateway = SmsGateways.open(withPassword, receipts, clock);
            open = gateway;
            openVersion = now.version();
            openSettings = now;
        }
        return gateway;
    }

    MessageSettings settings() {
        return openSettings;
    }

    /** Whether this node's gateway is ready, without opening one (health). */
    @Nullable Boolean ready() {
        SmsGateway gateway = open;
        return gateway == null ? null : gateway.ready();
    }

    String describe() {
        SmsGateway gateway = open;
        return gateway == null ? "not opened" : gateway.describe();
    }

    @PreDestroy
    synchronized void close() {
        SmsGateway gateway = open;
        if (gateway != null) {
            gateway.close();
            open = null;
        }
    }
}
