package ma.socialhub.intake;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.db.AcknowledgedWrites;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People's files, as an agent at a counter works with them.
 *
 * <p><b>Who sees what</b> (docs/adr/0017). An agent reads the files of people known at their own
 * center (registered there, or brought there) and finds only them, by ID card number, phone or
 * name. A file kept only at other centers is never shown and never hinted at, except to the person
 * themselves through their ID card: its number <i>and</i> the birth date printed on it, typed from
 * the card in front of the agent, find the file wherever it is ({@link #fileElsewhere}), and
 * bringing it here is a transfer, with a reason, in the person's trail and in the supervisors'
 * alerts ({@link #transfer}). Every search is in the trail, and in the trail of each person it
 * returned; searches per agent are limited ({@link SearchBudget}).
 *
 * <p><b>Consent first.</b> Nothing personal is saved without the person's consent to the file
 * (PROCESSING); disability, illness and pregnancy are not saved without the consent to sensitive
 * data. A refusal is recorded too, and the visit goes on without a file.
 *
 * <p><b>What the database decides.</b> A registration carries a key made when the form opened: a
 * double click or a resubmit finds the first one's file. Two files never share an ID card number
 * (a unique index). Changes name the version they were made on; if someone saved the file since,
 * nothing is overwritten and the agent is told.
 */
@Service
public class Beneficiaries {

    static final int MAX_QUERY = 200;
    static final int MAX_KEY = 128;

    private final BeneficiaryStore store;
    private final AuditTrail audit;
    private final SearchBudget budget;
    private final AccessAlerts alerts;
    private final PersonHandles handles;
    private final StaffDirectory staff;
    private final Catalog catalog;
    private final Clock clock;
    private final HubZone hubZone;
    private final int consentYears;
    private final TransactionTemplate tx;
    private final AcknowledgedWrites acknowledged;

    Beneficiaries(BeneficiaryStore store, AuditTrail audit, SearchBudget budget, AccessAlerts alerts, PersonHandles handles,
            StaffDirectory staff, Catalog catalog, Clock clock, HubZone hubZone, @Value("${hub.consent.validity-years:5}") int consentYears,
            PlatformTransactionManager transactions, AcknowledgedWrites acknowledged) {
        this.acknowledged = acknowledged;
        this.store = store;
        this.audit = audit;
        this.budget = budget;
        this.alerts = alerts;
        this.handles = handles;
        this.staff = staff;
        this.catalog = catalog;
        this.clock = clock;
        this.hubZone = hubZone;
        this.consentYears = consentYears;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Finds people known at the agent's center by ID card number, phone number, or the words of a
     * name in Arabic or Latin letters (insensitive to case, accents and Arabic diacritics). Each
     * person returned has the search in their trail.
     *
     * @throws TooManySearches past the agent's searches for the hour
     */
    @Transactional(noRollbackFor = TooManySearches.class)
    @RolesAllowed(Roles.AGENT)
    public List<BeneficiarySummary> search(String query) {
        StaffMember agent = agent();
        long center = centerOf(agent);
        String q = query.strip();
        if (q.isEmpty() || q.length() > MAX_QUERY) {
            return List.of();
        }
        budget.spend(agent.staffId(), center);
        List<BeneficiaryStore.Row> rows;
        String how;
        Optional<NationalId> nationalId = NationalId.parse(q);
        Optional<PhoneNumber> phone = q.chars().filter(Character::isDigit).count() >= 9 ? PhoneNumber.parse(q) : Optional.empty();
        if (nationalId.isPresent()) {
            rows = store.byIdentifierHash("cin_hash", store.hashOf(nationalId.get()), center);
            how = "searchByIdCard";
        } else if (phone.isPresent()) {
            rows = store.byIdentifierHash("phone_hash", store.hashOf(phone.get()), center);
            how = "searchByPhone";
        } else {
            List<String> words = Arrays.stream(NameKeys.normalise(q).split(" ")).filter(w -> !w.isEmpty()).limit(5).toList();
            rows = words.isEmpty() ? List.of() : store.searchByName(center, words, 20);
            how = "searchByName";
        }
        recordSearch(how, rows.stream().map(BeneficiaryStore.Row::id).toList());
        return rows.stream().map(r -> summary(r, agent, center)).toList();
    }

    /**
     * Files known at the agent's center that may already be this person: same ID card number, same
     * phone, or same full name (in either script) and birth year. Files kept elsewhere are not
     * looked at here: the person's ID card finds theirs ({@link #fileElsewhere}).
     *
     * @throws TooManySearches past the agent's searches for the hour
     */
    @Transactional(noRollbackFor = TooManySearches.class)
    @RolesAllowed(Roles.AGENT)
    public List<DuplicateCandidate> likelyDuplicates(PersonalDetails details, @Nullable Long exceptId) {
        StaffMember agent = agent();
        long center = centerOf(agent);
        budget.spend(agent.staffId(), center);
        List<BeneficiaryStore.DuplicateRow> rows = store.duplicates(details, exceptId, center);
        recordSearch("duplicateCheck", rows.stream().map(d -> d.row().id()).toList());
        return rows.stream().map(d -> new DuplicateCandidate(summary(d.row(), agent, center), d.reasons())).toList();
    }

    /**
     * The file kept at another center of the person whose ID card is in front of the agent: the
     * card's number and birth date must both match. A number with another birth date finds nothing
     * — exactly as a number nobody holds — and the supervisors are told (someone may know a
     * person's number and be looking for them). The search is in the trail, and in the person's.
     *
     * @throws TooManySearches past the agent's searches for the hour
     */
    @Transactional(noRollbackFor = TooManySearches.class)
    @RolesAllowed(Roles.AGENT)
    public Optional<TransferOffer> fileElsewhere(String nationalIdNumber, LocalDate birthDate) {
        StaffMember agent = agent();
        long center = centerOf(agent);
        Optional<NationalId> nationalId = NationalId.parse(nationalIdNumber);
        if (nationalId.isEmpty()) {
            return Optional.empty();
        }
        budget.spend(agent.staffId(), center);
        Optional<Long> found = store.byCard(nationalId.get(), birthDate).filter(id -> !store.isKnownAt(id, center));
        recordSearch("searchByCard", found.stream().toList());
        if (found.isEmpty()) {
            if (store.cinHeldByAnother(nationalId.get(), null) && store.byCard(nationalId.get(), birthDate).isEmpty()) {
                alerts.raise(AccessAlerts.Kind.CARD_MISMATCH, agent.staffId(), center, null, "search");
            }
            return Optional.empty();
        }
        return store.find(found.get(), today(center)).map(b -> new TransferOffer(
                (b.details().firstNameAr() + " " + b.details().lastNameAr()).strip(),
                (b.details().firstNameLatin() + " " + b.details().lastNameLatin()).strip(),
                Objects.requireNonNull(b.details().birthDate()),
                handles.issue(b.id(), agent.staffId(), PersonHandles.Purpose.TRANSFER)));
    }

    /**
     * Brings to the agent's center a file kept elsewhere, that the person's ID card found
     * ({@link #fileElsewhere}): from now on the center knows the person. Recorded as a transfer
     * with its reason in the person's trail, and raised to the supervisors of this center and of
     * the centers that knew the person (to those, without who took it or where). Empty
     * if the handle is not genuine, not this agent's, or expired.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public Optional<Beneficiary> transfer(String handle, TransferReason reason) {
        StaffMember agent = agent();
        long center = centerOf(agent);
        Optional<Long> id = handles.open(handle, agent.staffId(), PersonHandles.Purpose.TRANSFER);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Beneficiary> found = store.find(id.get(), today(center));
        found.ifPresent(b -> {
            Instant now = clock.instant();
            // the centers that knew her are told too, without who took the file nor where (ADR 0017)
            store.centersKnowing(b.id()).forEach(origin -> alerts.raise(AccessAlerts.Kind.FILE_TAKEN, agent.staffId(), origin,
                    b.id(), reason.name()));
            store.knownAt(b.id(), center, now);
            store.seen(b.id(), now);
            audit.record(AuditTrail.Action.TRANSFER, b.id(), AccessDetail.of("transfer", "reason", reason.name()));
            alerts.raise(AccessAlerts.Kind.FILE_TRANSFER, agent.staffId(), center, b.id(), reason.name());
        });
        return found;
    }

    /** The search in the trail, and in the trail of each person it returned. */
    private void recordSearch(String how, List<Long> found) {
        audit.record(AuditTrail.Action.SEARCH, null, AccessDetail.of(how, "found", found.size()));
        found.forEach(id -> audit.record(AuditTrail.Action.SEARCH, id, AccessDetail.of("searchHit", "how", how)));
    }

    /** Registers a person at the agent's center with the consent they gave; see the class comment. */
    @RolesAllowed(Roles.AGENT)
    public SaveResult register(PersonalDetails details, Set<ConsentScope> consent, String creationKey) {
        if (creationKey.isBlank() || creationKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("A creation key has 1 to " + MAX_KEY + " characters");
        }
        try {
            SaveResult result = tx.execute(status -> registerOnce(details, consent, creationKey));
            // the same form may have been saved by a twin submit between this one's checks: its file wins
            return result instanceof SaveResult.Saved ? result : firstSubmit(creationKey).orElse(result);
        } catch (DuplicateKeyException e) {
            // the same form submitted twice at the same moment (whichever unique index noticed it
            // first): the first one's file; otherwise another person holds this ID card number
            Optional<SaveResult> first = firstSubmit(creationKey);
            if (first.isPresent()) {
                return first.get();
            }
            if (isNationalIdTaken(e)) {
                return nationalIdTaken();
            }
            throw e;
        }
    }

    private Optional<SaveResult> firstSubmit(String creationKey) {
        Optional<SaveResult> first = tx.execute(status -> store.byCreationKey(creationKey)
                .filter(id -> store.isKnownAt(id, centerOf(agent())))
                .flatMap(id -> store.find(id, today(centerOf(agent()))))
                .map(SaveResult.Saved::new));
        return first == null ? Optional.empty() : first;
    }

    private SaveResult registerOnce(PersonalDetails details, Set<ConsentScope> consent, String creationKey) {
        StaffMember agent = agent();
        long center = centerOf(agent);
        LocalDate today = today(center);
        // a key made for this form at this center: another center's file is never found by its key
        Optional<Long> earlier = store.byCreationKey(creationKey).filter(known -> store.isKnownAt(known, center));
        if (earlier.isPresent()) {
            return store.find(earlier.get(), today).<SaveResult>map(SaveResult.Saved::new).orElseGet(SaveResult.Conflict::new);
        }
        Optional<SaveResult> refused = refusal(details, consent, today, null);
        if (refused.isPresent()) {
            return refused.get();
        }
        Instant now = clock.instant();
        // the agent tells the person they are registered: the file must survive the primary's loss
        acknowledged.require();
        long id = store.insert(center, details, creationKey, agent.staffId(), now);
        store.recordConsent(id, center, "GIVEN", consent, agent.staffId(), now, today.plusYears(consentYears));
        audit.record(AuditTrail.Action.CREATE, id, AccessDetail.of("registered"));
        audit.record(AuditTrail.Action.CONSENT, id, AccessDetail.of("consentGiven", "scopes", String.join(",", BeneficiaryStore.names(consent))));
        return new SaveResult.Saved(store.find(id, today).orElseThrow());
    }

    /**
     * Saves changes to a file if nobody saved it since {@code version}. {@code newConsent}, when
     * given, is what the person agrees to from now on (asked again, or widened to health data).
     */
    @RolesAllowed(Roles.AGENT)
    public SaveResult update(long id, int version, PersonalDetails details, @Nullable Set<ConsentScope> newConsent) {
        try {
            return tx.execute(status -> {
                StaffMember agent = agent();
                long center = centerOf(agent);
                requireKnown(id, center);
                LocalDate today = today(center);
                ConsentStatus current = store.consent(id, today);
                Set<ConsentScope> effective = newConsent != null ? newConsent : current.scopes();
                Optional<SaveResult> refused = refusal(details, effective, today, id);
                if (refused.isPresent()) {
                    return refused.get();
                }
                Instant now = clock.instant();
                if (!store.update(id, version, details, agent.staffId(), now)) {
                    return new SaveResult.Conflict();
                }
                if (newConsent != null) {
                    store.recordConsent(id, center, "GIVEN", newConsent, agent.staffId(), now, today.plusYears(consentYears));
                    audit.record(AuditTrail.Action.CONSENT, id, AccessDetail.of("consentGiven", "scopes", String.join(",", BeneficiaryStore.names(newConsent))));
                }
                audit.record(AuditTrail.Action.UPDATE, id, AccessDetail.of("updated"));
                return new SaveResult.Saved(store.find(id, today).orElseThrow());
            });
        } catch (DuplicateKeyException e) {
            if (isNationalIdTaken(e)) {
                return nationalIdTaken();
            }
            throw e;
        }
    }

    /** A file of a person known at the agent's center; the read is audited. Empty for anyone else. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public Optional<Beneficiary> find(long id) {
        long center = centerOf(agent());
        if (!store.isKnownAt(id, center)) {
            return Optional.empty();
        }
        Optional<Beneficiary> found = store.find(id, today(center));
        found.ifPresent(b -> audit.record(AuditTrail.Action.READ, id, AccessDetail.of("fileOpened")));
        return found;
    }

    /**
     * Receives at the counter the person a search result names (a person known at the agent's
     * center). Empty if the handle is not genuine, not this agent's, expired, or names someone the
     * center does not know.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public Optional<Beneficiary> receive(String handle) {
        StaffMember agent = agent();
        long center = centerOf(agent);
        Optional<Long> id = handles.open(handle, agent.staffId(), PersonHandles.Purpose.RECEIVE)
                .filter(person -> store.isKnownAt(person, center));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Beneficiary> found = store.find(id.get(), today(center));
        found.ifPresent(b -> {
            store.seen(b.id(), clock.instant());
            audit.record(AuditTrail.Action.READ, b.id(), AccessDetail.of("received"));
        });
        return found;
    }

    /** The person is in front of an agent of their center today: their file is in use (retention counts from now). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public void seen(long id) {
        requireKnown(id, centerOf(agent()));
        store.seen(id, clock.instant());
    }

    /** The person refuses to give their data: recorded (without any identity); the visit stays anonymous. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public void recordRefusal() {
        StaffMember agent = agent();
        store.recordConsent(null, centerOf(agent), "REFUSED", Set.of(), agent.staffId(), clock.instant(), null);
    }

    /**
     * What a partner may see of the people referred to it (see {@link SharedFile}), for those of
     * {@code ids} that were sent to the signed-in partner's organization and still agree to sharing.
     * Each file shown is an audited read.
     */
    @Transactional
    @RolesAllowed(Roles.INCUBATOR)
    public List<SharedFile> sharedWithMe(Collection<Long> ids) {
        StaffMember partner = staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
        Long organization = partner.organizationId();
        if (organization == null) {
            throw new AccessDeniedException("The partner account has no organization");
        }
        // a partner serves a region, not a center: whether consent still holds is judged on the hub's day
        List<SharedFile> files = store.sharedWith(organization, ids, LocalDate.ofInstant(clock.instant(), hubZone.zone()));
        files.forEach(f -> audit.record(AuditTrail.Action.READ, f.id(), AccessDetail.of("sharedWithPartner", "partner", organization)));
        return files;
    }

    /**
     * The display names of those of {@code ids} known at the agent's center, for a list (the
     * center's referrals). Each name shown is an audited read.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public Map<Long, String> namesKnownHere(Collection<Long> ids) {
        long center = centerOf(agent());
        LocalDate today = today(center);
        Map<Long, String> names = new LinkedHashMap<>();
        for (long id : new LinkedHashSet<>(ids)) {
            if (store.isKnownAt(id, center)) {
                store.find(id, today).ifPresent(b -> {
                    names.put(id, b.displayName());
                    audit.record(AuditTrail.Action.READ, id, AccessDetail.of("nameInList"));
                });
            }
        }
        return names;
    }

    /** Whether the person is known at the agent's center, so that the agent may see what concerns them. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public boolean isKnownHere(long id) {
        return store.isKnownAt(id, centerOf(agent()));
    }

    /** What the person agreed to, for a feature that needs it (a referral needs SHARING). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public ConsentStatus consentOf(long id) {
        long center = centerOf(agent());
        requireKnown(id, center);
        return store.consent(id, today(center));
    }

    private Optional<SaveResult> refusal(PersonalDetails details, Set<ConsentScope> consent, LocalDate today,
            @Nullable Long id) {
        Map<DetailField, String> problems = DetailsCheck.problems(details, today);
        if (!problems.isEmpty()) {
            return Optional.of(new SaveResult.Invalid(problems));
        }
        if (!consent.contains(ConsentScope.PROCESSING)) {
            return Optional.of(new SaveResult.ConsentMissing(ConsentScope.PROCESSING));
        }
        if (details.hasSensitiveData() && !consent.contains(ConsentScope.SENSITIVE)) {
            return Optional.of(new SaveResult.ConsentMissing(ConsentScope.SENSITIVE));
        }
        Optional<NationalId> nationalId = NationalId.parse(details.nationalId());
        if (nationalId.isPresent() && details.birthDate() != null) {
            Optional<Long> sameCard = store.byCard(nationalId.get(), details.birthDate()).filter(other -> !other.equals(id));
            if (sameCard.isPresent() && store.isKnownAt(sameCard.get(), centerOf(agent()))) {
                return Optional.of(nationalIdTaken()); // the duplicate check showed it: it is this center's file
            }
            if (sameCard.isPresent()) {
                // the card proves the person and finds her file elsewhere: that is a search by card, counted and
                // in her trail like one, whatever form it came from (a registration, an edit)
                try {
                    budget.spend(agent().staffId(), centerOf(agent()));
                } catch (TooManySearches tooMany) {
                    return Optional.of(new SaveResult.Invalid(Map.of(DetailField.NATIONAL_ID, "intake.tooManySearches")));
                }
                recordSearch("searchByCard", List.of(sameCard.get()));
                return Optional.of(fileElsewhereError());
            }
            if (store.cinHeldByAnother(nationalId.get(), id)) {
                // another birth date on record for this number: said to the supervisors, not to the agent
                alerts.raise(AccessAlerts.Kind.CARD_MISMATCH, agent().staffId(), centerOf(agent()), id, "registration");
            }
        }
        return Optional.empty();
    }

    private static SaveResult fileElsewhereError() {
        return new SaveResult.Invalid(Map.of(DetailField.NATIONAL_ID, "intake.error.fileElsewhere"));
    }

    private static SaveResult nationalIdTaken() {
        return new SaveResult.Invalid(Map.of(DetailField.NATIONAL_ID, "intake.error.nationalIdTaken"));
    }

    private static boolean isNationalIdTaken(DuplicateKeyException e) {
        return String.valueOf(e.getMessage()).contains("beneficiary_card_unique");
    }

    /** A person known here, as a list shows them; where else they were known is not said. */
    private BeneficiarySummary summary(BeneficiaryStore.Row row, StaffMember agent, long center) {
        String maskedId = row.nationalId() == null ? "" : NationalId.parse(row.nationalId()).map(NationalId::masked).orElse("");
        String maskedPhone = row.phone() == null ? "" : new PhoneNumber(row.phone()).masked();
        LocalizedText registered = catalog.center(center).map(Center::name).orElse(new LocalizedText("", "", "", ""));
        return new BeneficiarySummary(row.id(), row.nameAr(), row.nameLatin(), row.birthYear(), row.sex(), maskedId,
                maskedPhone, registered, true, handles.issue(row.id(), agent.staffId(), PersonHandles.Purpose.RECEIVE));
    }

    private void requireKnown(long id, long center) {
        if (!store.isKnownAt(id, center)) {
            throw new AccessDeniedException("Beneficiary " + id + " is not known at the agent's center");
        }
    }

    private StaffMember agent() {
        return staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
    }

    private static long centerOf(StaffMember agent) {
        Long center = agent.centerId();
        if (center == null) {
            throw new AccessDeniedException("The agent has no center");
        }
        return center;
    }

    private LocalDate today(long centerId) {
        return LocalDate.ofInstant(clock.instant(), catalog.zoneOf(centerId));
    }
}
