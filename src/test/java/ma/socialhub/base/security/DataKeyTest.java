package ma.socialhub.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the data key comes from, and that a node on a real database never makes one up. */
class DataKeyTest {

    static final String KEY = "dGVzdC1rZXktZm9yLXRoZS1odWItb25seS0zMi1ieXRlcyE=";

    @Test
    void aNodeOnARealDatabaseWithoutAKeyRefusesToStartAndSaysWhatToSet(@TempDir Path home) {
        assertThatThrownBy(() -> new DataKey("", "", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HUB_DATA_KEY").hasMessageContaining("openssl rand -base64 32");
        Path missing = home.resolve("data.key");
        assertThatThrownBy(() -> new DataKey("", missing.toString(), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("HUB_DATA_KEY");
        assertThat(missing).doesNotExist();
    }

    @Test
    void onlyTheEmbeddedDatabaseGetsAKeyGeneratedOnceBesideItsData(@TempDir Path home) throws Exception {
        Path file = home.resolve("data.key");
        byte[] first = new DataKey("", file.toString(), true).bytes();
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        assertThat(new DataKey("", file.toString(), true).bytes()).isEqualTo(first);
        // and a real database may use that file when it is named on purpose
        assertThat(new DataKey("", file.toString(), false).bytes()).isEqualTo(first);
    }

    @Test
    void aConfiguredKeyWinsAndAShortOrGarbledOneIsRefused() {
        assertThat(new DataKey(KEY, "", false).bytes()).isEqualTo(Base64.getDecoder().decode(KEY));
        assertThatThrownBy(() -> new DataKey("c2hvcnQ=", "", false)).hasMessageContaining("needs 32");
        assertThatThrownBy(() -> new DataKey("not base64 !", "", false)).hasMessageContaining("not base64");
    }
}
