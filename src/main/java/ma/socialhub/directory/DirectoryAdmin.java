package ma.socialhub.directory;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
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
 * What an administrator changes in the directory: incubators and partner institutions, programs
 * and which organizations run them. Versioned and audited like every administrative change.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class DirectoryAdmin {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");
    private static final Pattern EMAIL = Pattern.compile("^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** An organization as edited; {@code id} null for a new one. */
    public record OrganizationForm(@Nullable Long id, int version, String code, OrganizationKind kind,
            @Nullable InstitutionType institutionType, LocalizedText name, String hostOrganization, short regionId,
            @Nullable Integer provinceId, String address, String phone, String email, List<String> sectors,
            @Nullable Integer capacity, List<String> languages, boolean accessible, boolean reference, boolean active,
            Set<Long> programIds) {

        public OrganizationForm {
            sectors = List.copyOf(sectors);
            languages = List.copyOf(languages);
            programIds = Set.copyOf(programIds);
        }
    }

    /** A program as edited. */
    public record ProgramForm(@Nullable Long id, int version, String code, LocalizedText name, @Nullable Integer nationalTarget,
            @Nullable Integer regionalTarget, boolean active) {
    }


    private final JdbcClient jdbc;
    private final AdminLog log;
    private final Directory directory;

    DirectoryAdmin(JdbcClient jdbc, AdminLog log, Directory directory) {
        this.jdbc = jdbc;
        this.log = log;
        this.directory = directory;
    }

    /** Every organization, inactive ones included, with its version and the programs it runs. */
    @Transactional(readOnly = true)
    public List<OrganizationForm> organizations() {
        return jdbc.sql("SELECT id, version FROM partner_organization ORDER BY region_id, kind, name_fr").query((rs, n) ->
                new long[] {rs.getLong(1), rs.getInt(2)}).list().stream().map(row -> form(row[0], (int) row[1])).toList();
    }

    @Transactional
    public AdminResult saveOrganization(OrganizationForm form) {
        Map<String, String> problems = new HashMap<>();
        if (!CODE.matcher(form.code()).matches()) {
            problems.put("code", "admin.error.code");
        }
        if (!form.name().isCompleteWithin(200)) {
            problems.put("name", "admin.error.names");
        }
        if (form.kind() == OrganizationKind.INSTITUTION && form.institutionType() == null) {
            problems.put("institutionType", "admin.error.required");
        }
        if (!EMAIL.matcher(form.email().strip()).matches()) {
            problems.put("email", "admin.staff.error.email");
        }
        if (form.capacity() != null && (form.capacity() < 0 || form.capacity() > 1_000_000)) {
            problems.put("capacity", "admin.error.number");
        }
        if (form.address().length() > 300 || form.hostOrganization().length() > 300 || form.phone().length() > 40) {
            problems.put("address", "admin.error.tooLong");
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        InstitutionType type = form.kind() == OrganizationKind.INSTITUTION ? form.institutionType() : null;
        try {
            long id;
            if (form.id() == null) {
                id = jdbc.sql("""
                        INSERT INTO partner_organization (code, kind, institution_type, name_ar, name_zgh, name_fr, name_en,
                            host_organization, region_id, province_id, address, phone, email, sectors, capacity, languages,
                            accessible, reference, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """).params(values(form, type).toArray()).query(Long.class).single();
                log.record("partner_organization", id, "CREATE", null, form);
            } else {
                OrganizationForm before = form(form.id(), form.version());
                List<Object> params = values(form, type);
                params.add(form.id());
                params.add(form.version());
                int updated = jdbc.sql("""
                        UPDATE partner_organization SET code = ?, kind = ?, institution_type = ?, name_ar = ?, name_zgh = ?,
                            name_fr = ?, name_en = ?, host_organization = ?, region_id = ?, province_id = ?, address = ?, phone = ?,
                            email = ?, sectors = ?, capacity = ?, languages = ?, accessible = ?, reference = ?, active = ?,
                            version = version + 1
                         WHERE id = ? AND version = ?
                        """).params(params.toArray()).update();
                if (updated == 0) {
                    return new AdminResult.Conflict();
                }
                id = form.id();
                log.record("partner_organization", id, "UPDATE", before, form);
            }
            jdbc.sql("DELETE FROM partner_program WHERE organization_id = ?").param(id).update();
            for (long program : form.programIds()) {
                jdbc.sql("INSERT INTO partner_program (organization_id, program_id) VALUES (?, ?)").params(id, program).update();
            }
            return new AdminResult.Done(id);
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("code", "admin.error.codeOrReferenceTaken"));
        }
    }

    /** Every program, inactive ones included. */
    @Transactional(readOnly = true)
    public List<ProgramForm> programs() {
        return jdbc.sql("SELECT * FROM program ORDER BY id").query((rs, n) -> new ProgramForm(rs.getLong("id"), rs.getInt("version"),
                rs.getString("code"), new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"),
                        rs.getString("name_en")), (Integer) rs.getObject("national_target"),
                (Integer) rs.getObject("regional_target"), rs.getBoolean("active"))).list();
    }

    @Transactional
    public AdminResult saveProgram(ProgramForm form) {
        Map<String, String> problems = new HashMap<>();
        if (!CODE.matcher(form.code()).matches()) {
            problems.put("code", "admin.error.code");
        }
        if (!form.name().isCompleteWithin(200)) {
            problems.put("name", "admin.error.names");
        }
        if ((form.nationalTarget() != null && form.nationalTarget() <= 0) || (form.regionalTarget() != null && form.regionalTarget() <= 0)) {
            problems.put("target", "admin.error.number");
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        try {
            if (form.id() == null) {
                long id = jdbc.sql("""
                        INSERT INTO program (code, name_ar, name_zgh, name_fr, name_en, national_target, regional_target, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """).params(form.code(), form.name().ar(), form.name().zgh(), form.name().fr(), form.name().en(),
                        form.nationalTarget(), form.regionalTarget(), form.active()).query(Long.class).single();
                log.record("program", id, "CREATE", null, form);
                return new AdminResult.Done(id);
            }
            ProgramForm before = programs().stream().filter(p -> p.id().equals(form.id())).findFirst().orElse(null);
            int updated = jdbc.sql("""
                    UPDATE program SET code = ?, name_ar = ?, name_zgh = ?, name_fr = ?, name_en = ?, national_target = ?,
                           regional_target = ?, active = ?, version = version + 1 WHERE id = ? AND version = ?
                    """).params(form.code(), form.name().ar(), form.name().zgh(), form.name().fr(), form.name().en(),
                    form.nationalTarget(), form.regionalTarget(), form.active(), form.id(), form.version()).update();
            if (updated == 0) {
                return new AdminResult.Conflict();
            }
            log.record("program", form.id(), "UPDATE", before, form);
            return new AdminResult.Done(form.id());
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("code", "admin.error.codeTaken"));
        }
    }

    private OrganizationForm form(long id, int version) {
        Organization o = directory.organization(id).orElseThrow();
        Set<Long> programs = Set.copyOf(jdbc.sql("SELECT program_id FROM partner_program WHERE organization_id = ?").param(id)
                .query(Long.class).list());
        return new OrganizationForm(id, version, o.code(), o.kind(), o.institutionType(), o.name(), o.hostOrganization(),
                o.regionId(), o.provinceId(), o.address(), o.phone(), o.email(), o.sectors(), o.capacity(), o.languages(),
                o.accessible(), o.reference(), o.active(), programs);
    }

    private static List<Object> values(OrganizationForm f, @Nullable InstitutionType type) {
        List<Object> values = new ArrayList<>();
        values.add(f.code());
        values.add(f.kind().name());
        values.add(type == null ? null : type.name());
        values.add(f.name().ar());
        values.add(f.name().zgh());
        values.add(f.name().fr());
        values.add(f.name().en());
        values.add(f.hostOrganization().strip());
        values.add(f.regionId());
        values.add(f.provinceId());
        values.add(f.address().strip());
        values.add(f.phone().strip());
        values.add(f.email().strip());
        values.add(f.sectors().toArray(String[]::new));
        values.add(f.capacity());
        values.add(f.languages().toArray(String[]::new));
        values.add(f.accessible());
        values.add(f.reference() && f.kind() == OrganizationKind.INCUBATOR);
        values.add(f.active());
        return values;
    }
}
