package ma.socialhub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class HubIconTest {

    @Test
    void everyIconOfThePublicScreensIsDrawnInTheSprite() throws IOException {
        String sprite = sprite();
        Matcher symbols = Pattern.compile("<symbol id=\"([a-z-]+)\" viewBox=\"0 0 16 16\"><path d=\"[^\"]+\"").matcher(sprite);
        java.util.Set<String> drawn = new java.util.HashSet<>();
        while (symbols.find()) {
            drawn.add(symbols.group(1));
        }

        assertThat(drawn).containsAll(Arrays.stream(HubIcon.values()).map(HubIcon::symbol).toList());
        assertThat(HubIcon.CALENDAR_CLOCK.create().getSymbol()).isEqualTo("calendar-clock");
    }

    @Test
    void theSpriteStaysAFewKilobytesOnTheWire() throws IOException {
        var compressed = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(sprite().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(compressed.size()).as("bytes compressed; Vaadin's whole icon set is 58 KB").isLessThan(5_000);
    }

    private static String sprite() throws IOException {
        try (InputStream in = HubIconTest.class.getResourceAsStream("/META-INF/resources/" + HubIcon.SPRITE)) {
            assertThat(in).as(HubIcon.SPRITE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
