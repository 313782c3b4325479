package ma.socialhub.base.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master key that protects personal identifiers at rest. It comes from configuration
 * ({@code HUB_DATA_KEY}, 32 bytes in base64) so that a database dump alone reveals nothing. When
 * none is configured — a developer's machine, the embedded demo — a key is generated once into a
 * file beside the embedded data ({@code hub.data-key-file}), readable only by its owner. Several
 * nodes must share one key: set {@code HUB_DATA_KEY} on each.
 */
@Component
public class DataKey {

    private static final Logger log = LoggerFactory.getLogger(DataKey.class);

    private final byte[] bytes;

    DataKey(@Value("${hub.data-key:}") String configured, @Value("${hub.data-key-file:}") String file) {
        this.bytes = configured.isBlank() ? fromFile(file) : decode(configured, "hub.data-key (HUB_DATA_KEY)");
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private static byte[] fromFile(String file) {
        if (file.isBlank()) {
            throw new IllegalStateException("No data key: set HUB_DATA_KEY to 32 random bytes in base64 "
                    + "(for example the output of: openssl rand -base64 32)");
        }
        Path path = Path.of(file).toAbsolutePath();
        try {
            if (Files.exists(path)) {
                return decode(Files.readString(path, StandardCharsets.US_ASCII).strip(), path.toString());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(path.getParent());
            Files.writeString(path, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays in the user's profile folder
            }
            log.warn("Generated a data key in {}. Keep it with the data: without it, ID card and phone numbers "
                    + "cannot be read back. Nodes sharing a database must share it (HUB_DATA_KEY).", path);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the data key file " + path, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The data key in " + source + " is not base64", e);
        }
        if (key.length < 32) {
            throw new IllegalStateException("The data key in " + source + " has " + key.length
                    + " bytes; it needs 32 (openssl rand -base64 32)");
        }
        return key;
    }
}
