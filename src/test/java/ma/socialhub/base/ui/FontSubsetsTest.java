package ma.socialhub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browsers' fonts (issue 18): WOFF2 subsets, each declared with the characters it holds, so
 * that a page downloads only the script it shows — and every Arabic or Tifinagh character the hub
 * writes (texts, seeds) falls in a declared range, so the subsets lose nothing the hub says.
 */
class FontSubsetsTest {

    private static final Path STATIC = Path.of("src/main/resources/META-INF/resources");
    private static final Pattern FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static final Pattern SRC = Pattern.compile("url\\(\"\\.\\./fonts/([^\"]+)\"\\)");
    private static final Pattern RANGE = Pattern.compile("unicode-range:([^;]+);");

    @Test
    void theStyleSheetsOfferOnlyWoff2SubsetsSmallEnoughForAPhoneOnPrepaidData() throws IOException {
        for (String sheet : List.of("styles/hub.css", "styles/supervision.css")) {
            Matcher face = FACE.matcher(Files.readString(STATIC.resolve(sheet)));
            int faces = 0;
            while (face.find()) {
                faces++;
                Matcher src = SRC.matcher(face.group(1));
                assertThat(src.find()).as(sheet + " " + face.group(1)).isTrue();
                Path font = STATIC.resolve("fonts").resolve(src.group(1));
                byte[] bytes = Files.readAllBytes(font);
                assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).as(font + " is WOFF2").isEqualTo("wOF2");
                assertThat(bytes.length).as(font + " size").isLessThanOrEqualTo(40 * 1024);
            }
            assertThat(faces).as(sheet).isPositive();
        }
    }

    @Test
    void everyArabicAndTifinaghCharacterTheHubWritesIsInTheRangeOfAFontThatHoldsIt() throws IOException {
        List<int[]> arabic = ranges("Hub Arabic");
        List<int[]> tifinagh = ranges("Hub Tifinagh");
        assertThat(arabic).hasSizeGreaterThan(3);
        TreeSet<String> missing = new TreeSet<>();
        for (String text : hubTexts()) {
            text.codePoints().forEach(c -> {
                boolean arabicScript = (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFEFF);
                boolean tifinaghScript = c >= 0x2D30 && c <= 0x2D7F;
                if ((arabicScript && !within(arabic, c)) || (tifinaghScript && !within(tifinagh, c))) {
                    missing.add(String.format("U+%04X %s", c, Character.getName(c)));
                }
            });
        }
        assertThat(missing).as("characters no subset holds: add them to fonts/README.md's list, subset again").isEmpty();
    }

    @Test
    void aPageInLatinScriptNeedsNeitherTheArabicNorTheTifinaghFont() throws IOException {
        for (String family : List.of("Hub Arabic", "Hub Tifinagh")) {
            for (int c : "Guichet social · Ticket A-012 — 0123456789 é à ç".codePoints().toArray()) {
                assertThat(within(ranges(family), c)).as(family + " for " + Character.toString(c)).isFalse();
            }
        }
    }

    private static List<String> hubTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String language : List.of("ar", "zgh")) {
            texts.add(Files.readString(Path.of("src/main/resources/vaadin-i18n/translations_" + language + ".properties")));
        }
        try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : sql.toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    /** The unicode-range of every face of {@code family} in hub.css. */
    private static List<int[]> ranges(String family) throws IOException {
        List<int[]> ranges = new ArrayList<>();
        Matcher face = FACE.matcher(Files.readString(STATIC.resolve("styles/hub.css")));
        while (face.find()) {
            if (!face.group(1).contains("\"" + family + "\"")) {
                continue;
            }
            Matcher range = RANGE.matcher(face.group(1));
            assertThat(range.find()).as(family + " declares its range").isTrue();
            for (String part : range.group(1).split(",")) {
                String[] bounds = part.strip().substring(2).split("-");
                int from = Integer.parseInt(bounds[0], 16);
                ranges.add(new int[] {from, bounds.length == 1 ? from : Integer.parseInt(bounds[1], 16)});
            }
        }
        return ranges;
    }

    private static boolean within(List<int[]> ranges, int c) {
        return ranges.stream().anyMatch(r -> c >= r[0] && c <= r[1]);
    }
}
