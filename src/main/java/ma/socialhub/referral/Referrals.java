package ma.socialhub.referral;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ma.socialhub.base.db.AcknowledgedWrites;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Organization;
import ma.socialhub.directory.OrganizationKind;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.PersonAnonymised;
import ma.socialhub.intake.PersonalDataTrail;
import ma.socialhub.intake.PhoneNumber;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refers people to partners and follows each referral through its life (see
 * {@link ReferralStatus} for who may move it where), closing the loop between the center that
 * referred and the partner that accompanies.
 *
 * <p>A referral carries the person's file to a partner, so it needs the person's consent to
 * sharing. It is made from a visit with one tap: proposed and sent at once, two dated events. A
 * double tap refers once (a unique index on visit, partner and rule). Every move names the
 * version it was decided on; a move on a referral someone changed meanwhile is refused, never
 * applied over the other. Each change also adjusts the indicators' rollups in the same
 * transaction ({@link ReferralRollups}).
 *
 * <p>Agents see the referrals of people known at their center; partners only those addressed to
 * their organization. A referral waiting longer than {@code hub.referral.stale-days} for the
 * partner to answer or to start is flagged to both sides.
 */
@Service
public class Referrals {

    static final int TEXT_MAX = 2000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    private static final DateTimeFormatter APPOINTMENT_NOTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final ReferralStore store;
    private final ReferralRollups rollups;
    private final Visits visits;
    private final Beneficiaries beneficiaries;
    private final PersonalDataTrail trail;
    private final Directory directory;
    private final StaffDirectory staff;
    private final Catalog catalog;
    private final Clock clock;
    private final Duration staleAfter;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final PersonalDataCipher cipher;
    private final AcknowledgedWrites acknowledged;

    Referrals(ReferralStore store, ReferralRollups rollups, Visits visits, Beneficiaries beneficiaries, PersonalDataTrail trail,
            Directory directory,
            StaffDirectory staff, Catalog catalog, Clock clock, @Value("${hub.referral.stale-days:7}") int staleDays,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, PersonalDataCipher cipher,
            AcknowledgedWrites acknowledged) {
        this.acknowledged = acknowledged;
        this.events = events;
        this.cipher = cipher;
        this.store = store;
        this.rollups = rollups;
        this.visits = visits;
        this.beneficiaries = beneficiaries;
        this.trail = trail;
        this.directory = directory;
        this.staff = staff;
        this.catalog = catalog;
        this.clock = clock;
        this.staleAfter = Duration.ofDays(staleDays);
        this.tx = new TransactionTemplate(transactions);
    }

