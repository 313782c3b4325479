package ma.socialhub.intake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.intake.PersonalDataAdmin.AccessEntry;
import ma.socialhub.intake.PersonalDataAdmin.ConsentRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The administrator's reads of personal data under law 09-08: a person's consents, and the trail of who looked at what. */
@Component
class PersonalDataQueries {

    private final JdbcClient jdbc;

    PersonalDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every consent the person gave, refused or withdrew, oldest first. */
    List<ConsentRecord> consents(long beneficiaryId) {
        return jdbc.sql("""
                SELECT c.decision, c.scopes, c.recorded_at, s.display_name, c.valid_until, ce.name_ar, ce.name_zgh, ce.name_fr, ce.name_en
                  FROM consent c JOIN staff_name s ON s.id = c.recorded_by JOIN center_place ce ON ce.id = c.center_id
                 WHERE c.beneficiary_id = ? ORDER BY c.recorded_at, c.id
                """).param(beneficiaryId).query((rs, n) -> {
                    Date until = rs.getDate("valid_until");
                    return new ConsentRecord(rs.getString("decision"), BeneficiaryStore.enums(rs.getArray("scopes"), ConsentScope.class),
                            rs.getTimestamp("recorded_at").toInstant(), rs.getString("display_name"),
                            until == null ? null : until.toLocalDate(), new LocalizedText(rs.getString("name_ar"),
                            rs.getString("name_zgh"), rs.getString("name_fr"), rs.getString("name_en")));
                }).list();
    }

    /**
     * The trail of personal data access, newest first, at most {@code limit} lines; each criterion
     * left null matches every line, and {@code to} is excluded.
     */
    List<AccessEntry> accessTrail(@Nullable Long beneficiaryId, @Nullable String username, @Nullable String action,
            @Nullable Instant from, @Nullable Instant to, int limit) {
        return jdbc.sql("""
                SELECT a.at, coalesce(s.username, 'system') AS staff, a.beneficiary_id, a.action, a.screen, a.detail
                  FROM personal_data_access a LEFT JOIN staff_name s ON s.id = a.staff_id
                 WHERE (CAST(:person AS bigint) IS NULL OR a.beneficiary_id = :person)
                   AND (CAST(:username AS text) IS NULL OR s.username = :username)
                   AND (CAST(:action AS text) IS NULL OR a.action = :action)
                   AND (CAST(:from AS timestamptz) IS NULL OR a.at >= :from)
                   AND (CAST(:to AS timestamptz) IS NULL OR a.at < :to)
                 ORDER BY a.at DESC, a.id DESC LIMIT :limit
                """).param("person", beneficiaryId)
                .param("username", username)
                .param("action", action)
                .param("from", from == null ? null : Timestamp.from(from))
                .param("to", to == null ? null : Timestamp.from(to))
                .param("limit", limit)
                .query((rs, n) -> new AccessEntry(rs.getTimestamp("at").toInstant(), rs.getString("staff"),
                        (Long) rs.getObject("beneficiary_id"), rs.getString("action"), rs.getString("screen"), rs.getString("detail")))
                .list();
    }
}
