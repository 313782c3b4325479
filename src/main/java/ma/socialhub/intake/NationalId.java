package ma.socialhub.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Moroccan national ID card number (CIN/CNIE). No official public pattern exists, so it is read
 * leniently — one or two letters then one to eight digits, spaces and dashes ignored, any case —
 * and kept in upper case ({@code be 123-456} is {@code BE123456}).
 */
public record NationalId(String value) {

    private static final Pattern FORM = Pattern.compile("^[A-Z]{1,2}[0-9]{1,8}$");

    public NationalId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an ID card number");
        }
    }

    /** The normalised number, if {@code typed} is one. */
    public static Optional<NationalId> parse(String typed) {
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return FORM.matcher(compact).matches() ? Optional.of(new NationalId(compact)) : Optional.empty();
    }

    /** The first letters and the last two digits only, for lists where the whole number is not needed. */
    public String masked() {
        int letters = Character.isLetter(value.charAt(1)) ? 2 : 1;
        String digits = value.substring(letters);
        return value.substring(0, letters) + "•".repeat(Math.max(0, digits.length() - 2))
                + digits.substring(Math.max(0, digits.length() - 2));
    }
}
