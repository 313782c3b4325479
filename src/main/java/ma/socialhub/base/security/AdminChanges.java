package ma.socialhub.base.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trail of administrative changes, newest first, for administrators. */
@Service
@RolesAllowed(Roles.ADMIN)
public class AdminChanges {

    /** One change: when, by whom (username, or "system"), on what, and the values before and after as JSON. */
    public record Change(Instant at, String by, String entity, String entityId, String action, @Nullable String before,
            @Nullable String after) {
    }

    private final JdbcClient jdbc;

    AdminChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest changes, optionally of one kind of entity (centers, staff accounts, ...). */
    @Transactional(readOnly = true)
    public List<Change> latest(@Nullable String entity, int limit) {
        return jdbc.sql("""
                SELECT c.at, coalesce(s.username, 'system') AS by, c.entity, c.entity_id, c.action, c.before::text, c.after::text
                  FROM admin_change c LEFT JOIN staff_name s ON s.id = c.staff_id
                 WHERE (CAST(:entity AS text) IS NULL OR c.entity = :entity)
                 ORDER BY c.at DESC, c.id DESC LIMIT :limit
                """).param("entity", entity).param("limit", Math.min(Math.max(limit, 1), 1000))
                .query((rs, n) -> new Change(rs.getTimestamp("at").toInstant(), rs.getString("by"), rs.getString("entity"),
                        rs.getString("entity_id"), rs.getString("action"), rs.getString(6), rs.getString(7))).list();
    }
}
