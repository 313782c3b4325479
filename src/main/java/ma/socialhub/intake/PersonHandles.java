package ma.socialhub.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import ma.socialhub.base.security.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Short-lived, signed handles on people found by a search. An agent may receive at their counter
 * a person known at another center only after finding them by ID card or phone number; the
 * handle proves that this agent got this person from such a search in the last half hour, so that
 * no one can open a file by guessing its number.
 */
@Component
class PersonHandles {

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final PersonalDataCipher cipher;
    private final Clock clock;

    PersonHandles(PersonalDataCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    String issue(long beneficiaryId, long staffId) {
        String payload = beneficiaryId + ":" + staffId + ":" + clock.instant().plus(LIFETIME).getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + signature(payload);
    }

    /** The person a handle names, if it is genuine, this agent's, and still valid. */
    Optional<Long> open(String handle, long staffId) {
        int dot = handle.indexOf('.');
        if (dot < 0 || handle.length() > 200) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(handle.substring(0, dot)), StandardCharsets.UTF_8);
            String[] parts = payload.split(":");
            if (parts.length != 3 || !java.security.MessageDigest.isEqual(
                    signature(payload).getBytes(StandardCharsets.US_ASCII),
                    handle.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))
                    || Long.parseLong(parts[1]) != staffId
                    || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(parts[0]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String signature(String payload) {
        return cipher.lookupHash("person-handle|" + payload);
    }
}
