package ma.socialhub.catalog;

import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes in the catalogue: centers, their counters and the services each
 * serves, and the services themselves. Every change names the version it was made on (two
 * administrators cannot overwrite each other) and is written to the administrative trail.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class CatalogAdmin {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");
    private static final Pattern LETTER = Pattern.compile("^[A-Z]$");

    /** A center as edited. {@code id} null for a new one. */
    public record CenterForm(@Nullable Long id, int version, String code, String kind, int provinceId, LocalizedText name,
            String timeZone, boolean active) {
    }

    /** A service as edited. */
    public record ServiceForm(@Nullable Long id, int version, String code, String letter, String pictogram, LocalizedText name,
            int targetWaitMinutes, int serviceMinutes, LocalizedText documents, int displayOrder, boolean active) {
    }

    /** A center as the administration lists it, inactive ones included. */
    public record CenterRow(long id, int version, String code, String kind, int provinceId, LocalizedText name, String timeZone,
            boolean active) {
    }

    /** A service as the administration lists it. */
    public record ServiceRow(long id, int version, String code, String letter, String pictogram, LocalizedText name,
            int targetWaitMinutes, int serviceMinutes, LocalizedText documents, int displayOrder, boolean active) {
    }


    public static final Set<String> CENTER_KINDS = Set.of("SOCIAL_POLE", "MULTIDISCIPLINARY", "YOUTH_PLATFORM", "EMERGENCY",
            "ELDERLY", "CHILDHOOD");

    private final JdbcClient jdbc;
    private final AdminLog log;

    CatalogAdmin(JdbcClient jdbc, AdminLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<CenterRow> centers() {
        return jdbc.sql("SELECT * FROM center ORDER BY code").query((rs, n) -> new CenterRow(rs.getLong("id"), rs.getInt("version"),
                rs.getString("code"), rs.getString("kind"), rs.getInt("province_id"), names(rs, "name"), rs.getString("time_zone"),
                rs.getBoolean("active"))).list();
    }

    @Transactional
    public AdminResult saveCenter(CenterForm form) {
        Map<String, String> problems = new HashMap<>();
        if (!CODE.matcher(form.code()).matches()) {
            problems.put("code", "admin.error.code");
        }
        if (!CENTER_KINDS.contains(form.kind())) {
            problems.put("kind", "admin.error.required");
        }
        names(form.name(), problems);
        try {
            ZoneId.of(form.timeZone());
        } catch (RuntimeException e) {
            problems.put("timeZone", "admin.error.timeZone");
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        try {
            if (form.id() == null) {
                long id = jdbc.sql("""
                        INSERT INTO center (province_id, code, kind, name_ar, name_zgh, name_fr, name_en, time_zone, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """).params(form.provinceId(), form.code(), form.kind(), form.name().ar(), form.name().zgh(), form.name().fr(),
                        form.name().en(), form.timeZone(), form.active()).query(Long.class).single();
                log.record("center", id, "CREATE", null, form);
                return new AdminResult.Done(id);
            }
            CenterRow before = centers().stream().filter(c -> c.id() == form.id()).findFirst().orElse(null);
            int updated = jdbc.sql("""
                    UPDATE center SET province_id = ?, code = ?, kind = ?, name_ar = ?, name_zgh = ?, name_fr = ?, name_en = ?,
                           time_zone = ?, active = ?, version = version + 1
                     WHERE id = ? AND version = ?
                    """).params(form.provinceId(), form.code(), form.kind(), form.name().ar(), form.name().zgh(), form.name().fr(),
                    form.name().en(), form.timeZone(), form.active(), form.id(), form.version()).update();
            if (updated == 0) {
                return new AdminResult.Conflict();
            }
            log.record("center", form.id(), "UPDATE", before, form);
            return new AdminResult.Done(form.id());
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("code", "admin.error.codeTaken"));
        }
    }

    /** Adds a counter to a center, serving the given services. */
    @Transactional
    public AdminResult addCounter(long centerId, String label, Set<Long> serviceIds) {
        if (label.isBlank() || label.length() > 20) {
            return new AdminResult.Invalid(Map.of("label", "admin.error.label"));
        }
        try {
            long id = jdbc.sql("INSERT INTO counter (center_id, label) VALUES (?, ?) RETURNING id").params(centerId, label.strip())
                    .query(Long.class).single();
            serve(id, serviceIds);
            log.record("counter", id, "CREATE", null, Map.of("center", centerId, "label", label.strip(), "services", serviceIds));
            return new AdminResult.Done(id);
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("label", "admin.error.labelTaken"));
        }
    }

    /** Sets which services a counter serves, if nobody changed the counter since {@code version}. */
    @Transactional
    public AdminResult setCounterServices(long counterId, int version, Set<Long> serviceIds) {
        int updated = jdbc.sql("UPDATE counter SET version = version + 1 WHERE id = ? AND version = ?").params(counterId, version)
                .update();
        if (updated == 0) {
            return new AdminResult.Conflict();
        }
        List<Long> before = jdbc.sql("SELECT service_id FROM counter_service WHERE counter_id = ? ORDER BY 1").param(counterId)
                .query(Long.class).list();
        jdbc.sql("DELETE FROM counter_service WHERE counter_id = ?").param(counterId).update();
        serve(counterId, serviceIds);
        log.record("counter", counterId, "UPDATE", Map.of("services", before), Map.of("services", serviceIds));
        return new AdminResult.Done(counterId);
    }

    /** Removes a counter that never held a ticket; one with history is kept (close it instead). */
    @Transactional
    public AdminResult removeCounter(long counterId) {
        boolean hasHistory = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM ticket WHERE counter_id = :id OR wanted_counter_id = :id)
                    OR EXISTS (SELECT 1 FROM visit WHERE counter_id = :id)
                """).param("id", counterId).query(Boolean.class).single();
        if (hasHistory) {
            return new AdminResult.Invalid(Map.of("counter", "admin.error.counterHasHistory"));
        }
        jdbc.sql("DELETE FROM counter WHERE id = ?").param(counterId).update();
        log.record("counter", counterId, "DELETE", null, null);
        return new AdminResult.Done(counterId);
    }

    /** A counter's version, for {@link #setCounterServices}. */
    @Transactional(readOnly = true)
    public int counterVersion(long counterId) {
        return jdbc.sql("SELECT version FROM counter WHERE id = ?").param(counterId).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public List<ServiceRow> services() {
        return jdbc.sql("SELECT * FROM social_service ORDER BY display_order, letter").query((rs, n) -> new ServiceRow(
                rs.getLong("id"), rs.getInt("version"), rs.getString("code"), rs.getString("letter"), rs.getString("pictogram"),
                names(rs, "name"), rs.getInt("target_wait_minutes"), rs.getInt("service_minutes"), names(rs, "documents"),
                rs.getInt("display_order"), rs.getBoolean("active"))).list();
    }

    @Transactional
    public AdminResult saveService(ServiceForm form, Set<String> pictograms) {
        Map<String, String> problems = new HashMap<>();
        if (!CODE.matcher(form.code()).matches()) {
            problems.put("code", "admin.error.code");
        }
        if (!LETTER.matcher(form.letter()).matches()) {
            problems.put("letter", "admin.error.letter");
        }
        if (!pictograms.contains(form.pictogram())) {
            problems.put("pictogram", "admin.error.required");
        }
        names(form.name(), problems);
        if (form.targetWaitMinutes() < 1 || form.targetWaitMinutes() > 600) {
            problems.put("targetWait", "admin.error.minutes");
        }
        if (form.serviceMinutes() < 1 || form.serviceMinutes() > 600) {
            problems.put("serviceMinutes", "admin.error.minutes");
        }
        for (String documents : List.of(form.documents().ar(), form.documents().zgh(), form.documents().fr(), form.documents().en())) {
            if (documents.length() > 1000) {
                problems.put("documents", "admin.error.tooLong");
            }
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        try {
            if (form.id() == null) {
                long id = jdbc.sql("""
                        INSERT INTO social_service (code, letter, pictogram, name_ar, name_zgh, name_fr, name_en, target_wait_minutes,
                                                    service_minutes, documents_ar, documents_zgh, documents_fr, documents_en,
                                                    display_order, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """).params(form.code(), form.letter(), form.pictogram(), form.name().ar(), form.name().zgh(), form.name().fr(),
                        form.name().en(), form.targetWaitMinutes(), form.serviceMinutes(), form.documents().ar(),
                        form.documents().zgh(), form.documents().fr(), form.documents().en(), form.displayOrder(), form.active())
                        .query(Long.class).single();
                log.record("social_service", id, "CREATE", null, form);
                return new AdminResult.Done(id);
            }
            ServiceRow before = services().stream().filter(s -> s.id() == form.id()).findFirst().orElse(null);
            int updated = jdbc.sql("""
                    UPDATE social_service SET code = ?, letter = ?, pictogram = ?, name_ar = ?, name_zgh = ?, name_fr = ?, name_en = ?,
                           target_wait_minutes = ?, service_minutes = ?, documents_ar = ?, documents_zgh = ?, documents_fr = ?,
                           documents_en = ?, display_order = ?, active = ?, version = version + 1
                     WHERE id = ? AND version = ?
                    """).params(form.code(), form.letter(), form.pictogram(), form.name().ar(), form.name().zgh(), form.name().fr(),
                    form.name().en(), form.targetWaitMinutes(), form.serviceMinutes(), form.documents().ar(), form.documents().zgh(),
                    form.documents().fr(), form.documents().en(), form.displayOrder(), form.active(), form.id(), form.version())
                    .update();
            if (updated == 0) {
                return new AdminResult.Conflict();
            }
            log.record("social_service", form.id(), "UPDATE", before, form);
            return new AdminResult.Done(form.id());
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("letter", "admin.error.letterOrCodeTaken"));
        }
    }

    private void serve(long counterId, Set<Long> serviceIds) {
        for (long service : serviceIds) {
            jdbc.sql("INSERT INTO counter_service (counter_id, service_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(counterId, service).update();
        }
    }

    private static void names(LocalizedText name, Map<String, String> problems) {
        if (!name.isCompleteWithin(200)) {
            problems.put("name", "admin.error.names");
        }
    }

    private static LocalizedText names(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(rs.getString(prefix + "_ar"), rs.getString(prefix + "_zgh"), rs.getString(prefix + "_fr"),
                rs.getString(prefix + "_en"));
    }
}
