package ma.socialhub.intake;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * A Moroccan phone number, parsed and validated by Google's libphonenumber: {@code 0612345678},
 * {@code 06 12 34 56 78} and {@code +212 612-345678} are the same number, kept as E.164
 * ({@code +212612345678}).
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String MOROCCO = "MA";

    /** The number, if {@code typed} is a valid Moroccan number in national or international form. */
    public static Optional<PhoneNumber> parse(String typed) {
        if (typed.isBlank() || typed.length() > 30) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(typed, MOROCCO);
            return UTIL.isValidNumberForRegion(number, MOROCCO)
                    ? Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164)))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Whether it is a mobile (06 and 07), the only numbers a text message reaches. */
    public boolean mobile() {
        return e164.startsWith("+2126") || e164.startsWith("+2127");
    }

    /** As people in Morocco write it: {@code 06 12 34 56 78}. */
    public String national() {
        try {
            return UTIL.format(UTIL.parse(e164, MOROCCO), PhoneNumberFormat.NATIONAL).replace('-', ' ');
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** The last two digits only. */
    public String masked() {
        String national = national();
        return national.substring(0, 2) + national.substring(2, national.length() - 2).replaceAll("\\d", "•")
                + national.substring(national.length() - 2);
    }
}
