package ma.socialhub.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of referrals. A status change is one UPDATE naming the status and version it expects:
 * when two people move the same referral at once, the database lets one of them win.
 */
@Repository
class ReferralStore {

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the referral unless this visit already referred to this partner for this rule; its id either way. */
    long insertOnce(ReferRequest r, long centerId, ReferralStatus status, long staffId, Instant now) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO referral (beneficiary_id, visit_id, center_id, rule_id, organization_id, program_id, reason,
                                      needs, status, created_at, created_by, status_at)
                VALUES (:beneficiary, :visit, :center, :rule, :organization, :program, :reason, :needs, :status, :now, :staff, :now)
                ON CONFLICT (visit_id, organization_id, coalesce(rule_id, 0)) WHERE visit_id IS NOT NULL DO NOTHING
                RETURNING id
                """).param("beneficiary", r.beneficiaryId()).param("visit", r.visitId()).param("center", centerId)
                .param("rule", r.ruleId()).param("organization", r.organizationId()).param("program", r.programId())
                .param("reason", r.reason()).param("needs", r.needs().stream().sorted().toArray(String[]::new))
                .param("status", status.name()).param("now", Timestamp.from(now)).param("staff", staffId)
                .query(Long.class).optional();
        return id.orElseGet(() -> jdbc.sql("""
                SELECT id FROM referral WHERE visit_id = ? AND organization_id = ? AND coalesce(rule_id, 0) = ?
                """).params(r.visitId(), r.organizationId(), r.ruleId() == null ? 0L : r.ruleId()).query(Long.class).single());
    }

    boolean hasHistory(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM referral_event WHERE referral_id = ?)").param(id)
                .query(Boolean.class).single();
    }

    boolean move(long id, ReferralStatus from, int version, ReferralStatus to, Instant now) {
        return jdbc.sql("""
                UPDATE referral SET status = ?, status_at = ?, version = version + 1
                 WHERE id = ? AND status = ? AND version = ?
                """).params(to.name(), Timestamp.from(now), id, from.name(), version).update() == 1;
    }

    void event(long id, @Nullable ReferralStatus from, ReferralStatus to, long staffId, Instant now, String note) {
        jdbc.sql("""
                INSERT INTO referral_event (referral_id, from_status, to_status, at, by_staff, note) VALUES (?, ?, ?, ?, ?, ?)
                """).params(id, from == null ? null : from.name(), to.name(), Timestamp.from(now), staffId, note).update();
    }

    Optional<Referral> find(long id) {
        return jdbc.sql("SELECT * FROM referral WHERE id = ?").param(id).query(ReferralStore::referral).optional();
    }

    List<Referral> ofBeneficiary(long beneficiaryId) {
        return jdbc.sql("SELECT * FROM referral WHERE beneficiary_id = ? ORDER BY created_at DESC, id DESC")
                .param(beneficiaryId).query(ReferralStore::referral).list();
    }

    List<ReferralEvent> history(long id) {
        return jdbc.sql("""
                SELECT e.id, e.from_status, e.to_status, e.at, s.display_name, e.note
                  FROM referral_event e JOIN staff_account s ON s.id = e.by_staff
                 WHERE e.referral_id = ? ORDER BY e.at, e.id
                """).param(id).query((rs, n) -> {
                    String from = rs.getString("from_status");
                    return new ReferralEvent(rs.getLong("id"), from == null ? null : ReferralStatus.valueOf(from),
                            ReferralStatus.valueOf(rs.getString("to_status")), rs.getTimestamp("at").toInstant(),
                            rs.getString("display_name"), rs.getString("note"));
                }).list();
    }

    private static Referral referral(ResultSet rs, int n) throws SQLException {
        return new Referral(rs.getLong("id"), rs.getLong("beneficiary_id"), (Long) rs.getObject("visit_id"),
                rs.getLong("center_id"), (Long) rs.getObject("rule_id"), rs.getLong("organization_id"),
                (Long) rs.getObject("program_id"), rs.getString("reason"),
                Set.copyOf(Arrays.asList((String[]) rs.getArray("needs").getArray())),
                ReferralStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("status_at").toInstant(), rs.getInt("version"));
    }
}
