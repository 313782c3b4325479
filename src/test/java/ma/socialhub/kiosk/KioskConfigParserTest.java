package ma.socialhub.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import org.junit.jupiter.api.Test;

class KioskConfigParserTest {

    static final Path FILE = Path.of("kiosk-config", "agadir-1.properties");

    @Test
    void aCompleteFileGivesItsKiosk() {
        KioskConfig config = valid("""
                # the entrance kiosk
                kiosk-id = agadir-1
                center = agadir
                services = C, A        # disability first
                default-language = zgh
                languages = zgh, ar
                idle-seconds = 30
                printing = false
                audio = true
                tickets-per-minute = 6
                """);
        assertThat(config).isEqualTo(new KioskConfig("agadir-1", "agadir", List.of('C', 'A'), HubLanguage.TAMAZIGHT,
                List.of(HubLanguage.TAMAZIGHT, HubLanguage.ARABIC), 30, false, true, 6));
    }

    @Test
    void onlyTheIdAndTheCenterAreRequiredTheRestHasDefaults() {
        KioskConfig config = valid("kiosk-id = agadir-1\ncenter = agadir\n");
        assertThat(config.languages()).containsExactly(HubLanguage.values());
        assertThat(config.defaultLanguage()).isEqualTo(HubLanguage.ARABIC);
        assertThat(config.services()).isEmpty();
        assertThat(config.idleSeconds()).isEqualTo(45);
        assertThat(config.printing()).isTrue();
        assertThat(config.ticketsPerMinute()).isEqualTo(12);
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        List<String> problems = invalid("""
                kiosk-id = Agadir 1
                center = agadir
                services = A, Q, b
                idle-secnds = 30
                idle-seconds = 5
                printing = yes
                default-language = de
                this line has no equals sign
                center = rabat
                """);
        assertThat(problems).containsExactlyInAnyOrder(
                FILE + ":1: 'Agadir 1' is not a kiosk id: lower-case letters, digits and '-', 2 to 63",
                FILE + ":3: no counter of 'agadir' serves the service Q",
                FILE + ":3: 'b' is not a service letter (A to Z)",
                FILE + ":4: unknown key 'idle-secnds' (known: audio, center, default-language, idle-seconds, kiosk-id, "
                        + "languages, printing, services, tickets-per-minute)",
                FILE + ":5: must be between 10 and 600, found 5",
                FILE + ":6: must be true or false, found 'yes'",
                FILE + ":7: 'de' is not a language of the hub (ar, zgh, fr, en)",
                FILE + ":8: expected 'key = value', found 'this line has no equals sign'",
                FILE + ":9: 'center' is already set on line 2");
    }

    @Test
    void anUnknownCenterAndMissingKeysAreNamed() {
        assertThat(invalid("center = nowhere\n")).containsExactlyInAnyOrder(
                FILE + ": 'kiosk-id' is required",
                FILE + ":1: no active center has the code 'nowhere'");
    }

    @Test
    void theDefaultLanguageMustBeOneOfTheKiosksLanguages() {
        assertThat(invalid("kiosk-id = a1\ncenter = agadir\nlanguages = fr\ndefault-language = ar\n"))
                .containsExactly(FILE + ":4: 'ar' is not among the kiosk's languages");
    }

    private static KioskConfig valid(String text) {
        KioskConfigParser.Result result = parse(text);
        assertThat(result).isInstanceOf(KioskConfigParser.Result.Valid.class);
        return ((KioskConfigParser.Result.Valid) result).config();
    }

    private static List<String> invalid(String text) {
        KioskConfigParser.Result result = parse(text);
        assertThat(result).isInstanceOf(KioskConfigParser.Result.Invalid.class);
        return ((KioskConfigParser.Result.Invalid) result).problems().stream().map(KioskConfigProblem::toString).toList();
    }

    private static KioskConfigParser.Result parse(String text) {
        return KioskConfigParser.parse(FILE, text.lines().toList(),
                code -> code.equals("agadir") ? Optional.of(Set.of('A', 'B', 'C')) : Optional.empty());
    }
}
