package ma.socialhub.referral;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import ma.socialhub.base.security.Roles;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Organization;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refers people to partners and follows each referral through its life (see
 * {@link ReferralStatus} for who may move it where).
 *
 * <p>A referral carries the person's file to a partner, so it needs the person's consent to
 * sharing. It is made from a visit with one tap: proposed and sent at once, two dated events. A
 * double tap refers once (a unique index on visit, partner and rule). Every move names the
 * version it was decided on; a move on a referral someone changed meanwhile is refused, never
 * applied over the other.
 */
@Service
public class Referrals {

    static final int TEXT_MAX = 2000;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final ReferralStore store;
    private final Visits visits;
    private final Beneficiaries beneficiaries;
    private final Directory directory;
    private final StaffDirectory staff;
    private final Clock clock;

    Referrals(ReferralStore store, Visits visits, Beneficiaries beneficiaries, Directory directory, StaffDirectory staff,
            Clock clock) {
        this.store = store;
        this.visits = visits;
        this.beneficiaries = beneficiaries;
        this.directory = directory;
        this.staff = staff;
        this.clock = clock;
    }

    /** Refers the person of a visit to a partner, for a program if given; proposed and sent in one go. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public ReferResult refer(ReferRequest request) {
        StaffMember agent = me();
        Optional<Visit> visit = visits.find(request.visitId())
                .filter(v -> Long.valueOf(request.beneficiaryId()).equals(v.beneficiaryId()));
        Optional<Organization> partner = directory.organization(request.organizationId()).filter(Organization::active);
        if (visit.isEmpty() || partner.isEmpty() || (request.programId() != null
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
        Instant now = clock.instant();
        long id = store.insertOnce(request, visit.get().centerId(), ReferralStatus.SENT, agent.staffId(), now);
        if (!store.hasHistory(id)) {
            store.event(id, null, ReferralStatus.PROPOSED, agent.staffId(), now, "");
            store.event(id, ReferralStatus.PROPOSED, ReferralStatus.SENT, agent.staffId(), now, "");
        }
        return new ReferResult.Referred(store.find(id).orElseThrow());
    }

    /** Every referral of a person known at the agent's center, from any center, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public List<Referral> ofBeneficiary(long beneficiaryId) {
        if (!beneficiaries.isKnownHere(beneficiaryId)) {
            throw new AccessDeniedException("Beneficiary " + beneficiaryId + " is not known at the agent's center");
        }
        return store.ofBeneficiary(beneficiaryId);
    }

    /**
     * Moves a referral to {@code to}, as decided on {@code version}. The referring center's agents
     * act as the center, the addressed partner's accounts as the partner; nobody else sees it.
     */
    @Transactional
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public ChangeResult move(long referralId, int version, ReferralStatus to, String note) {
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
        if (!store.move(referralId, referral.status(), version, to, now)) {
            return new ChangeResult.Conflict(store.find(referralId).orElseThrow());
        }
        store.event(referralId, referral.status(), to, me().staffId(), now, note.strip());
        return new ChangeResult.Changed(store.find(referralId).orElseThrow());
    }

    /** The dated changes of a referral, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public List<ReferralEvent> history(long referralId) {
        visible(referralId);
        return store.history(referralId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR})
    public Optional<Referral> find(long referralId) {
        Optional<Referral> referral = store.find(referralId);
        return referral.filter(r -> canSee(me(), r));
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

    private StaffMember me() {
        return staff.current().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
    }
}
