package ma.socialhub.base.security;

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

/**
 * A link a citizen carries in a QR code: {@code <token>.<signature>}. The token is random and says
 * nothing; the signature is an HMAC-SHA256 of it (96 bits kept) with a key every node shares — the
 * configured one when there is one, else made once by the first node and kept in {@code hub_secret}
 * under this signer's name. An altered or forged link fails the signature check before any lookup
 * and is treated exactly like an unknown one, so the answer reveals nothing. Each kind of link has
 * its own key: a ticket's signature does not open a booking.
 */
public final class LinkSigner {

    private static final int SIGNATURE_BYTES = 12;
    private static final int MAX_LINK_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HubSecrets secrets;
    private final String secretName;
    private final String configured;
    private volatile byte @Nullable [] key;

    public LinkSigner(HubSecrets secrets, String secretName, String configured) {
        this.secrets = secrets;
        this.secretName = secretName;
        this.configured = configured;
    }

    /** 128 random bits, URL-safe: unguessable, and it says nothing about what it opens. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Reads or makes the key now, so that a node's first read-only page does not have to. */
    public void loadKey() {
        key();
    }

    public String linkOf(String token) {
        return token + "." + signature(token);
    }

    /** The token of a genuine link; empty for anything altered, forged or malformed. */
    public Optional<String> tokenOf(String link) {
        int dot = link.indexOf('.');
        if (dot <= 0 || dot != link.lastIndexOf('.') || link.length() > MAX_LINK_LENGTH) {
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
        String stored = secrets.value(secretName).orElseGet(() -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return secrets.keepFirst(secretName, Base64.getEncoder().encodeToString(fresh));
        });
        return Base64.getDecoder().decode(stored);
    }
}
