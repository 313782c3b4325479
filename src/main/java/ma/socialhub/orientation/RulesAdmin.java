package ma.socialhub.orientation;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.Roles;
import ma.socialhub.directory.InstitutionType;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes in the orientation rules (see docs/adr/0010): the criteria, the
 * target, the texts the agent reads to the person. A rule must set at least one criterion and a
 * target consistent with its kind; a switched-off rule proposes nothing but stays for the record.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class RulesAdmin {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    /** A rule as edited; {@code id} null for a new one. */
    public record RuleForm(@Nullable Long id, int version, String code, LocalizedText title, LocalizedText reason,
            Set<Situation> anySituation, Set<String> anyNeed, @Nullable Sex sex, @Nullable Integer minAge, @Nullable Integer maxAge,
            Set<RsuStatus> anyRsuStatus, TargetKind targetKind, @Nullable Long programId, @Nullable InstitutionType institutionType,
            @Nullable Long serviceId, int priority, boolean active) {

        public RuleForm {
            anySituation = Set.copyOf(anySituation);
            anyNeed = Set.copyOf(anyNeed);
            anyRsuStatus = Set.copyOf(anyRsuStatus);
        }
    }


    private final RulesStore store;
    private final AdminLog log;

    RulesAdmin(RulesStore store, AdminLog log) {
        this.store = store;
        this.log = log;
    }

    /** Every rule, switched-off ones included, most important first. */
    @Transactional(readOnly = true)
    public List<RuleForm> rules() {
        return store.all();
    }

    @Transactional
    public AdminResult save(RuleForm form, Set<String> knownNeeds) {
        Map<String, String> problems = new HashMap<>();
        if (!CODE.matcher(form.code()).matches()) {
            problems.put("code", "admin.error.code");
        }
        if (!form.title().isCompleteWithin(500)) {
            problems.put("title", "admin.error.names");
        }
        if (!form.reason().isCompleteWithin(500)) {
            problems.put("reason", "admin.error.names");
        }
        boolean anyCriterion = !form.anySituation().isEmpty() || !form.anyNeed().isEmpty() || form.sex() != null
                || form.minAge() != null || form.maxAge() != null || !form.anyRsuStatus().isEmpty();
        if (!anyCriterion) {
            problems.put("criteria", "admin.rule.error.noCriterion");
        }
        if (!knownNeeds.containsAll(form.anyNeed())) {
            problems.put("criteria", "visit.error.unknownNeed");
        }
        if ((form.minAge() != null && (form.minAge() < 0 || form.minAge() > 120))
                || (form.maxAge() != null && (form.maxAge() < 0 || form.maxAge() > 120))
                || (form.minAge() != null && form.maxAge() != null && form.minAge() > form.maxAge())) {
            problems.put("age", "admin.rule.error.age");
        }
        boolean targetOk = switch (form.targetKind()) {
            case PROGRAM -> form.programId() != null;
            case INSTITUTION -> form.institutionType() != null;
            case SERVICE -> form.serviceId() != null;
            case INCUBATOR -> true;
        };
        if (!targetOk) {
            problems.put("target", "admin.rule.error.target");
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        Long program = form.targetKind() == TargetKind.PROGRAM ? form.programId() : null;
        InstitutionType type = form.targetKind() == TargetKind.INSTITUTION ? form.institutionType() : null;
        Long service = form.targetKind() == TargetKind.SERVICE ? form.serviceId() : null;
        try {
            if (form.id() == null) {
                long id = store.insert(form, program, type, service);
                log.record("orientation_rule", id, "CREATE", null, form);
                return new AdminResult.Done(id);
            }
            RuleForm before = rules().stream().filter(r -> form.id().equals(r.id())).findFirst().orElse(null);
            if (!store.update(form, program, type, service)) {
                return new AdminResult.Conflict();
            }
            log.record("orientation_rule", form.id(), "UPDATE", before, form);
            return new AdminResult.Done(form.id());
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("code", "admin.error.codeTaken"));
        }
    }
}
