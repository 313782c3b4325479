package ma.socialhub.kiosk;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A kiosk's one-time registration code: ten characters of Crockford's base32 (50 random bits),
 * shown in groups ({@code K7QF-3MZP-XW}) to be typed on a touch screen. Typing is forgiving: case,
 * dashes and spaces do not matter, and the letters people confuse with digits read as those digits.
 */
final class RegistrationCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationCode() {
    }

    static String fresh() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as its hash is kept: upper case, no separators, O/I/L read as 0/1/1; empty when it cannot be a code. */
    static String normalise(String typed) {
        if (typed.length() > 40) {
            return "";
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : "";
    }
}
