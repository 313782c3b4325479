package ma.socialhub.referral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
    /** Inserts the referral unless it exists already; its id, and whether this call made it. */
    Inserted insertOnce(ReferRequest r, long centerId, @Nullable String personSex, @Nullable Long redirectedFrom,
            ReferralStatus status, long staffId, Instant now) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO referral (beneficiary_id, visit_id, center_id, rule_id, organization_id, program_id, reason,
                                      needs, status, created_at, created_by, status_at, person_sex, redirected_from)
                VALUES (:beneficiary, :visit, :center, :rule, :organization, :program, :reason, :needs, :status, :now, :staff,
                        :now, :sex, :from)
                ON CONFLICT DO NOTHING
                RETURNING id
                """).param("sex", personSex).param("from", redirectedFrom)
                .param("beneficiary", r.beneficiaryId()).param("visit", r.visitId()).param("center", centerId)
                .param("rule", r.ruleId()).param("organization", r.organizationId()).param("program", r.programId())
                .param("reason", r.reason()).param("needs", r.needs().stream().sorted().toArray(String[]::new))
                .param("status", status.name()).param("now", Timestamp.from(now)).param("staff", staffId)
                .query(Long.class).optional();
        if (id.isPresent()) {
            return new Inserted(id.get(), true);
        }
        Optional<Long> redirected = redirectedFrom == null ? Optional.empty()
                : jdbc.sql("SELECT id FROM referral WHERE redirected_from = ? AND organization_id = ?")
                        .params(redirectedFrom, r.organizationId()).query(Long.class).optional();
        return new Inserted(redirected.orElseGet(() -> jdbc.sql("""
                SELECT id FROM referral WHERE visit_id = ? AND organization_id = ? AND coalesce(rule_id, 0) = ?
                """).params(r.visitId(), r.organizationId(), r.ruleId() == null ? 0L : r.ruleId()).query(Long.class).single()),
                false);
    }

    record Inserted(long id, boolean isNew) {
    }


    boolean move(long id, ReferralStatus from, int version, ReferralStatus to, @Nullable ReferralOutcome outcome, Instant now) {
        return jdbc.sql("""
                UPDATE referral SET status = ?, status_at = ?, outcome = ?, version = version + 1
                 WHERE id = ? AND status = ? AND version = ?
                """).params(to.name(), Timestamp.from(now), outcome == null ? null : outcome.name(), id, from.name(), version)
                .update() == 1;
    }

    /** Sets the first appointment, as decided on {@code version}; false when someone changed the referral meanwhile. */
    boolean firstAppointment(long id, ReferralStatus status, int version, Instant at) {
        return jdbc.sql("""
                UPDATE referral SET first_appointment_at = ?, version = version + 1
                 WHERE id = ? AND status = ? AND version = ?
                """).params(Timestamp.from(at), id, status.name(), version).update() == 1;
    }

    @Nullable String personSex(long id) {
        return jdbc.sql("SELECT person_sex FROM referral WHERE id = ?").param(id).query(String.class).optional().orElse(null);
    }

    long insertStep(long referralId, StepRequest step, long staffId, Instant now) {
        return jdbc.sql("""
                INSERT INTO accompaniment_step (referral_id, kind, happened_on, note, amount_mad, project_form, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(referralId, step.kind().name(), Date.valueOf(Objects.requireNonNull(step.happenedOn())),
                step.note().strip(), step.amountMad(), step.projectForm() == null ? null : step.projectForm().name(),
                Timestamp.from(now), staffId).query(Long.class).single();
    }

    List<AccompanimentStep> steps(long referralId) {
        return jdbc.sql("""
                SELECT a.*, s.display_name FROM accompaniment_step a JOIN staff_name s ON s.id = a.recorded_by
                 WHERE a.referral_id = ? ORDER BY a.happened_on, a.id
                """).param(referralId).query((rs, n) -> new AccompanimentStep(rs.getLong("id"), rs.getLong("referral_id"),
                        StepKind.valueOf(rs.getString("kind")), rs.getDate("happened_on").toLocalDate(), rs.getString("note"),
                        rs.getBigDecimal("amount_mad"),
                        rs.getString("project_form") == null ? null : ProjectForm.valueOf(rs.getString("project_form")),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("display_name"))).list();
    }

    /** Referrals addressed to a partner, in the given statuses, oldest waiting first. */
    List<Referral> addressedTo(long organizationId, Collection<ReferralStatus> statuses, int limit) {
        return jdbc.sql("""
                SELECT * FROM referral WHERE organization_id = ? AND status = ANY (?) ORDER BY status_at, id LIMIT ?
                """).params(organizationId, statuses.stream().map(Enum::name).toArray(String[]::new), limit)
                .query(ReferralStore::referral).list();
    }

    /** Referrals a center made, in the given statuses, oldest change first. */
    List<Referral> madeBy(long centerId, Collection<ReferralStatus> statuses, int limit) {
        return jdbc.sql("""
                SELECT * FROM referral WHERE center_id = ? AND status = ANY (?) ORDER BY status_at, id LIMIT ?
                """).params(centerId, statuses.stream().map(Enum::name).toArray(String[]::new), limit)
                .query(ReferralStore::referral).list();
    }

    void event(long id, @Nullable ReferralStatus from, ReferralStatus to, long staffId, Instant now, String note) {
        jdbc.sql("""
                INSERT INTO referral_event (referral_id, from_status, to_status, at, by_staff, note) VALUES (?, ?, ?, ?, ?, ?)
                """).params(id, from == null ? null : from.name(), to.name(), Timestamp.from(now), staffId, note).update();
    }

    void clearTexts(long beneficiaryId) {
        // the referral keeps its course, not the visit it came from (where and when she was) nor her sex
        jdbc.sql("UPDATE referral SET reason = '—', person_sex = NULL, visit_id = NULL, version = version + 1 WHERE beneficiary_id = ?")
                .param(beneficiaryId).update();
        // she was counted once in a program's figures: the count stays, the list of who forgets her
        jdbc.sql("DELETE FROM program_participant WHERE beneficiary_id = ?").param(beneficiaryId).update();
        jdbc.sql("""
                UPDATE referral_event SET note = '' WHERE note <> ''
                   AND referral_id IN (SELECT id FROM referral WHERE beneficiary_id = ?)
                """).param(beneficiaryId).update();
        jdbc.sql("""
                UPDATE accompaniment_step SET note = '' WHERE note <> ''
                   AND referral_id IN (SELECT id FROM referral WHERE beneficiary_id = ?)
                """).param(beneficiaryId).update();
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
                  FROM referral_event e JOIN staff_name s ON s.id = e.by_staff
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
                rs.getTimestamp("status_at").toInstant(),
                rs.getString("outcome") == null ? null : ReferralOutcome.valueOf(rs.getString("outcome")),
                (Long) rs.getObject("redirected_from"), rs.getInt("version"),
                rs.getTimestamp("first_appointment_at") == null ? null : rs.getTimestamp("first_appointment_at").toInstant());
    }
}
