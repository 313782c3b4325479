package ma.socialhub.intake;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names reduced to what a search should compare: lower case, no accents ({@code Aït} is
 * {@code ait}), no Arabic short vowels or tatweel, and the Arabic letters people write
 * interchangeably made one ({@code أ إ آ} are {@code ا}, {@code ى} is {@code ي}, {@code ة} is
 * {@code ه}), so {@code فَاطِمَة} finds {@code فاطمه}.
 */
final class NameKeys {

    private NameKeys() {
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x0640) {
                return; // accents, harakat and hamza marks, tatweel
            }
            int mapped = switch (cp) {
                case 0x0649 -> 0x064A; // alef maksura -> yeh
                case 0x0629 -> 0x0647; // teh marbuta -> heh
                case 0x0671 -> 0x0627; // alef wasla -> alef
                default -> cp;
            };
            out.appendCodePoint(Character.isLetterOrDigit(mapped) ? Character.toLowerCase(mapped) : ' ');
        });
        return out.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** All the names, for the trigram search. */
    static String searchText(String... names) {
        return Arrays.stream(names).map(NameKeys::normalise).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /** One person's full name in one script, its words sorted: "Amrani Fatima" is "Fatima Amrani". */
    static String key(String first, String last) {
        return Stream.of(normalise(first + " " + last).split(" ")).filter(s -> !s.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
    }
}
