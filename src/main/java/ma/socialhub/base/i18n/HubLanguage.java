package ma.socialhub.base.i18n;

import com.vaadin.flow.component.Direction;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four languages of the hub, in the order they are offered. Each knows its own name written in
 * itself (a citizen who reads only Tifinagh must recognise "ⵜⴰⵎⴰⵣⵉⵖⵜ") and its writing direction.
 */
public enum HubLanguage {
    ARABIC("ar", "العربية", Direction.RIGHT_TO_LEFT),
    TAMAZIGHT("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ", Direction.LEFT_TO_RIGHT),
    FRENCH("fr", "Français", Direction.LEFT_TO_RIGHT),
    ENGLISH("en", "English", Direction.LEFT_TO_RIGHT);

    private final Locale locale;
    private final String nativeName;
    private final Direction direction;

    HubLanguage(String tag, String nativeName, Direction direction) {
        this.locale = Locale.forLanguageTag(tag);
        this.nativeName = nativeName;
        this.direction = direction;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    public String nativeName() {
        return nativeName;
    }

    public Direction direction() {
        return direction;
    }

    public boolean isRightToLeft() {
        return direction == Direction.RIGHT_TO_LEFT;
    }

    /** The hub language of a locale or language tag ("ar-MA" is Arabic), if the hub has it. */
    public static Optional<HubLanguage> of(Locale locale) {
        return Arrays.stream(values()).filter(l -> l.tag().equals(locale.getLanguage())).findFirst();
    }

    public static Optional<HubLanguage> ofTag(String tag) {
        return tag.isBlank() ? Optional.empty() : of(Locale.forLanguageTag(tag));
    }

    /** Picks the hub language for any locale: the same language if offered, else Arabic. */
    public static HubLanguage orDefault(Locale locale) {
        return of(locale).orElse(ARABIC);
    }
}
