package ma.socialhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ma.socialhub.SocialHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith application modules: each uses another only through
 * what that one exposes (its root package, or a named interface), and none forms a cycle. The
 * module diagram in {@code docs/modules} is drawn from the code by this test.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SocialHubApplication.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void featuresUseEachOtherOnlyThroughWhatTheyExpose() {
        MODULES.verify();
    }

    /**
     * Regenerates the diagrams and fails when they differ from those checked in: a change of the
     * modules' shape then shows in the commit that made it (commit the regenerated files).
     */
    @Test
    void theModuleDiagramsInDocsAreDrawnFromTheCode() throws IOException {
        Path drawn = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Files.createDirectories(DOCS);
        List<String> changed = new ArrayList<>();
        try (Stream<Path> files = Files.list(drawn)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).sorted().toList()) {
                Path checkedIn = DOCS.resolve(file.getFileName());
                String fresh = Files.readString(file);
                if (!Files.exists(checkedIn) || !sameLines(Files.readString(checkedIn), fresh)) {
                    changed.add(checkedIn.toString());
                    Files.writeString(checkedIn, fresh);
                }
            }
        }
        assertThat(changed).as("module diagrams redrawn; commit them").isEmpty();
    }

    /** The Documenter lists modules and relations in no fixed order: the same lines in any order are the same diagram. */
    private static boolean sameLines(String a, String b) {
        return a.lines().sorted().toList().equals(b.lines().sorted().toList());
    }
}
