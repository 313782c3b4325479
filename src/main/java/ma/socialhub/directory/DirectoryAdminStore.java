package ma.socialhub.directory;

import java.util.List;
import java.util.Set;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.directory.DirectoryAdmin.ProgramForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory as the administration writes it. Updates name the version they were made on and
 * report how many rows changed (zero: someone changed the row meanwhile); a code or a second
 * reference incubator of a region is refused by the unique constraints ({@code DuplicateKeyException}).
 */
@Repository
class DirectoryAdminStore {

    private final JdbcClient jdbc;

    DirectoryAdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every organization's id and version, region by region. */
    List<long[]> organizationVersions() {
        return jdbc.sql("SELECT id, version FROM partner_organization ORDER BY region_id, kind, name_fr").query((rs, n) ->
                new long[] {rs.getLong(1), rs.getInt(2)}).list();
    }

    /** {@code values}: the organization's columns in the order of the statement. */
    long insertOrganization(List<Object> values) {
        return jdbc.sql("""
                INSERT INTO partner_organization (code, kind, institution_type, name_ar, name_zgh, name_fr, name_en,
                    host_organization, region_id, province_id, address, phone, email, sectors, capacity, languages,
                    accessible, reference, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(values.toArray()).query(Long.class).single();
    }

    /** {@code values}: the organization's columns, then its id and the version it was edited on. */
    int updateOrganization(List<Object> values) {
        return jdbc.sql("""
                UPDATE partner_organization SET code = ?, kind = ?, institution_type = ?, name_ar = ?, name_zgh = ?,
                    name_fr = ?, name_en = ?, host_organization = ?, region_id = ?, province_id = ?, address = ?, phone = ?,
                    email = ?, sectors = ?, capacity = ?, languages = ?, accessible = ?, reference = ?, active = ?,
                    version = version + 1
                 WHERE id = ? AND version = ?
                """).params(values.toArray()).update();
    }

    /** Makes the organization run exactly these programs. */
    void runs(long organizationId, Set<Long> programIds) {
        jdbc.sql("DELETE FROM partner_program WHERE organization_id = ?").param(organizationId).update();
        for (long program : programIds) {
            jdbc.sql("INSERT INTO partner_program (organization_id, program_id) VALUES (?, ?)").params(organizationId, program).update();
        }
    }

    Set<Long> programsRunBy(long organizationId) {
        return Set.copyOf(jdbc.sql("SELECT program_id FROM partner_program WHERE organization_id = ?").param(organizationId)
                .query(Long.class).list());
    }

    List<ProgramForm> programs() {
        return jdbc.sql("SELECT * FROM program ORDER BY id").query((rs, n) -> new ProgramForm(rs.getLong("id"), rs.getInt("version"),
                rs.getString("code"), new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"),
                        rs.getString("name_en")), (Integer) rs.getObject("national_target"),
                (Integer) rs.getObject("regional_target"), rs.getBoolean("active"))).list();
    }

    long insertProgram(ProgramForm form) {
        return jdbc.sql("""
                INSERT INTO program (code, name_ar, name_zgh, name_fr, name_en, national_target, regional_target, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(form.code(), form.name().ar(), form.name().zgh(), form.name().fr(), form.name().en(),
                form.nationalTarget(), form.regionalTarget(), form.active()).query(Long.class).single();
    }

    int updateProgram(ProgramForm form) {
        return jdbc.sql("""
                UPDATE program SET code = ?, name_ar = ?, name_zgh = ?, name_fr = ?, name_en = ?, national_target = ?,
                       regional_target = ?, active = ?, version = version + 1 WHERE id = ? AND version = ?
                """).params(form.code(), form.name().ar(), form.name().zgh(), form.name().fr(), form.name().en(),
                form.nationalTarget(), form.regionalTarget(), form.active(), form.id(), form.version()).update();
    }
}
