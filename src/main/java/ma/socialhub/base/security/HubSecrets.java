package ma.socialhub.base.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hub's own secrets that every node must share (the ticket links' signing key, the data key's
 * check value, the one-time code that sets up the first administrator), kept by name in
 * {@code hub_secret}. Callers run inside their own transaction: {@link #lockedValue} holds the
 * row until it commits, so that two nodes using a one-time secret at once cannot both use it.
 */
@Component
public class HubSecrets {

    private final JdbcClient jdbc;

    HubSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> value(String name) {
        return jdbc.sql("SELECT value FROM hub_secret WHERE name = ?").param(name).query(String.class).optional();
    }

    /** The value, with its row locked until the caller's transaction ends. */
    public Optional<String> lockedValue(String name) {
        return jdbc.sql("SELECT value FROM hub_secret WHERE name = ? FOR UPDATE").param(name).query(String.class).optional();
    }

    /**
     * Stores the value unless another node stored one first, and returns the one that holds:
     * nodes starting together agree on a single secret.
     */
    public String keepFirst(String name, String value) {
        jdbc.sql("INSERT INTO hub_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING").params(name, value).update();
        return value(name).orElseThrow();
    }

    /** Stores the value, replacing any earlier one. */
    public void replace(String name, String value) {
        jdbc.sql("""
                INSERT INTO hub_secret (name, value) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value, created_at = now()
                """).params(name, value).update();
    }

    public void remove(String name) {
        jdbc.sql("DELETE FROM hub_secret WHERE name = ?").param(name).update();
    }
}
