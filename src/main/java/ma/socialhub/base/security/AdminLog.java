package ma.socialhub.base.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every administrative change — who, when, what, the values before and after — in the
 * transaction of the change itself, so a change and its record exist together or not at all.
 */
@Component
public class AdminLog {

    private final JdbcClient jdbc;
    private final CurrentStaff staff;
    private final Clock clock;
    private final JsonMapper json;

    AdminLog(JdbcClient jdbc, CurrentStaff staff, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
        this.json = json;
    }

    /** Records a change; {@code before} and {@code after} are written as JSON (null when there is none). */
    public void record(String entity, Object entityId, String action, @Nullable Object before, @Nullable Object after) {
        jdbc.sql("""
                INSERT INTO admin_change (at, staff_id, entity, entity_id, action, before, after)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                """).params(Timestamp.from(clock.instant()), staff.staffId().orElse(null), entity, String.valueOf(entityId),
                action, before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after)).update();
    }
}
