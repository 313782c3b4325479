package ma.socialhub.intake;

import jakarta.annotation.security.RolesAllowed;
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

    private final AccessAlertStore store;
    private final Scopes scopes;
    private final StaffDirectory staff;
    private final Clock clock;

    AccessAlerts(AccessAlertStore store, Scopes scopes, StaffDirectory staff, Clock clock) {
        this.store = store;
        this.scopes = scopes;
        this.staff = staff;
        this.clock = clock;
    }

    /** Raises an alert, in the caller's transaction. */
    void raise(Kind kind, long staffId, long centerId, @Nullable Long beneficiaryId, String detail) {
        store.insert(clock.instant(), kind, staffId, centerId, beneficiaryId, detail.length() > 200 ? detail.substring(0, 200) : detail);
    }

    /** Whether an alert of this kind was raised about this member of staff since {@code since}. */
    boolean raisedSince(Kind kind, long staffId, Instant since) {
        return store.raisedSince(kind, staffId, since);
    }

    /** The alerts of the signed-in supervisor's centers (every center for an administrator), newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<AccessAlert> mine(boolean unseenOnly, int limit) {
        Scope mine = scopes.current();
        boolean administrator = staff.current().map(m -> Roles.ADMIN.equals(m.role())).orElse(false);
        return store.alerts(mine, unseenOnly, Math.min(Math.max(limit, 1), 1000)).stream().map(a -> {
            // who took a file (and so where it went) is for the administrator only
            boolean hidden = a.kind() == Kind.FILE_TAKEN && !administrator;
            return hidden ? new AccessAlert(a.id(), a.at(), a.kind(), "", "", a.center(), a.beneficiaryId(), a.detail(), a.seen()) : a;
        }).toList();
    }

    /** Marks an alert of the signed-in supervisor's centers as seen by them; false for any other alert. */
    @Transactional
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public boolean markSeen(long id) {
        StaffMember me = staff.current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        return store.markSeen(scopes.current(), id, me.staffId(), clock.instant());
    }
}
