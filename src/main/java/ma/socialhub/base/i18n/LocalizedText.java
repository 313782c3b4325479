package ma.socialhub.base.i18n;

import java.util.stream.Stream;

/** A name kept in the four languages of the hub (a center's, a service's, a region's). */
public record LocalizedText(String ar, String zgh, String fr, String en) {

    public String in(HubLanguage language) {
        return switch (language) {
            case ARABIC -> ar;
            case TAMAZIGHT -> zgh;
            case FRENCH -> fr;
            case ENGLISH -> en;
        };
    }

    /** Whether every language has a text of at most {@code maxLength} characters: none may be left out. */
    public boolean isCompleteWithin(int maxLength) {
        return Stream.of(ar, zgh, fr, en).noneMatch(t -> t.isBlank() || t.length() > maxLength);
    }
}
