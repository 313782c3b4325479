package ma.socialhub.base.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stops a node whose data key is not the one the database was written with, before it serves
 * anyone. The first node stores a check value of its key ({@link PersonalDataCipher#keyCheckValue},
 * which reveals nothing of the key); every node compares its own with it at start. A database that
 * holds encrypted identifiers from before the check existed is checked by decrypting one of them.
 *
 * <p>Without this, a node given another key would write identifiers that the others cannot read,
 * and would not find the people they registered: duplicates, and files that look empty.
 */
@Component
class DataKeyCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DataKeyCheck.class);
    static final String NAME = "data-key-check";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final HubSecrets secrets;

    DataKeyCheck(JdbcClient jdbc, PersonalDataCipher cipher, HubSecrets secrets) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.secrets = secrets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        verify();
    }

    /** Throws, with what to do, when this node's key is not the database's. */
    void verify() {
        String mine = cipher.keyCheckValue();
        Optional<String> stored = stored();
        if (stored.isEmpty()) {
            sealedSample().ifPresent(sample -> {
                try {
                    cipher.decrypt(sample);
                } catch (RuntimeException e) {
                    throw new DataKeyProblem(MISMATCH, e);
                }
            });
            stored = Optional.of(secrets.keepFirst(NAME, mine));
            log.info("Data key check value stored: nodes with another key will refuse to start");
        }
        if (!stored.map(mine::equals).orElse(false)) {
            throw new DataKeyProblem(MISMATCH);
        }
    }

    private Optional<String> stored() {
        return secrets.value(NAME);
    }

    private Optional<String> sealedSample() {
        return jdbc.sql("""
                SELECT sealed FROM sealed_identifier
                """).query(String.class).optional();
    }

    static final String MISMATCH = "This node's data key (HUB_DATA_KEY) is not the key this database was written with: "
            + "identifiers it wrote could not be read by the other nodes, nor theirs by it. Give every node the same "
            + "HUB_DATA_KEY (the one kept with the backups) and start again.";
}
