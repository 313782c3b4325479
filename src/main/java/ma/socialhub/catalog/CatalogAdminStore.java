package ma.socialhub.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.CatalogAdmin.CenterForm;
import ma.socialhub.catalog.CatalogAdmin.CenterRow;
import ma.socialhub.catalog.CatalogAdmin.ServiceForm;
import ma.socialhub.catalog.CatalogAdmin.ServiceRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue as the administration writes it. Every update names the version it was made on
 * and reports how many rows it changed: zero means someone else changed the row meanwhile. A code,
 * a letter or a counter's label taken twice is refused by the unique constraints
 * ({@code DuplicateKeyException}).
 */
@Repository
class CatalogAdminStore {

    private final JdbcClient jdbc;

    CatalogAdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CenterRow> centers() {
        return jdbc.sql("SELECT * FROM center ORDER BY code").query((rs, n) -> new CenterRow(rs.getLong("id"), rs.getInt("version"),
                rs.getString("code"), rs.getString("kind"), rs.getInt("province_id"), names(rs, "name"), rs.getString("time_zone"),
                rs.getBoolean("active"))).list();
    }

    long insertCenter(CenterForm form) {
        return jdbc.sql("""
                INSERT INTO center (province_id, code, kind, name_ar, name_zgh, name_fr, name_en, time_zone, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(form.provinceId(), form.code(), form.kind(), form.name().ar(), form.name().zgh(), form.name().fr(),
                form.name().en(), form.timeZone(), form.active()).query(Long.class).single();
    }

    int updateCenter(CenterForm form) {
        return jdbc.sql("""
                UPDATE center SET province_id = ?, code = ?, kind = ?, name_ar = ?, name_zgh = ?, name_fr = ?, name_en = ?,
                       time_zone = ?, active = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """).params(form.provinceId(), form.code(), form.kind(), form.name().ar(), form.name().zgh(), form.name().fr(),
                form.name().en(), form.timeZone(), form.active(), form.id(), form.version()).update();
    }

    long insertCounter(long centerId, String label) {
        return jdbc.sql("INSERT INTO counter (center_id, label) VALUES (?, ?) RETURNING id").params(centerId, label)
                .query(Long.class).single();
    }

    /** Claims the counter's version for an edit; 0 when someone changed it since. */
    int bumpCounterVersion(long counterId, int version) {
        return jdbc.sql("UPDATE counter SET version = version + 1 WHERE id = ? AND version = ?").params(counterId, version).update();
    }

    int counterVersion(long counterId) {
        return jdbc.sql("SELECT version FROM counter WHERE id = ?").param(counterId).query(Integer.class).single();
    }

    List<Long> servicesOf(long counterId) {
        return jdbc.sql("SELECT service_id FROM counter_service WHERE counter_id = ? ORDER BY 1").param(counterId)
                .query(Long.class).list();
    }

    /** Makes the counter serve exactly these services. */
    void serve(long counterId, Set<Long> serviceIds) {
        jdbc.sql("DELETE FROM counter_service WHERE counter_id = ?").param(counterId).update();
        for (long service : serviceIds) {
            jdbc.sql("INSERT INTO counter_service (counter_id, service_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(counterId, service).update();
        }
    }

    /** Deletes the counter; the foreign keys of its tickets and visits refuse it once it has any. */
    void deleteCounter(long counterId) {
        jdbc.sql("DELETE FROM counter WHERE id = ?").param(counterId).update();
    }

    List<ServiceRow> services() {
        return jdbc.sql("SELECT * FROM social_service ORDER BY display_order, letter").query((rs, n) -> new ServiceRow(
                rs.getLong("id"), rs.getInt("version"), rs.getString("code"), rs.getString("letter"), rs.getString("pictogram"),
                names(rs, "name"), rs.getInt("target_wait_minutes"), rs.getInt("service_minutes"), names(rs, "documents"),
                rs.getInt("display_order"), rs.getBoolean("active"))).list();
    }

    long insertService(ServiceForm form) {
        return jdbc.sql("""
                INSERT INTO social_service (code, letter, pictogram, name_ar, name_zgh, name_fr, name_en, target_wait_minutes,
                                            service_minutes, documents_ar, documents_zgh, documents_fr, documents_en,
                                            display_order, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(form.code(), form.letter(), form.pictogram(), form.name().ar(), form.name().zgh(), form.name().fr(),
                form.name().en(), form.targetWaitMinutes(), form.serviceMinutes(), form.documents().ar(),
                form.documents().zgh(), form.documents().fr(), form.documents().en(), form.displayOrder(), form.active())
                .query(Long.class).single();
    }

    int updateService(ServiceForm form) {
        return jdbc.sql("""
                UPDATE social_service SET code = ?, letter = ?, pictogram = ?, name_ar = ?, name_zgh = ?, name_fr = ?, name_en = ?,
                       target_wait_minutes = ?, service_minutes = ?, documents_ar = ?, documents_zgh = ?, documents_fr = ?,
                       documents_en = ?, display_order = ?, active = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """).params(form.code(), form.letter(), form.pictogram(), form.name().ar(), form.name().zgh(), form.name().fr(),
                form.name().en(), form.targetWaitMinutes(), form.serviceMinutes(), form.documents().ar(), form.documents().zgh(),
                form.documents().fr(), form.documents().en(), form.displayOrder(), form.active(), form.id(), form.version())
                .update();
    }

    private static LocalizedText names(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(rs.getString(prefix + "_ar"), rs.getString(prefix + "_zgh"), rs.getString(prefix + "_fr"),
                rs.getString(prefix + "_en"));
    }
}
