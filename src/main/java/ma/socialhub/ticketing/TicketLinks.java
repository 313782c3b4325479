package ma.socialhub.ticketing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import ma.socialhub.base.security.HubSecrets;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The link printed in a ticket's QR code: {@code <token>.<signature>}. The token is 128 random
 * bits; the signature is an HMAC-SHA256 of it (96 bits kept) with a key every node shares — from
 * {@code hub.ticket-link-secret} when configured, else made once and kept in {@code hub_secret}.
 * An altered or forged link fails the signature check before any lookup and is treated exactly
 * like an unknown one, so the answer reveals nothing.
 */
@Component
class TicketLinks {

    private static final String SECRET_NAME = "ticket-link";
    private static final int SIGNATURE_BYTES = 12;

    private final HubSecrets secrets;
    private final String configured;
    private volatile byte @Nullable [] key;

    TicketLinks(HubSecrets secrets, @Value("${hub.ticket-link-secret:}") String configured) {
        this.secrets = secrets;
        this.configured = configured;
    }

    /** Every node has the key from its start, before any read-only page needs it. */
    @EventListener(ApplicationReadyEvent.class)
    void loadKey() {
        key();
    }

    String linkOf(String token) {
        return token + "." + signature(token);
    }

    /** The token of a genuine link; empty for anything altered, forged or malformed. */
    Optional<String> tokenOf(String link) {
        int dot = link.indexOf('.');
        if (dot <= 0 || dot != link.lastIndexOf('.') || link.length() > 100) {
            return Optional.empty();
        }
        String token = link.substring(0, dot);
        byte[] given = link.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(token).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(token) : Optional.empty();
    }

    private String signature(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] full = mac.doFinal(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, SIGNATURE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = configured.isBlank() ? sharedSecret() : configured.getBytes(StandardCharsets.UTF_8);
            key = k;
        }
        return k;
    }

    /**
     * Made by the first node that needs it; the others read the same row. Read first: a node's first
     * use may be a citizen's phone page, inside a read-only transaction, long after another node
     * made the key.
     */
    private byte[] sharedSecret() {
        String stored = secrets.value(SECRET_NAME).orElseGet(() -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return secrets.keepFirst(SECRET_NAME, Base64.getEncoder().encodeToString(fresh));
        });
        return Base64.getDecoder().decode(stored);
    }

}
