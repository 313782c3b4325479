package ma.socialhub.catalog;

import jakarta.annotation.security.RolesAllowed;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

    private final CatalogAdminStore store;
    private final AdminLog log;
    private final TransactionTemplate nested;

    CatalogAdmin(CatalogAdminStore store, AdminLog log, PlatformTransactionManager transactions) {
        this.store = store;
        this.log = log;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional(readOnly = true)
    public List<CenterRow> centers() {
        return store.centers();
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
        // a region's name only (Europe/Paris): Java and PostgreSQL read fixed offsets such as
        // "UTC+1" with opposite signs, and would then disagree on a center's day
        if (!ZoneId.getAvailableZoneIds().contains(form.timeZone()) || !form.timeZone().contains("/")) {
            problems.put("timeZone", "admin.error.timeZone");
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        try {
            if (form.id() == null) {
                long id = store.insertCenter(form);
                log.record("center", id, "CREATE", null, form);
                return new AdminResult.Done(id);
            }
            CenterRow before = centers().stream().filter(c -> c.id() == form.id()).findFirst().orElse(null);
            Integer updated = nested.execute(status -> store.updateCenter(form));
            if (updated == null || updated == 0) {
                return new AdminResult.Conflict();
            }
            log.record("center", form.id(), "UPDATE", before, form);
            return new AdminResult.Done(form.id());
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("code", "admin.error.codeTaken"));
        } catch (DataIntegrityViolationException zoneInUse) {
            // the database keeps the zone of a center with history (V27): its days would no longer add up
            return new AdminResult.Invalid(Map.of("timeZone", "admin.error.zoneInUse"));
        }
    }

    /** Adds a counter to a center, serving the given services. */
    @Transactional
    public AdminResult addCounter(long centerId, String label, Set<Long> serviceIds) {
        if (label.isBlank() || label.length() > 20) {
            return new AdminResult.Invalid(Map.of("label", "admin.error.label"));
        }
        try {
            long id = store.insertCounter(centerId, label.strip());
            store.serve(id, serviceIds);
            log.record("counter", id, "CREATE", null, Map.of("center", centerId, "label", label.strip(), "services", serviceIds));
            return new AdminResult.Done(id);
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("label", "admin.error.labelTaken"));
        }
    }

    /** Sets which services a counter serves, if nobody changed the counter since {@code version}. */
    @Transactional
    public AdminResult setCounterServices(long counterId, int version, Set<Long> serviceIds) {
        int updated = store.bumpCounterVersion(counterId, version);
        if (updated == 0) {
            return new AdminResult.Conflict();
        }
        List<Long> before = store.servicesOf(counterId);
        store.serve(counterId, serviceIds);
        log.record("counter", counterId, "UPDATE", Map.of("services", before), Map.of("services", serviceIds));
        return new AdminResult.Done(counterId);
    }

    /**
     * Removes a counter that never held a ticket or a visit; one with history is kept (close it
     * instead). The database decides: the tickets' and visits' foreign keys refuse the delete, even
     * for a ticket issued to the counter a moment ago. The delete runs in a savepoint, so a refusal
     * leaves this transaction usable.
     */
    @Transactional
    public AdminResult removeCounter(long counterId) {
        try {
            nested.executeWithoutResult(status -> store.deleteCounter(counterId));
        } catch (DataIntegrityViolationException hasHistory) {
            return new AdminResult.Invalid(Map.of("counter", "admin.error.counterHasHistory"));
        }
        log.record("counter", counterId, "DELETE", null, null);
        return new AdminResult.Done(counterId);
    }

    /** A counter's version, for {@link #setCounterServices}. */
    @Transactional(readOnly = true)
    public int counterVersion(long counterId) {
        return store.counterVersion(counterId);
    }

    @Transactional(readOnly = true)
    public List<ServiceRow> services() {
        return store.services();
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
                long id = store.insertService(form);
                log.record("social_service", id, "CREATE", null, form);
                return new AdminResult.Done(id);
            }
            ServiceRow before = services().stream().filter(s -> s.id() == form.id()).findFirst().orElse(null);
            int updated = store.updateService(form);
            if (updated == 0) {
                return new AdminResult.Conflict();
            }
            log.record("social_service", form.id(), "UPDATE", before, form);
            return new AdminResult.Done(form.id());
        } catch (DuplicateKeyException taken) {
            return new AdminResult.Invalid(Map.of("letter", "admin.error.letterOrCodeTaken"));
        }
    }

    private static void names(LocalizedText name, Map<String, String> problems) {
        if (!name.isCompleteWithin(200)) {
            problems.put("name", "admin.error.names");
        }
    }
}
