package ma.socialhub.base.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The minimum a staff password must meet: 12 to 128 characters (a passphrase in any script is
 * welcome), not one character repeated, not the username, not one of the passwords every attacker
 * tries first. Length beats composition rules (NIST SP 800-63B), so there is no "one digit, one
 * symbol" rule. Each refusal names its translation key.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "password1234", "motdepasse123",
            "azerty123456", "qwerty123456", "000000000000", "111111111111", "123123123123", "password123!", "admin1234567",
            "administrator", "azertyuiop12", "qwertyuiop12", "iloveyou1234", "maroc1234567", "morocco12345", "bismillah123",
            "welcome12345", "changeme1234", "socialhub123", "smartsocialhub", "passw0rd1234", "p@ssw0rd1234",
            "1q2w3e4r5t6y", "abc123456789", "demo12345678", "agadir123456", "rabat1234567", "casablanca12");

    private PasswordPolicy() {
    }

    /** The translation key of what is wrong with the password, or empty when it may be used. */
    public static Optional<String> problem(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.codePoints().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }
}
