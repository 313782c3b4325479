package ma.socialhub.directory;

import jakarta.annotation.security.PermitAll;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ma.socialhub.base.i18n.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the directory of partners and programs. Lists put the partners of the asking region
 * first (the reference incubator at the very top), since a person is best accompanied near home.
 */
@Service
@Transactional(readOnly = true)
@PermitAll // public catalogue information (the HSDS export publishes it)
public class Directory {

    private static final String ORGANIZATION_SELECT = """
            SELECT o.id, o.code, o.kind, o.institution_type, o.name_ar, o.name_zgh, o.name_fr, o.name_en,
                   o.host_organization, o.region_id, o.province_id, o.address, o.phone, o.email, o.sectors,
                   o.capacity, o.languages, o.accessible, o.reference, o.demo, o.active
              FROM partner_organization o
            """;
    private static final String PROGRAM_SELECT = """
            SELECT p.id, p.code, p.name_ar, p.name_zgh, p.name_fr, p.name_en, p.national_target, p.regional_target
              FROM program p
            """;

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> organization(long id) {
        return jdbc.sql(ORGANIZATION_SELECT + " WHERE o.id = ?").param(id).query(Directory::organization).optional();
    }

    /** Every active partner, region by region. */
    public List<Organization> organizations() {
        return jdbc.sql(ORGANIZATION_SELECT + " WHERE o.active ORDER BY o.region_id, o.kind, NOT o.reference, o.name_fr")
                .query(Directory::organization).list();
    }

    /** Active incubators, those of {@code regionId} first and its reference incubator at the top. */
    public List<Organization> incubatorsFor(short regionId) {
        return jdbc.sql(ORGANIZATION_SELECT + """
                 WHERE o.active AND o.kind = 'INCUBATOR'
                 ORDER BY o.region_id <> :region, NOT o.reference, o.name_fr
                """).param("region", regionId).query(Directory::organization).list();
    }

    /** Active institutions of a type, those of {@code regionId} first. */
    public List<Organization> institutionsFor(InstitutionType type, short regionId) {
        return jdbc.sql(ORGANIZATION_SELECT + """
                 WHERE o.active AND o.kind = 'INSTITUTION' AND o.institution_type = :type
                 ORDER BY o.region_id <> :region, o.name_fr
                """).param("type", type.name()).param("region", regionId).query(Directory::organization).list();
    }

    /** The active organizations that run a program, those of {@code regionId} first. */
    public List<Organization> operatorsOf(long programId, short regionId) {
        return jdbc.sql(ORGANIZATION_SELECT + """
                  JOIN partner_program pp ON pp.organization_id = o.id AND pp.program_id = :program
                 WHERE o.active
                 ORDER BY o.region_id <> :region, NOT o.reference, o.name_fr
                """).param("program", programId).param("region", regionId).query(Directory::organization).list();
    }

    public Optional<Program> program(long id) {
        return jdbc.sql(PROGRAM_SELECT + " WHERE p.id = ?").param(id).query(Directory::program).optional();
    }

    public List<Program> programs() {
        return jdbc.sql(PROGRAM_SELECT + " WHERE p.active ORDER BY p.id").query(Directory::program).list();
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("institution_type");
        return new Organization(rs.getLong("id"), rs.getString("code"), OrganizationKind.valueOf(rs.getString("kind")),
                type == null ? null : InstitutionType.valueOf(type), names(rs), rs.getString("host_organization"),
                rs.getShort("region_id"), (Integer) rs.getObject("province_id"), rs.getString("address"),
                rs.getString("phone"), rs.getString("email"), strings(rs, "sectors"), (Integer) rs.getObject("capacity"),
                strings(rs, "languages"), rs.getBoolean("accessible"), rs.getBoolean("reference"), rs.getBoolean("demo"),
                rs.getBoolean("active"));
    }

    private static Program program(ResultSet rs, int row) throws SQLException {
        return new Program(rs.getLong("id"), rs.getString("code"), names(rs), (Integer) rs.getObject("national_target"),
                (Integer) rs.getObject("regional_target"));
    }

    private static LocalizedText names(ResultSet rs) throws SQLException {
        return new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"),
                rs.getString("name_en"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }
}
