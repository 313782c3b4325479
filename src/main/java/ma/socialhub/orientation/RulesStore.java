package ma.socialhub.orientation;

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
import ma.socialhub.orientation.RulesAdmin.RuleForm;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the orientation rules. A save names the version it was edited from: when two
 * administrators save the same rule at once, the database lets one of them win.
 */
@Repository
class RulesStore {

    private final JdbcClient jdbc;

    RulesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rules switched on, most important first. */
    List<OrientationRule> active() {
        return jdbc.sql("SELECT * FROM orientation_rule WHERE active ORDER BY priority, code").query(RulesStore::rule).list();
    }

    Optional<OrientationRule> find(long id) {
        return jdbc.sql("SELECT * FROM orientation_rule WHERE id = ?").param(id).query(RulesStore::rule).optional();
    }

    /** Every rule as edited, switched-off ones included, most important first. */
    List<RuleForm> all() {
        return jdbc.sql("SELECT * FROM orientation_rule ORDER BY priority, code").query((rs, n) -> {
            OrientationRule rule = rule(rs, n);
            return new RuleForm(rule.id(), rs.getInt("version"), rule.code(), rule.title(), rule.reason(), rule.anySituation(),
                    rule.anyNeed(), rule.sex(), rule.minAge(), rule.maxAge(), rule.anyRsuStatus(), rule.targetKind(),
                    rule.programId(), rule.institutionType(), rule.serviceId(), rule.priority(), rs.getBoolean("active"));
        }).list();
    }

    /** Inserts the rule with the given target (only its kind's is set); its id. */
    long insert(RuleForm form, @Nullable Long program, @Nullable InstitutionType type, @Nullable Long service) {
        return jdbc.sql("""
                INSERT INTO orientation_rule (code, title_ar, title_zgh, title_fr, title_en, reason_ar, reason_zgh, reason_fr,
                    reason_en, any_situation, any_need, sex, min_age, max_age, any_rsu_status, target_kind, program_id,
                    institution_type, service_id, priority, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(values(form, program, type, service)).query(Long.class).single();
    }

    /** Saves the rule over {@code form.id()} if nobody saved it since {@code form.version()}; false otherwise. */
    boolean update(RuleForm form, @Nullable Long program, @Nullable InstitutionType type, @Nullable Long service) {
        Object[] values = values(form, program, type, service);
        Object[] withKey = Arrays.copyOf(values, values.length + 2);
        withKey[values.length] = form.id();
        withKey[values.length + 1] = form.version();
        int updated = jdbc.sql("""
                UPDATE orientation_rule SET code = ?, title_ar = ?, title_zgh = ?, title_fr = ?, title_en = ?, reason_ar = ?,
                    reason_zgh = ?, reason_fr = ?, reason_en = ?, any_situation = ?, any_need = ?, sex = ?, min_age = ?,
                    max_age = ?, any_rsu_status = ?, target_kind = ?, program_id = ?, institution_type = ?, service_id = ?,
                    priority = ?, active = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """).params(withKey).update();
        return updated != 0;
    }

    private static Object[] values(RuleForm form, @Nullable Long program, @Nullable InstitutionType type, @Nullable Long service) {
        return new Object[] {form.code(), form.title().ar(), form.title().zgh(), form.title().fr(), form.title().en(), form.reason().ar(),
                form.reason().zgh(), form.reason().fr(), form.reason().en(),
                form.anySituation().stream().map(Enum::name).sorted().toArray(String[]::new),
                form.anyNeed().stream().sorted().toArray(String[]::new), form.sex() == null ? null : form.sex().name(),
                form.minAge(), form.maxAge(), form.anyRsuStatus().stream().map(Enum::name).sorted().toArray(String[]::new),
                form.targetKind().name(), program, type == null ? null : type.name(), service, form.priority(), form.active()};
    }

    private static OrientationRule rule(ResultSet rs, int row) throws SQLException {
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
