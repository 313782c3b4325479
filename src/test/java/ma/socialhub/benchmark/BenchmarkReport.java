package ma.socialhub.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one benchmark's section of {@code docs/benchmarks.md} (path in the {@code benchmark.report}
 * system property, set by the Maven profile), between its own markers, leaving the other
 * benchmarks' sections as they are.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void write(String section, String markdown) {
        Path file = Path.of(System.getProperty("benchmark.report", "docs/benchmarks.md"));
        String start = "<!-- " + section + ":start -->";
        String end = "<!-- " + section + ":end -->";
        String block = start + "\n" + markdown.strip() + "\n" + end;
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
            int from = text.indexOf(start);
            int to = text.indexOf(end);
            if (from >= 0 && to > from) {
                text = text.substring(0, from) + block + text.substring(to + end.length());
            } else {
                text = text.stripTrailing() + "\n\n" + block + "\n";
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String HEADER = """
            # Benchmarks

            Measured by `./mvnw -Pbenchmark verify` (a Maven profile apart from `verify`); each section is
            rewritten by its benchmark with the date, the machine and the command that reproduces it.
            """;
}
