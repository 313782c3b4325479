package ma.socialhub.base.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import ma.socialhub.base.db.EmbeddedPostgresLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master key that protects personal identifiers at rest. It comes from configuration
 * ({@code HUB_DATA_KEY}, 32 bytes in base64, or an existing file named by {@code HUB_DATA_KEY_FILE})
 * so that a database dump alone reveals nothing.
 *
 * <p>Only the embedded database of a developer's machine may get a key generated for it, once,
 * into a file beside its data. A node on a real database without a key refuses to start: a key
 * made up by each node would make the identifiers written by one unreadable and unfindable by the
 * others. That the nodes of one database share one key is checked by {@link DataKeyCheck}.
 */
@Component
public class DataKey {

    private static final Logger log = LoggerFactory.getLogger(DataKey.class);

    static final String NO_KEY = "No data key for this database: set HUB_DATA_KEY to the hub's key, 32 random bytes "
            + "in base64 (the first time: openssl rand -base64 32), the same on every node, and keep it with the backups. "
            + "The hub refuses to start without it rather than make up a key of its own (docs/deployment.md).";

    private final byte[] bytes;

    DataKey(@Value("${hub.data-key:}") String configured, @Value("${hub.data-key-file:}") String file,
            @Value("${" + EmbeddedPostgresLauncher.ACTIVE + ":false}") boolean embeddedDatabase) {
        this.bytes = !configured.isBlank() ? decode(configured, "hub.data-key (HUB_DATA_KEY)")
                : fromFile(file, embeddedDatabase);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private static byte[] fromFile(String file, boolean mayGenerate) {
        if (file.isBlank()) {
            throw new DataKeyProblem(NO_KEY);
        }
        Path path = Path.of(file).toAbsolutePath();
        try {
            if (Files.exists(path)) {
                return decode(Files.readString(path, StandardCharsets.US_ASCII).strip(), path.toString());
            }
            if (!mayGenerate) {
                throw new DataKeyProblem("The data key file " + path + " (HUB_DATA_KEY_FILE) does not exist. " + NO_KEY);
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
            throw new DataKeyProblem("The data key in " + source + " is not base64", e);
        }
        if (key.length < 32) {
            throw new DataKeyProblem("The data key in " + source + " has " + key.length
                    + " bytes; it needs 32 (openssl rand -base64 32)");
        }
        return key;
    }
}
