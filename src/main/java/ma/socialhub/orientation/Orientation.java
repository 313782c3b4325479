package ma.socialhub.orientation;

import jakarta.annotation.security.PermitAll;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.directory.InstitutionType;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes services and programs for a person from the active rules in the database, most
 * important first (lowest priority number). Reading the rules needs no role: they hold nothing
 * personal, and the facts are given by the caller.
 */
@Service
@Transactional(readOnly = true)
@PermitAll // the rules hold nothing personal; the facts come from a caller that may read them
public class Orientation {

    private final JdbcClient jdbc;

    Orientation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active rule that applies to {@code facts}, with why. */
    public List<Proposal> propose(ProfileFacts facts) {
        return activeRules().stream()
                .flatMap(rule -> rule.matches(facts).map(because -> new Proposal(rule, because)).stream())
                .toList();
    }

    public List<OrientationRule> activeRules() {
        return jdbc.sql("SELECT * FROM orientation_rule WHERE active ORDER BY priority, code").query(Orientation::rule).list();
    }

    public Optional<OrientationRule> rule(long id) {
        return jdbc.sql("SELECT * FROM orientation_rule WHERE id = ?").param(id).query(Orientation::rule).optional();
    }

    static OrientationRule rule(ResultSet rs, int row) throws SQLException {
        String sex = rs.getString("sex");
        String type = rs.getString("institution_type");
        return new OrientationRule(rs.getLong("id"), rs.getString("code"), text(rs, "title"), text(rs, "reason"),
                enums(rs, "any_situation", Situation.class), Set.copyOf(Arrays.asList((String[]) rs.getArray("any_need").getArray())),
                sex == null ? null : Sex.valueOf(sex.strip()), (Integer) rs.getObject("min_age"),
                (Integer) rs.getObject("max_age"), enums(rs, "any_rsu_status", RsuStatus.class),
                TargetKind.valueOf(rs.getString("target_kind")), (Long) rs.getObject("program_id"),
                type == null ? null : InstitutionType.valueOf(type), (Long) rs.getObject("service_id"),
                rs.getInt("priority"));
    }

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(rs.getString(prefix + "_ar"), rs.getString(prefix + "_zgh"), rs.getString(prefix + "_fr"),
                rs.getString(prefix + "_en"));
    }

    private static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream((String[]) rs.getArray(column).getArray()).forEach(v -> set.add(Enum.valueOf(type, v)));
        return set;
    }
}
