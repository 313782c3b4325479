package ma.socialhub.feedback;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of a comment before it is kept: phone numbers (found by libphonenumber,
 * in any of the ways people write them), e-mail addresses, national identity card numbers (one or
 * two letters and digits) and any other long run of digits (a CNSS or RAMED number, a file
 * number), however they are written: in Arabic-Indic digits, with any separators, with invisible
 * characters between. Each is replaced by {@link #MASK}. Names cannot be told from words with certainty; the
 * comment is shown to supervisors only, and says so to the person writing it.
 */
final class CommentScreen {

    static final String MASK = "[…]";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** One or two letters, then 4 to 8 digits, whatever sits between them (AB-123456, ab 12 34 56). */
    private static final Pattern NATIONAL_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z]{1,2}[^\\p{L}\\p{N}]{0,2}\\d(?:[^\\p{L}\\p{N}]{0,2}\\d){3,7}(?![\\p{N}])");
    /** Five digits or more, whatever separates them (06_12_34_56_78, 06,12,34…). */
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d(?:[^\\p{L}\\d]{0,3}\\d){4,}");

    private CommentScreen() {
    }

    static String screen(String comment) {
        String text = maskPhones(normalised(comment.strip()));
        text = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
        text = NATIONAL_ID.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
        return LONG_DIGITS.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /**
     * The comment as the patterns can read it: compatibility forms folded (full-width digits), every
     * decimal digit as 0–9 (Arabic-Indic ٠١٢…, Persian ۰۱۲…), and invisible format characters
     * (direction marks, zero-width joiners) taken out, so that none of them hides a number.
     */
    static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT) {
                return;
            }
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
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
