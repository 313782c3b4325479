package ma.socialhub.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import ma.socialhub.base.security.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Short-lived, signed handles on people found by a search, each for one purpose: to receive at the
 * counter a person found among those known at the agent's center, or to bring here a file kept
 * elsewhere that matched the person's ID card. The handle proves that this agent got this person
 * from such a search in the last half hour, so that no one can open a file by guessing its number,
 * and a handle made for one purpose does not serve the other.
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

    enum Purpose {
        RECEIVE, TRANSFER
    }

    String issue(long beneficiaryId, long staffId, Purpose purpose) {
        String payload = beneficiaryId + ":" + staffId + ":" + clock.instant().plus(LIFETIME).getEpochSecond() + ":" + purpose.name();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + signature(payload);
    }

    /** The person a handle names, if it is genuine, this agent's, for this purpose, and still valid. */
    Optional<Long> open(String handle, long staffId, Purpose purpose) {
        int dot = handle.indexOf('.');
        if (dot < 0 || handle.length() > 200) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(handle.substring(0, dot)), StandardCharsets.UTF_8);
            String[] parts = payload.split(":");
            if (parts.length != 4 || !purpose.name().equals(parts[3]) || !MessageDigest.isEqual(
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
