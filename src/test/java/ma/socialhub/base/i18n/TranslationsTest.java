package ma.socialhub.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final HubTranslations translations = new HubTranslations();

    @Test
    void everyLanguageHasExactlyTheKeysOfTheEnglishBundle() {
        Set<String> english = HubTranslations.bundle(HubLanguage.ENGLISH).keySet();
        assertThat(english).isNotEmpty();
        for (HubLanguage language : HubLanguage.values()) {
            assertThat(HubTranslations.bundle(language).keySet()).as(language.tag()).isEqualTo(english);
        }
    }

    @Test
    void noTextIsEmptyAndEachIsWrittenInItsOwnScript() {
        for (HubLanguage language : HubLanguage.values()) {
            ResourceBundle bundle = HubTranslations.bundle(language);
            for (String key : Collections.list(bundle.getKeys())) {
                String text = bundle.getString(key);
                assertThat(text).as(language.tag() + " " + key).isNotBlank();
                if (language == HubLanguage.ARABIC) {
                    assertThat(text).as(key).containsPattern("\\p{IsArabic}");
                }
                if (language == HubLanguage.TAMAZIGHT) {
                    assertThat(text).as(key).containsPattern("[\\u2D30-\\u2D7F]");
                }
            }
        }
    }

    @Test
    void everyLanguageKeepsTheSameNamedPlaceholders() {
        Pattern placeholder = Pattern.compile("\\{([a-z]+)}");
        ResourceBundle english = HubTranslations.bundle(HubLanguage.ENGLISH);
        for (String key : english.keySet()) {
            Set<String> expected = names(placeholder.matcher(english.getString(key)));
            for (HubLanguage language : HubLanguage.values()) {
                assertThat(names(placeholder.matcher(HubTranslations.bundle(language).getString(key))))
                        .as(language.tag() + " " + key).isEqualTo(expected);
            }
        }
    }

    @Test
    void namedPlaceholdersAreFilledWhereverTheLanguagePutsThem() {
        assertThat(translations.getTranslation("counter.label", Locale.forLanguageTag("ar"), Map.of("counter", 3)))
                .isEqualTo("الشباك 3");
        assertThat(translations.getTranslation("counter.label", Locale.FRENCH, Map.of("counter", 3)))
                .isEqualTo("Guichet 3");
    }

    @Test
    void anUnsupportedLocaleFallsBackToArabicAndAMissingKeyNeverThrows() {
        assertThat(translations.getTranslation("kiosk.back", Locale.GERMAN)).isEqualTo("رجوع");
        assertThat(translations.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key!");
    }

    @Test
    void noScreenWritesAUserFacingTextLiterally() throws IOException {
        Pattern literal = Pattern.compile(
                "new (Span|H1|H2|H3|Paragraph|Button|Notification)\\(\\s*\"|\\.(setText|setLabel|show)\\(\\s*\"[^\"]*[A-Za-z]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return literal.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static Set<String> names(Matcher matcher) {
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