    /** Refers the person of a visit to a partner, for a program if given; proposed and sent in one go. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public ReferResult refer(ReferRequest request) {
        Optional<Visit> visit = request.visitId() == null ? Optional.empty() : visits.find(request.visitId())
                .filter(v -> Long.valueOf(request.beneficiaryId()).equals(v.beneficiaryId()));
        if (visit.isEmpty()) {
            return new ReferResult.NotAllowed();
        }
        return send(request, visit.get().centerId(), null);
    }

    /**
     * Sends a declined referral on to another partner, with its reason, needs and program, without
     * retyping. The declined one stays as it is, for the record.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public ReferResult redirect(long referralId, long organizationId, String note) {
        Referral declined = visible(referralId);
        if (declined.status() != ReferralStatus.DECLINED || sideOf(me(), declined) != ReferralStatus.Side.CENTER
                || declined.organizationId() == organizationId) {
            return new ReferResult.NotAllowed();
        }
        String reason = note.isBlank() ? declined.reason() : declined.reason() + "\n" + note.strip();
        ReferRequest again = new ReferRequest(declined.beneficiaryId(), declined.visitId(),
                declined.ruleId(), organizationId, declined.programId(), reason, declined.needs());
        return send(again, declined.centerId(), declined.id());
    }

    private ReferResult send(ReferRequest request, long centerId, @Nullable Long redirectedFrom) {
        StaffMember agent = me();
        Optional<Organization> partner = directory.organization(request.organizationId()).filter(Organization::active);
        if (partner.isEmpty() || (request.programId() != null
                && directory.operatorsOf(request.programId(), partner.get().regionId()).stream()
                        .noneMatch(o -> o.id() == request.organizationId()))) {
            return new ReferResult.NotAllowed();
        }
        String problem = textProblem(request.reason(), true);
        if (problem != null) {
            return new ReferResult.Invalid(problem);
        }
        if (!beneficiaries.consentOf(request.beneficiaryId()).covers(ConsentScope.SHARING)) {
            return new ReferResult.SharingNotAgreed();
        }
        Optional<PhoneNumber> sms = request.smsNumber() == null ? Optional.empty()
                : PhoneNumber.parse(request.smsNumber()).filter(PhoneNumber::mobile);
        if (request.smsNumber() != null && sms.isEmpty()) {
            return new ReferResult.PhoneInvalid();
        }
        String sex = beneficiaries.find(request.beneficiaryId()).map(Beneficiary::details)
                .map(d -> d.sex() == null ? null : d.sex().name()).orElse(null);
        Instant now = clock.instant();
        // the person leaves with the partner's address and the SMS: the referral must survive the primary's loss
        acknowledged.require();
        ReferralStore.Inserted inserted = store.insertOnce(request, centerId, sex, redirectedFrom, ReferralStatus.SENT,
                agent.staffId(), now);
        if (inserted.isNew()) {
            store.event(inserted.id(), null, ReferralStatus.PROPOSED, agent.staffId(), now,
                    redirectedFrom == null ? "" : "#" + redirectedFrom);
            store.event(inserted.id(), ReferralStatus.PROPOSED, ReferralStatus.SENT, agent.staffId(), now, "");
            rollups.created(request.organizationId(), ReferralStatus.SENT);
        }
        Referral referred = store.find(inserted.id()).orElseThrow();
        // a number given again for the same referral still under way (a second tap, or the yes added after) follows it too
        if (inserted.isNew() || (sms.isPresent() && !referred.status().next().isEmpty())) {
            events.publishEvent(new ReferralChanged(inserted.id(), centerId, ReferralChanged.Change.MADE, null, redirectedFrom,
                    referred.version(), request.language(), sms.map(n -> cipher.encrypt(n.e164())).orElse(null)));
        }
        return new ReferResult.Referred(referred);
    }

    /** Every referral of a person known at the agent's center, from any center, newest first. The read is in the person's trail. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public List<Referral> ofBeneficiary(long beneficiaryId) {
        if (!beneficiaries.isKnownHere(beneficiaryId)) {
            throw new AccessDeniedException("Beneficiary " + beneficiaryId + " is not known at the agent's center");
        }
        List<Referral> found = store.ofBeneficiary(beneficiaryId).stream().map(this::appointmentIfMine).toList();
        trail.read(beneficiaryId, "referralsRead", "count", found.size());
        return found;
    }

    /** The referrals the agent's center made, in these statuses, the longest unchanged first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public List<Referral> madeByMyCenter(Collection<ReferralStatus> statuses) {
        Long center = me().centerId();
        if (center == null) {
            throw new AccessDeniedException("The agent has no center");
        }
        return store.madeBy(center, statuses, 500);
    }

    /** The referrals addressed to the signed-in partner's organization, in these statuses, the longest waiting first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.INCUBATOR)
    public List<Referral> addressedToMe(Collection<ReferralStatus> statuses) {
        return store.addressedTo(myOrganization(), statuses, 500).stream().map(this::asSeen).toList();
    }

    /** Whether a referral has waited too long for someone to act: sent and not answered, or accepted and not started. */
    @PermitAll // a computation on what the caller already holds
    public boolean isStale(Referral referral) {
        return (referral.status() == ReferralStatus.SENT || referral.status() == ReferralStatus.ACCEPTED)
                && referral.statusAt().isBefore(clock.instant().minus(staleAfter));
    }

    /** How many whole days a referral has been in its status. */
    @PermitAll // a computation on what the caller already holds
    public long daysInStatus(Referral referral) {
        return Duration.between(referral.statusAt(), clock.instant()).toDays();
    }

    /** The zone a referral's times and days are told in, on both sides: its referring center's. */
    @Transactional(readOnly = true)
    @PermitAll // public catalogue data about what the caller already holds
    public ZoneId zoneOf(Referral referral) {
        return catalog.zoneOf(referral.centerId());
    }

    /** Today where the referral was made: the latest day a step may carry, and the one a new step starts with. */
    @Transactional(readOnly = true)
    @PermitAll // a computation on what the caller already holds
    public LocalDate today(Referral referral) {
        return LocalDate.ofInstant(clock.instant(), zoneOf(referral));
    }

