package ma.socialhub.referral;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the program indicators exact and cheap to read: each change of a referral adjusts a small
 * counter row in the same transaction. The counter's row lock orders concurrent changes, and a
 * change that rolls back takes its count with it, so the rollups always equal a recount.
 */
@Component
class ReferralRollups {

    private final JdbcClient jdbc;

    ReferralRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void created(long organizationId, ReferralStatus status) {
        add(organizationId, status, 1);
    }

    void moved(long organizationId, ReferralStatus from, ReferralStatus to) {
        int updated = jdbc.sql("""
                UPDATE referral_status_count SET referrals = referrals - 1 WHERE organization_id = ? AND status = ?
                """).params(organizationId, from.name()).update();
        if (updated != 1) {
            throw new IllegalStateException("No count of " + from + " referrals for organization " + organizationId);
        }
        add(organizationId, to, 1);
    }

    /** A woman starts being accompanied in a program: counted once per program, in the partner's region. */
    void accompanied(long programId, long beneficiaryId, long organizationId, Instant now) {
        boolean first = jdbc.sql("""
                INSERT INTO program_participant (program_id, beneficiary_id, region_id, since)
                SELECT ?, ?, region_id, ? FROM partner_place WHERE id = ?
                ON CONFLICT DO NOTHING
                """).params(programId, beneficiaryId, Timestamp.from(now), organizationId).update() == 1;
        if (first) {
            jdbc.sql("""
                    INSERT INTO program_region_count (program_id, region_id, women_accompanied)
                    SELECT ?, region_id, 1 FROM partner_place WHERE id = ?
                    ON CONFLICT (program_id, region_id)
                    DO UPDATE SET women_accompanied = program_region_count.women_accompanied + 1
                    """).params(programId, organizationId).update();
        }
    }

    void launched(long organizationId, ProjectForm form) {
        jdbc.sql("""
                INSERT INTO project_launch_count (region_id, project_form, projects)
                SELECT region_id, ?, 1 FROM partner_place WHERE id = ?
                ON CONFLICT (region_id, project_form) DO UPDATE SET projects = project_launch_count.projects + 1
                """).params(form.name(), organizationId).update();
    }

    private void add(long organizationId, ReferralStatus status, int delta) {
        jdbc.sql("""
                INSERT INTO referral_status_count (organization_id, status, referrals) VALUES (?, ?, ?)
                ON CONFLICT (organization_id, status) DO UPDATE SET referrals = referral_status_count.referrals + excluded.referrals
                """).params(organizationId, status.name(), delta).update();
    }
    // (a decrement is a plain UPDATE: PostgreSQL checks an INSERT's values before ON CONFLICT)
}
