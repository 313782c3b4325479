package ma.socialhub.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedPostgresLauncherTest {

    private final EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher();

    @Test
    void aConfiguredDatabaseUrlWinsAndNothingIsStarted() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/hub");
        launcher.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example/hub");
        assertThat(env.getActiveProfiles()).doesNotContain("demo");
    }

    @Test
    void anUnusableDataFolderStopsTheHubWithAMessageThatSaysHowToUseAServer(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("occupied"), "a file where the data folder should be");
        MockEnvironment env = new MockEnvironment()
                .withProperty("hub.embedded-db.data-dir", notAFolder.resolve("pgdata").toString());
        assertThatThrownBy(() -> launcher.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(EmbeddedPostgresUnavailableException.class)
                .hasMessageContaining("The embedded PostgreSQL could not start")
                .hasMessageContaining("SPRING_DATASOURCE_URL=jdbc:postgresql://");
    }
}
