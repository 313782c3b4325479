package ma.socialhub.intake;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.Scope;
import ma.socialhub.staff.Scopes;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors and administrators must know about access to people's files, as Primero and
 * other case-management systems flag it: a file brought to a center from another, an agent who
 * searches far more than a counter's work needs (or reached the limit), and an ID card number
 * typed with a birth date other than the one on record — a typing error, or someone who knows a
 * person's number and is looking for them. The agent is not told about the last one.
 *
 * <p>A supervisor sees the alerts of the centers of their scope; an administrator sees all. An
 * alert names the person only by their file number: the supervisor checks the trail, they do not
 * read the file.
 */
@Service
public class AccessAlerts {

    public enum Kind {
        /** A file brought to this center from another. */
        FILE_TRANSFER,
        /** A file of this center brought to another: the supervisor here is not told who took it, nor where. */
        FILE_TAKEN,
        SEARCH_VOLUME, SEARCH_LIMIT, CARD_MISMATCH
    }

    /** One alert, as the list shows it. */
    public record AccessAlert(long id, Instant at, Kind kind, String username, String staffName, LocalizedText center,
            @Nullable Long beneficiaryId, String detail, boolean seen) {
    }

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final StaffDirectory staff;
    private final Clock clock;

    AccessAlerts(JdbcClient jdbc, Scopes scopes, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.staff = staff;
        this.clock = clock;
    }

    /** Raises an alert, in the caller's transaction. */
    void raise(Kind kind, long staffId, long centerId, @Nullable Long beneficiaryId, String detail) {
        jdbc.sql("""
                INSERT INTO access_alert (at, kind, staff_id, center_id, beneficiary_id, detail) VALUES (?, ?, ?, ?, ?, ?)
                """).params(Timestamp.from(clock.instant()), kind.name(), staffId, centerId, beneficiaryId,
                detail.length() > 200 ? detail.substring(0, 200) : detail).update();
    }

    /** Whether an alert of this kind was raised about this member of staff since {@code since}. */
    boolean raisedSince(Kind kind, long staffId, Instant since) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_alert WHERE staff_id = ? AND kind = ? AND at > ?)")
                .params(staffId, kind.name(), Timestamp.from(since)).query(Boolean.class).single();
    }

    /** The alerts of the signed-in supervisor's centers (every center for an administrator), newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<AccessAlert> mine(boolean unseenOnly, int limit) {
        Scope.Condition mine = scopes.current().centers("a.center_id");
        boolean administrator = staff.current().map(m -> Roles.ADMIN.equals(m.role())).orElse(false);
        return jdbc.sql("""
                SELECT a.id, a.at, a.kind, s.username, s.display_name, c.name_ar, c.name_zgh, c.name_fr, c.name_en,
                       a.beneficiary_id, a.detail, a.seen_at IS NOT NULL AS seen
                  FROM access_alert a JOIN staff_name s ON s.id = a.staff_id JOIN center_place c ON c.id = a.center_id
                 WHERE %s AND (a.seen_at IS NULL OR NOT ?)
                 ORDER BY a.at DESC, a.id DESC LIMIT ?
                """.formatted(mine.sql())).params(mine.paramsThen(unseenOnly, Math.min(Math.max(limit, 1), 1000)))
                .query((rs, n) -> {
                    Kind kind = Kind.valueOf(rs.getString("kind"));
                    // who took a file (and so where it went) is for the administrator only
                    boolean hidden = kind == Kind.FILE_TAKEN && !administrator;
                    return new AccessAlert(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        kind, hidden ? "" : rs.getString("username"), hidden ? "" : rs.getString("display_name"),
                        new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"),
                                rs.getString("name_en")), (Long) rs.getObject("beneficiary_id"), rs.getString("detail"),
                        rs.getBoolean("seen"));
                }).list();
    }

    /** Marks an alert of the signed-in supervisor's centers as seen by them; false for any other alert. */
    @Transactional
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public boolean markSeen(long id) {
        StaffMember me = staff.current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        Scope.Condition mine = scopes.current().centers("center_id");
        return jdbc.sql("UPDATE access_alert SET seen_at = ?, seen_by = ? WHERE id = ? AND seen_at IS NULL AND " + mine.sql())
                .params(mine.paramsWith(Timestamp.from(clock.instant()), me.staffId(), id)).update() == 1;
    }
}
