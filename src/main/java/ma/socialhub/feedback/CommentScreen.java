package ma.socialhub.feedback;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of a comment before it is kept: phone numbers (found by libphonenumber,
 * in any of the ways people write them), e-mail addresses, national identity card numbers (one or
 * two letters and digits) and any other long run of digits (a CNSS or RAMED number, a file
 * number). Each is replaced by {@link #MASK}. Names cannot be told from words with certainty; the
 * comment is shown to supervisors only, and says so to the person writing it.
 */
final class CommentScreen {

    static final String MASK = "[…]";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{IsLatin}{1,2}\\s?\\d{4,8}(?![\\p{N}])");
    private static final Pattern LONG_DIGITS = Pattern.compile("(?:\\p{Nd}[\\s.-]?){6,}\\p{Nd}");

    private CommentScreen() {
    }

    static String screen(String comment) {
        String text = maskPhones(comment.strip());
        text = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
        text = NATIONAL_ID.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
        return LONG_DIGITS.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    private static String maskPhones(String text) {
        List<int[]> spans = new ArrayList<>();
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "MA")) {
            spans.add(new int[] {match.start(), match.end()});
        }
        StringBuilder masked = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            masked.replace(spans.get(i)[0], spans.get(i)[1], MASK);
        }
        return masked.toString();
    }
}
