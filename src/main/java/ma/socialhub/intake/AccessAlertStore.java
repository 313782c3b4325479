package ma.socialhub.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.intake.AccessAlerts.AccessAlert;
import ma.socialhub.intake.AccessAlerts.Kind;
import ma.socialhub.staff.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the access alerts; each read and change is narrowed to the centers of the caller's scope. */
@Repository
class AccessAlertStore {

    private final JdbcClient jdbc;

    AccessAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, Kind kind, long staffId, long centerId, @Nullable Long beneficiaryId, String detail) {
        jdbc.sql("""
                INSERT INTO access_alert (at, kind, staff_id, center_id, beneficiary_id, detail) VALUES (?, ?, ?, ?, ?, ?)
                """).params(Timestamp.from(at), kind.name(), staffId, centerId, beneficiaryId, detail).update();
    }

    boolean raisedSince(Kind kind, long staffId, Instant since) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_alert WHERE staff_id = ? AND kind = ? AND at > ?)")
                .params(staffId, kind.name(), Timestamp.from(since)).query(Boolean.class).single();
    }

    /** The alerts of the scope's centers, newest first, with who raised them. */
    List<AccessAlert> alerts(Scope scope, boolean unseenOnly, int limit) {
        Scope.Condition mine = scope.centers("a.center_id");
        return jdbc.sql("""
                SELECT a.id, a.at, a.kind, s.username, s.display_name, c.name_ar, c.name_zgh, c.name_fr, c.name_en,
                       a.beneficiary_id, a.detail, a.seen_at IS NOT NULL AS seen
                  FROM access_alert a JOIN staff_name s ON s.id = a.staff_id JOIN center_place c ON c.id = a.center_id
                 WHERE %s AND (a.seen_at IS NULL OR NOT ?)
                 ORDER BY a.at DESC, a.id DESC LIMIT ?
                """.formatted(mine.sql())).params(mine.paramsThen(unseenOnly, limit))
                .query((rs, n) -> new AccessAlert(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        Kind.valueOf(rs.getString("kind")), rs.getString("username"), rs.getString("display_name"),
                        new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"),
                                rs.getString("name_en")), (Long) rs.getObject("beneficiary_id"), rs.getString("detail"),
                        rs.getBoolean("seen"))).list();
    }

    /** Marks an alert of the scope's centers as seen; false for any other alert, or one seen already. */
    boolean markSeen(Scope scope, long id, long staffId, Instant at) {
        Scope.Condition mine = scope.centers("center_id");
        return jdbc.sql("UPDATE access_alert SET seen_at = ?, seen_by = ? WHERE id = ? AND seen_at IS NULL AND " + mine.sql())
                .params(mine.paramsWith(Timestamp.from(at), staffId, id)).update() == 1;
    }
}
