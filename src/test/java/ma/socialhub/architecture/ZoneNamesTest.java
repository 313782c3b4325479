package ma.socialhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hub's zone is named in one place, {@code hub.zone} in application.properties; a center's zone
 * is in its catalogue row. Code asks {@code HubZone} or {@code Catalog.zoneOf}, never names a zone
 * itself; only the demo data, which builds Moroccan centers, may.
 */
class ZoneNamesTest {

    private static final String MOROCCO = "Africa/Casablanca";
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path DEMO = SOURCES.resolve(Path.of("ma", "socialhub", "demo"));
    @Test
    void noCodeOutsideTheDemoDataNamesMoroccosZone() throws IOException {
        List<Path> naming;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            naming = files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.startsWith(DEMO))
                    .filter(ZoneNamesTest::namesTheZone).map(SOURCES::relativize).toList();
        }

        assertThat(naming).as("files naming " + MOROCCO + " instead of asking HubZone or Catalog.zoneOf").isEmpty();
    }

    private static boolean namesTheZone(Path file) {
        try {
            return Files.readString(file).contains(MOROCCO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
