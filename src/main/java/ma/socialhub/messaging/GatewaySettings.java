package ma.socialhub.messaging;

import org.jspecify.annotations.Nullable;

/**
 * How the hub reaches its SMS provider, as the administrator set it. {@code password} is the
 * SMPP password or the HTTP bearer token, decrypted only to connect; it is never shown again.
 *
 * @param ratePerSecond messages a second the provider allows (the gateway stays under it)
 * @param window        messages sent and not yet answered at once (SMPP window)
 */
public record GatewaySettings(Kind kind, String host, int port, String systemId, @Nullable String password,
        String systemType, String senderId, int ratePerSecond, int window, String httpUrl) {

    public enum Kind {
        /** No provider: messages wait in the outbox. */
        NONE,
        SMPP,
        HTTP
    }

    /** Never the password, wherever a record is printed (a log, an exception, the change log). */
    @Override
    public String toString() {
        return "GatewaySettings[" + kind + " " + host + ":" + port + " as " + systemId + ", sender " + senderId + ", "
                + ratePerSecond + "/s, window " + window + ", " + httpUrl + (password == null ? "" : ", password set") + "]";
    }

    public static GatewaySettings none() {
        return new GatewaySettings(Kind.NONE, "", 0, "", null, "", "", 10, 10, "");
    }
}
