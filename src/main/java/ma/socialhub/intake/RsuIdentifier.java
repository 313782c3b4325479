package ma.socialhub.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/** The 10-digit digital civil and social identifier the National Population Registry gives each person. */
public record RsuIdentifier(String value) {

    private static final Pattern FORM = Pattern.compile("^[0-9]{10}$");

    public static Optional<RsuIdentifier> parse(String typed) {
        String compact = typed.replaceAll("\\s", "");
        return FORM.matcher(compact).matches() ? Optional.of(new RsuIdentifier(compact)) : Optional.empty();
    }
}