    /** Moves a referral along its life cycle; see {@link #move(long, int, ReferralStatus, String, ReferralOutcome)}. */
    @Transactional
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public ChangeResult move(long referralId, int version, ReferralStatus to, String note) {
        return move(referralId, version, to, note, null);
    }

    /**
     * Moves a referral to {@code to}, as decided on {@code version}, with how it ended when it is
     * completed. The referring center's agents act as the center, the addressed partner's accounts
     * as the partner; nobody else sees it.
     */
    @Transactional
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public ChangeResult move(long referralId, int version, ReferralStatus to, String note, @Nullable ReferralOutcome outcome) {
        Referral referral = visible(referralId);
        ReferralStatus.Side side = sideOf(me(), referral);
        if (!referral.status().canMoveTo(to, side)) {
            return new ChangeResult.Illegal(referral.status(), to);
        }
        String problem = textProblem(note, to.needsANote());
        if (problem != null) {
            return new ChangeResult.NoteRequired();
        }
        Instant now = clock.instant();
        if (!store.move(referralId, referral.status(), version, to, to == ReferralStatus.COMPLETED ? outcome : null, now)) {
            return new ChangeResult.Conflict(store.find(referralId).orElseThrow());
        }
        store.event(referralId, referral.status(), to, me().staffId(), now, note.strip());
        rollups.moved(referral.organizationId(), referral.status(), to);
        if (to == ReferralStatus.IN_ACCOMPANIMENT && referral.programId() != null && "F".equals(store.personSex(referralId))) {
            rollups.accompanied(referral.programId(), referral.beneficiaryId(), referral.organizationId(), now);
        }
        ReferralChanged.Change told = switch (to) {
            case ACCEPTED -> ReferralChanged.Change.ACCEPTED;
            case DECLINED -> ReferralChanged.Change.DECLINED;
            case COMPLETED, DROPPED -> ReferralChanged.Change.ENDED;
            default -> null;
        };
        if (told != null) {
            events.publishEvent(new ReferralChanged(referralId, referral.centerId(), told, referral.firstAppointmentAt(),
                    referral.redirectedFrom(), version + 1, null, null));
        }
        return new ChangeResult.Changed(store.find(referralId).orElseThrow());
    }

    /**
     * Sets or moves when the partner expects the person first, as the partner, once it has accepted
     * and until the referral ends, as decided on {@code version}. {@code at} is a time of the
     * referring center's zone, the one both sides read.
     */
    @Transactional
    @RolesAllowed(Roles.INCUBATOR)
    public AppointmentResult setFirstAppointment(long referralId, int version, LocalDateTime at) {
        Referral referral = visible(referralId);
        if (sideOf(me(), referral) != ReferralStatus.Side.PARTNER || (referral.status() != ReferralStatus.ACCEPTED
                && referral.status() != ReferralStatus.IN_ACCOMPANIMENT)) {
            return new AppointmentResult.NotNow();
        }
        Instant when = at.atZone(zoneOf(referral)).toInstant();
        Instant now = clock.instant();
        if (!when.isAfter(now)) {
            return new AppointmentResult.Invalid("referral.appointment.error.past");
        }
        if (when.isAfter(now.plus(Duration.ofDays(366)))) {
            return new AppointmentResult.Invalid("referral.appointment.error.tooFar");
        }
        if (when.equals(referral.firstAppointmentAt()) && version == referral.version()) {
            return new AppointmentResult.Set(referral); // saved again as it was: nothing to tell anyone
        }
        if (!store.firstAppointment(referralId, referral.status(), version, when)) {
            return new AppointmentResult.Conflict(store.find(referralId).map(this::asSeen).orElseThrow());
        }
        // who set or moved it, and to when, stays in the referral's history
        store.event(referralId, referral.status(), referral.status(), me().staffId(), now,
                "→ " + APPOINTMENT_NOTE.format(at));
        events.publishEvent(new ReferralChanged(referralId, referral.centerId(), ReferralChanged.Change.APPOINTMENT_SET, when,
                referral.redirectedFrom(), version + 1, null, null));
        return new AppointmentResult.Set(store.find(referralId).orElseThrow());
    }

