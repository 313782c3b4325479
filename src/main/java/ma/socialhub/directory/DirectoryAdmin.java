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

    private final DirectoryAdminStore store;
    private final AdminLog log;
    private final Directory directory;

    DirectoryAdmin(DirectoryAdminStore store, AdminLog log, Directory directory) {
        this.store = store;
        this.log = log;
        this.directory = directory;
    }

    /** Every organization, inactive ones included, with its version and the programs it runs. */
    @Transactional(readOnly = true)
    public List<OrganizationForm> organizations() {
        return store.organizationVersions().stream().map(row -> form(row[0], (int) row[1])).toList();
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
                id = store.insertOrganization(values(form, type));
                log.record("partner_organization", id, "CREATE", null, form);
            } else {
                OrganizationForm before = form(form.id(), form.version());
                List<Object> params = values(form, type);
                params.add(form.id());
                params.add(form.version());
                int updated = store.updateOrganization(params);
                if (updated == 0) {
                    return new AdminResult.Conflict();
                }
                id = form.id();
                log.record("partner_organization", id, "UPDATE", before, form);
            }
            store.runs(id, form.programIds());
            return new AdminResult.Done(id);
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("code", "admin.error.codeOrReferenceTaken"));
        }
    }

    /** Every program, inactive ones included. */
    @Transactional(readOnly = true)
    public List<ProgramForm> programs() {
        return store.programs();
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
                long id = store.insertProgram(form);
                log.record("program", id, "CREATE", null, form);
                return new AdminResult.Done(id);
            }
            ProgramForm before = programs().stream().filter(p -> p.id().equals(form.id())).findFirst().orElse(null);
            int updated = store.updateProgram(form);
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
        Set<Long> programs = store.programsRunBy(id);
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
