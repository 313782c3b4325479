package ma.socialhub.intake;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does with personal data under law 09-08: find a person anywhere (to answer
 * their request), read the trail of who looked at whose file, and erase a file on request. Erasure
 * and the retention job anonymise: names, identifiers, exact birth date, commune and health data go;
 * what statistics need stays, with nothing left that points to the person. Every act is itself
 * audited.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class PersonalDataAdmin {

    /** One consent record of a person. */
    public record ConsentRecord(String decision, Set<ConsentScope> scopes, Instant recordedAt, String byName,
            @Nullable LocalDate validUntil, LocalizedText center) {
    }

    /** One line of the trail of personal data access. */
    public record AccessEntry(Instant at, String staff, @Nullable Long beneficiaryId, String action, String screen, String detail) {
    }

    /** What to look for in the trail; every criterion optional. */
    public record AccessQuery(@Nullable Long beneficiaryId, @Nullable String username, @Nullable String action,
            @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    private final BeneficiaryStore store;
    private final AuditTrail audit;
    private final AdminLog adminLog;
    private final PersonalDataQueries queries;
    private final Clock clock;
    /** Administration spans every center: its days (consent still valid, the trail's dates) are the hub's. */
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    PersonalDataAdmin(BeneficiaryStore store, AuditTrail audit, AdminLog adminLog, PersonalDataQueries queries, Clock clock,
            HubZone hubZone, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.adminLog = adminLog;
        this.queries = queries;
        this.clock = clock;
        this.zone = hubZone.zone();
        this.events = events;
    }

    /** Finds people anywhere, by ID card, phone or name (the person asking shows who they are). Audited. */
    @Transactional
    public List<BeneficiarySummary> search(String query) {
        String q = query.strip();
        if (q.isEmpty() || q.length() > Beneficiaries.MAX_QUERY) {
            return List.of();
        }
        List<BeneficiaryStore.Row> rows;
        Optional<NationalId> nationalId = NationalId.parse(q);
        Optional<PhoneNumber> phone = q.chars().filter(Character::isDigit).count() >= 9 ? PhoneNumber.parse(q) : Optional.empty();
        if (nationalId.isPresent()) {
            rows = store.byIdentifierHashEverywhere("cin_hash", store.hashOf(nationalId.get()));
        } else if (phone.isPresent()) {
            rows = store.byIdentifierHashEverywhere("phone_hash", store.hashOf(phone.get()));
        } else {
            List<String> words = Arrays.stream(NameKeys.normalise(q).split(" ")).filter(w -> !w.isEmpty()).limit(5).toList();
            rows = words.isEmpty() ? List.of() : store.searchByNameEverywhere(words, 50);
        }
        audit.record(AuditTrail.Action.SEARCH, null, AccessDetail.of("adminSearch", "found", rows.size()));
        rows.forEach(r -> audit.record(AuditTrail.Action.SEARCH, r.id(), AccessDetail.of("searchHit", "how", "adminSearch")));
        return rows.stream().map(r -> new BeneficiarySummary(r.id(), r.nameAr(), r.nameLatin(), r.birthYear(), r.sex(),
                r.nationalId() == null ? "" : NationalId.parse(r.nationalId()).map(NationalId::masked).orElse(""),
                r.phone() == null ? "" : new PhoneNumber(r.phone()).masked(), r.center(), false, "")).toList();
    }

    /** A person's whole file, wherever they are known. Audited. */
    @Transactional
    public Optional<Beneficiary> file(long id) {
        Optional<Beneficiary> found = store.find(id, LocalDate.ofInstant(clock.instant(), zone));
        found.ifPresent(b -> audit.record(AuditTrail.Action.READ, id, AccessDetail.of("adminRead")));
        return found;
    }

    /** Every consent the person gave, refused or withdrew, oldest first. The read is in the person's trail. */
    @Transactional
    public List<ConsentRecord> consents(long id) {
        audit.record(AuditTrail.Action.READ, id, AccessDetail.of("consentsRead"));
        return queries.consents(id);
    }

    /** The trail of personal data access, newest first, at most {@code limit} lines. */
    @Transactional(readOnly = true)
    public List<AccessEntry> accessLog(AccessQuery query, int limit) {
        return queries.accessTrail(query.beneficiaryId(),
                query.username() == null || query.username().isBlank() ? null : query.username().strip().toLowerCase(),
                query.action(),
                query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant(),
                Math.min(Math.max(limit, 1), 2000));
    }

    /** Records that a person's data was exported (the export itself is assembled by the caller). */
    @Transactional
    public void exported(long id, String format) {
        audit.record(AuditTrail.Action.EXPORT, id, AccessDetail.of("export", "format", format));
        adminLog.record("beneficiary", id, "EXPORT", null, format);
    }

    private static final Pattern REQUEST_NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9/._-]{0,39}$");

    /** A request's reference as the administrator files it ({@code CNDP-2026/0042}): letters, digits and / . _ - only. */
    public static boolean isRequestNumber(String text) {
        return REQUEST_NUMBER.matcher(text.strip()).matches();
    }

    /**
     * Erases a person's file on their request, under the request's reference (never its words):
     * the file is emptied for good (see {@code BeneficiaryStore#anonymise}), visits and referrals lose
     * the text typed about the person, and the trail keeps that the file was erased, by whom and
     * under which request.
     */
    @Transactional
    public boolean erase(long id, String requestNumber) {
        if (!isRequestNumber(requestNumber)) {
            throw new IllegalArgumentException("A request number has 1 to 40 letters, digits or / . _ -");
        }
        if (!store.anonymise(id, clock.instant())) {
            return false;
        }
        audit.record(AuditTrail.Action.ERASE, id, AccessDetail.of("erasure", "request", requestNumber.strip()));
        adminLog.record("beneficiary", id, "ERASE", null, Map.of("request", requestNumber.strip()));
        events.publishEvent(new PersonAnonymised(id));
        return true;
    }

    /**
     * Anonymises up to {@code batch} people not seen since {@code cutoff}; returns how many. For the
     * retention job, which runs as the system.
     */
    @Transactional
    public int anonymiseNotSeenSince(Instant cutoff, int batch) {
        int done = 0;
        for (long id : store.notSeenSince(cutoff, batch)) {
            if (store.anonymise(id, clock.instant())) {
                audit.record(AuditTrail.Action.ANONYMISE, id, AccessDetail.of("retention", "since",
                        LocalDate.ofInstant(cutoff, zone)));
                events.publishEvent(new PersonAnonymised(id));
                done++;
            }
        }
        return done;
    }
}
