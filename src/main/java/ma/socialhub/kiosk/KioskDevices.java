package ma.socialhub.kiosk;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ma.socialhub.base.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosks as registered devices. A kiosk proves itself with a credential {@code <kiosk-id>.<secret>}
 * whose secret is 256 random bits; only its SHA-256 is stored (a slow hash adds nothing against a
 * 256-bit secret), so a database dump lets nobody act as a kiosk.
 *
 * <p>No secret is ever written to the log or put in an address. A kiosk screen gets its credential
 * by a one-time registration code (made by an administrator, valid 30 minutes, typed on the kiosk,
 * used once: see {@link #register}); an integration gets it from the administrator who rotates
 * it, shown once, to send in a header.
 *
 * <p>Only in the demo, and only for the demo kiosks' own files ({@code hub.kiosk.demo-config-dir}),
 * is a kiosk's secret the known {@code demo-<kiosk-id>}. A node started without the demo replaces
 * any such secret left in its database ({@link #replaceDemoSecrets}).
 */
@Service
public class KioskDevices {

    private static final Logger log = LoggerFactory.getLogger(KioskDevices.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration CODE_LIFETIME = Duration.ofMinutes(30);

    private final KioskDeviceStore store;
    private final Clock clock;
    private final boolean demoSecrets;

    KioskDevices(KioskDeviceStore store, Clock clock, @Value("${hub.kiosk.demo-secrets:false}") boolean demoSecrets) {
        this.store = store;
        this.clock = clock;
        this.demoSecrets = demoSecrets;
    }

    /**
     * Registers a kiosk that has no secret yet; a registered kiosk keeps its secret. A demo kiosk
     * (its file among the demo's, the demo switched on) gets, and gets back, its known demo secret.
     */
    @Transactional
    void ensureRegistered(String kioskId, boolean demoFile) {
        if (demoSecrets && demoFile) {
            store.registerOrReset(kioskId, hash(demoSecret(kioskId)));
            return;
        }
        if (store.registerIfAbsent(kioskId, hash(newSecret()))) {
            log.info("Kiosk {} registered. Bind its screen with a registration code from Administration > Kiosks.", kioskId);
        }
    }

    /**
     * Gives every kiosk still holding its demo secret a random one (not shown: its screen is bound
     * again with a registration code). For a node started without the demo on a database the demo
     * once filled: {@code demo-<kiosk-id>} is written in the README for all to read.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public List<String> replaceDemoSecrets() {
        List<String> replaced = new ArrayList<>();
        for (KioskDeviceStore.TokenHash device : store.tokenHashes()) {
            if (hash(demoSecret(device.kioskId())).equals(device.tokenHash())) {
                store.replaceToken(device.kioskId(), hash(newSecret()), clock.instant());
                replaced.add(device.kioskId());
            }
        }
        return replaced;
    }

    /** Replaces a kiosk's secret; the old one stops working at once. Returns the new credential. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public String rotate(String kioskId) {
        String secret = newSecret();
        if (!store.replaceToken(kioskId, hash(secret), clock.instant())) {
            throw new IllegalArgumentException("No kiosk " + kioskId);
        }
        return kioskId + "." + secret;
    }

    /**
     * A one-time code that binds a kiosk screen to this device: typed on the kiosk within
     * {@link #CODE_LIFETIME}, used once. Made anew, it replaces the kiosk's previous code.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public String registrationCode(String kioskId) {
        String code = RegistrationCode.fresh();
        if (!store.setRegistrationCode(kioskId, hash(RegistrationCode.normalise(code)), clock.instant().plus(CODE_LIFETIME))) {
            throw new IllegalArgumentException("No kiosk " + kioskId);
        }
        return code;
    }

    /** The kiosk a registration code was made for, if it is one and still valid. */
    @Transactional(readOnly = true)
    @PermitAll // the code is the proof
    public Optional<String> kioskOfCode(String code) {
        String normalised = RegistrationCode.normalise(code);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return store.kioskOfCode(hash(normalised), clock.instant());
    }

    /**
     * Spends a registration code: the kiosk gets a new secret (whatever screen held the old one
     * stops working) and the code is cleared in the same statement, so that a code works once even
     * when it is typed on two screens at the same moment. Returns the credential for the screen.
     */
    @Transactional
    @PermitAll // the code is the proof
    public Optional<String> register(String code) {
        String normalised = RegistrationCode.normalise(code);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String secret = newSecret();
        return store.spendCode(hash(normalised), hash(secret), clock.instant()).map(kioskId -> kioskId + "." + secret);
    }

    /**
     * The demo's registration code: a demo kiosk's own demo secret ({@code demo-<kiosk-id>}, in
     * the README) gives its credential, while the demo's secrets are on. Empty otherwise.
     */
    @PermitAll // nothing but the README's public demo secret
    public Optional<String> demoCredential(String typed) {
        String code = typed.strip();
        if (!demoSecrets || !code.startsWith("demo-") || code.length() > 100) {
            return Optional.empty();
        }
        String credential = code.substring(5) + "." + code;
        return verify(credential).map(kioskId -> credential);
    }

    /** The kiosk a credential proves, if it does; notes when the kiosk was last seen. Anyone may ask: the credential is the proof. */
    @Transactional
    @PermitAll
    public Optional<String> verify(String credential) {
        int dot = credential.indexOf('.');
        if (dot <= 0 || credential.length() > 200) {
            return Optional.empty();
        }
        String kioskId = credential.substring(0, dot);
        byte[] given = hash(credential.substring(dot + 1)).getBytes(StandardCharsets.US_ASCII);
        Optional<String> stored = store.tokenHash(kioskId);
        if (stored.isEmpty() || !MessageDigest.isEqual(given, stored.get().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        store.seenAt(kioskId, clock.instant());
        return Optional.of(kioskId);
    }

    private static String demoSecret(String kioskId) {
        return "demo-" + kioskId;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