    /**
     * What the person may read of their own referral on the page their messages link to: where it
     * stands, the first appointment, and where to go — never the partner's name nor the program,
     * which may tell a reader of the person's phone why they came.
     */
    @Transactional(readOnly = true)
    @PermitAll // called for the holder of the message's unguessable link, who is the person
    public Optional<ReferralForPerson> forPerson(long referralId) {
        return store.find(referralId).map(r -> {
            boolean accepted = r.status() == ReferralStatus.ACCEPTED || r.status() == ReferralStatus.IN_ACCOMPANIMENT;
            // an institution's address says what it is (a shelter, a child protection service, a
            // disability center, all listed in the public directory): only an incubator's is given,
            // for the others the center tells the person where to go
            Optional<Organization> told = directory.organization(r.organizationId())
                    .filter(o -> accepted && o.kind() == OrganizationKind.INCUBATOR);
            return new ReferralForPerson(r.status(), accepted ? r.firstAppointmentAt() : null, zoneOf(r),
                    told.map(Organization::address).orElse(""), told.map(Organization::phone).orElse(""));
        });
    }

    /**
     * Records a step of the accompaniment (a training session, a business plan, a financing, the
     * project launched — once), as the partner that accompanies the person.
     */
    @RolesAllowed(Roles.INCUBATOR)
    public AccompanimentStepResult recordStep(long referralId, StepRequest step) {
        try {
            return tx.execute(status -> {
                Referral referral = visible(referralId);
                if (referral.status() != ReferralStatus.IN_ACCOMPANIMENT) {
                    return new AccompanimentStepResult.NotInAccompaniment();
                }
                Map<String, String> problems = stepProblems(step, referral);
                if (!problems.isEmpty()) {
                    return new AccompanimentStepResult.Invalid(problems);
                }
                long id = store.insertStep(referralId, step, me().staffId(), clock.instant());
                if (step.kind() == StepKind.PROJECT_LAUNCHED && step.projectForm() != null) {
                    rollups.launched(referral.organizationId(), step.projectForm());
                }
                return new AccompanimentStepResult.Recorded(store.steps(referralId).stream().filter(s -> s.id() == id).findFirst()
                        .orElseThrow());
            });
        } catch (DuplicateKeyException secondLaunch) {
            return new AccompanimentStepResult.AlreadyLaunched();
        }
    }

    /** The steps of an accompaniment, in the order they happened. The read is in the person's trail. */
    @Transactional
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public List<AccompanimentStep> steps(long referralId) {
        Referral referral = visible(referralId);
        trail.read(referral.beneficiaryId(), "referralSteps", "referral", referralId);
        return textHidden(referral) ? store.steps(referralId).stream().map(st -> new AccompanimentStep(st.id(), st.referralId(),
                st.kind(), st.happenedOn(), "", st.amountMad(), st.projectForm(), st.recordedAt(), st.byName())).toList()
                : store.steps(referralId);
    }

