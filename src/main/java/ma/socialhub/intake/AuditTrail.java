package ma.socialhub.intake;

import java.sql.Timestamp;
import java.time.Clock;
import ma.socialhub.base.security.CurrentScreen;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes who looked at or changed whose data, when, how and from which screen (law 09-08). It
 * writes in the caller's transaction: a change that rolls back leaves no trace of a change that
 * never happened, and a read is recorded with the read.
 */
@Component
class AuditTrail {

    enum Action {
        SEARCH, READ, CREATE, UPDATE, CONSENT, EXPORT, ERASE, ANONYMISE, TRANSFER
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final CurrentScreen screen;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, StaffDirectory staff, CurrentScreen screen, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.screen = screen;
        this.clock = clock;
    }

    void record(Action action, @Nullable Long beneficiaryId, String detail) {
        Long staffId = staff.current().map(StaffMember::staffId).orElse(null);
        jdbc.sql("""
                INSERT INTO personal_data_access (at, staff_id, beneficiary_id, action, screen, detail)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(Timestamp.from(clock.instant()), staffId, beneficiaryId, action.name(), screen.name(),
                detail.length() > 500 ? detail.substring(0, 500) : detail).update();
    }
}
