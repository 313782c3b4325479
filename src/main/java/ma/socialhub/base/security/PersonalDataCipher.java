package ma.socialhub.base.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keeps identifying numbers (ID card, phone, social registry identifier) unreadable in a database
 * dump. Each value is stored twice: encrypted with AES-256-GCM (a fresh nonce each time, so equal
 * values do not look equal) to show it back to staff, and as an HMAC-SHA256 of its normalised form
 * to find it by equality (search, duplicate checks) without decrypting anything.
 *
 * <p>Both keys are derived from one master key that lives in configuration, never in the
 * database (see {@link DataKey} and docs/adr/0008).
 */
@Component
public class PersonalDataCipher {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final String checkValue;

    public PersonalDataCipher(DataKey key) {
        byte[] master = key.bytes();
        this.encryptionKey = new SecretKeySpec(derive(master, "hub/encrypt/v1"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "hub/lookup/v1"), "HmacSHA256");
        this.checkValue = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(derive(master, "hub/check/v1"), 16));
    }

    /**
     * A short value derived from the master key that reveals nothing of it: two nodes with the same
     * key compute the same one, so a node started with another key is recognised (see {@link DataKeyCheck}).
     */
    String keyCheckValue() {
        return checkValue;
    }

    /** {@code v1:} then base64 of nonce and ciphertext with its tag. */
    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The clear value; fails loudly on a value sealed with another key or altered in the database. */
    public String decrypt(String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalArgumentException("Not a value sealed by this hub");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A personal value cannot be decrypted with the configured data key", e);
        }
    }

    /** The keyed hash of an already normalised value, for lookups by equality. */
    public String lookupHash(String normalised) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(lookupKey, normalised));
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
