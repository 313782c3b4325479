package ma.socialhub.ticketing;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads of {@link CounterPresence}: who works a counter, and which services someone serves now. */
@Repository
class PresenceStore {

    private final JdbcClient jdbc;

    PresenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name a colleague knows a member of staff by. */
    String nameOf(long staffId) {
        return jdbc.sql("SELECT display_name FROM staff_name WHERE id = ?").param(staffId).query(String.class)
                .optional().orElse("?");
    }

    /** The services of the center that an open counter serves now. */
    Set<Long> servedNow(long centerId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT service_id FROM counter_serving WHERE center_id = ? AND state = 'OPEN'")
                .param(centerId).query(Long.class).list());
    }
}