    /** The dated changes of a referral, oldest first. The read is in the person's trail. */
    @Transactional
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public List<ReferralEvent> history(long referralId) {
        Referral referral = visible(referralId);
        trail.read(referral.beneficiaryId(), "referralHistory", "referral", referralId);
        return textHidden(referral) ? store.history(referralId).stream()
                .map(e -> new ReferralEvent(e.id(), e.from(), e.to(), e.at(), e.byName(), "")).toList()
                : store.history(referralId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public Optional<Referral> find(long referralId) {
        Optional<Referral> referral = store.find(referralId);
        return referral.filter(r -> canSee(me(), r)).map(this::asSeen).map(this::appointmentIfMine);
    }

    /**
     * A partner whose referral is closed (declined, dropped, completed, withdrawn) keeps its course
     * and outcome, not the text typed about the person: the center's reason, the notes, the steps'
     * notes. Need to know ends with the accompaniment.
     */
    private boolean textHidden(Referral referral) {
        return Roles.INCUBATOR.equals(me().role()) && !EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                ReferralStatus.IN_ACCOMPANIMENT).contains(referral.status());
    }

    /** When and where she is expected is for the center that referred her and the partner only. */
    private Referral appointmentIfMine(Referral r) {
        StaffMember member = me();
        if (r.firstAppointmentAt() == null || Roles.INCUBATOR.equals(member.role()) || Long.valueOf(r.centerId()).equals(member.centerId())) {
            return r;
        }
        return new Referral(r.id(), r.beneficiaryId(), r.visitId(), r.centerId(), r.ruleId(), r.organizationId(), r.programId(),
                r.reason(), r.needs(), r.status(), r.createdAt(), r.statusAt(), r.outcome(), r.redirectedFrom(), r.version(), null);
    }

    private Referral asSeen(Referral r) {
        return textHidden(r) ? new Referral(r.id(), r.beneficiaryId(), r.visitId(), r.centerId(), r.ruleId(), r.organizationId(),
                r.programId(), "", r.needs(), r.status(), r.createdAt(), r.statusAt(), r.outcome(), r.redirectedFrom(), r.version(),
                r.firstAppointmentAt()) : r;
    }

    /** A referral with its dated changes and its steps, for the export of a person's data. */
    public record Record(Referral referral, List<ReferralEvent> history, List<AccompanimentStep> steps) {
    }

    /** Every referral of a person with its history and steps (administrators only, for an export). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<Record> ofPersonForExport(long beneficiaryId) {
        return store.ofBeneficiary(beneficiaryId).stream()
                .map(r -> new Record(r, store.history(r.id()), store.steps(r.id()))).toList();
    }

    /**
     * An anonymised person's referrals keep their course but lose the free text typed about them,
     * and the number she gave for messages about them.
     */
    @EventListener
    void onAnonymised(PersonAnonymised anonymised) {
        store.clearTexts(anonymised.beneficiaryId());
        // and nothing more is told to her number, which goes with the rest of her file
        for (Referral r : store.ofBeneficiary(anonymised.beneficiaryId())) {
            events.publishEvent(new ReferralChanged(r.id(), r.centerId(), ReferralChanged.Change.ERASED, null, null, r.version() + 1,
                    null, null));
        }
    }

    private Map<String, String> stepProblems(StepRequest step, Referral referral) {
        Map<String, String> problems = new HashMap<>();
        ZoneId zone = zoneOf(referral);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (step.happenedOn() == null) {
            problems.put("date", "referral.step.error.dateRequired");
        } else if (step.happenedOn().isAfter(today)) {
            problems.put("date", "referral.step.error.future");
        } else if (step.happenedOn().isBefore(LocalDate.ofInstant(referral.createdAt(), zone))) {
            problems.put("date", "referral.step.error.beforeReferral");
        }
        String note = textProblem(step.note(), false);
        if (note != null) {
            problems.put("note", note);
        }
        if (step.kind() == StepKind.FINANCING) {
            if (step.amountMad() == null || step.amountMad().signum() < 0 || step.amountMad().compareTo(MAX_AMOUNT) > 0
                    || step.amountMad().scale() > 2) {
                problems.put("amount", "referral.step.error.amount");
            }
        }
        if (step.kind() == StepKind.PROJECT_LAUNCHED && step.projectForm() == null) {
            problems.put("form", "referral.step.error.form");
        }
        return problems;
    }

    private Referral visible(long referralId) {
        return find(referralId).orElseThrow(() -> new AccessDeniedException("Referral " + referralId + " is not visible"));
    }

    /** Agents see the referrals of people known at their center; partners those addressed to them. */
    private boolean canSee(StaffMember member, Referral referral) {
        if (Roles.INCUBATOR.equals(member.role())) {
            return Long.valueOf(referral.organizationId()).equals(member.organizationId());
        }
        return Roles.AGENT.equals(member.role()) && beneficiaries.isKnownHere(referral.beneficiaryId());
    }

    private static ReferralStatus.Side sideOf(StaffMember member, Referral referral) {
        if (Roles.INCUBATOR.equals(member.role())) {
            return ReferralStatus.Side.PARTNER;
        }
        if (Long.valueOf(referral.centerId()).equals(member.centerId())) {
            return ReferralStatus.Side.CENTER;
        }
        // an agent of another center sees the referral (the person is known there) but cannot move it
        throw new AccessDeniedException("Only the referring center moves referral " + referral.id());
    }

    private static @Nullable String textProblem(String text, boolean required) {
        if (required && text.isBlank()) {
            return "referral.error.reasonRequired";
        }
        if (text.length() > TEXT_MAX) {
            return "referral.error.tooLong";
        }
        return FORBIDDEN.matcher(text).find() ? "intake.error.invisible" : null;
    }

    private long myOrganization() {
        Long organization = me().organizationId();
        if (organization == null) {
            throw new AccessDeniedException("The partner account has no organization");
        }
        return organization;
    }

    private StaffMember me() {
        return staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
    }
}
