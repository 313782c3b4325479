package ma.socialhub.counter;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.security.Roles;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Organization;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.BeneficiarySummary;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.DetailField;
import ma.socialhub.intake.DetailsCheck;
import ma.socialhub.intake.DuplicateCandidate;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.TooManySearches;
import ma.socialhub.intake.TransferOffer;
import ma.socialhub.intake.TransferReason;
import ma.socialhub.messaging.Messages;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import ma.socialhub.orientation.OrientationRule;
import ma.socialhub.orientation.TargetKind;
import ma.socialhub.referral.ReferRequest;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.ProposalDecision;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The steps of a visit once the person is received: who they are (found, registered, brought
 * from another center, or anonymous), what they need, what the agent decides about the hub's
 * proposals, and the referrals made from them. The visit changes through {@link Visits} and the
 * person's file through {@link Beneficiaries}; this service keeps the two in step, and turns the
 * refusals an agent meets every day (a search limit, a likely duplicate) into answers.
 */
@Service
public class VisitSteps {

    private final Visits visits;
    private final Beneficiaries beneficiaries;
    private final Referrals referrals;
    private final Directory directory;
    private final DeskAgent agent;
    private final Tickets tickets;
    private final Messages messages;

    VisitSteps(Visits visits, Beneficiaries beneficiaries, Referrals referrals, Directory directory, DeskAgent agent,
            Tickets tickets, Messages messages) {
        this.tickets = tickets;
        this.messages = messages;
        this.visits = visits;
        this.beneficiaries = beneficiaries;
        this.referrals = referrals;
        this.directory = directory;
        this.agent = agent;
    }

    /** People known at the center by ID card, phone or name (see {@link Beneficiaries#search}). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public Lookup<List<BeneficiarySummary>> search(String query) {
        try {
            return new Lookup.Found<>(beneficiaries.search(query));
        } catch (TooManySearches usedUp) {
            return new Lookup.SearchesUsedUp<>();
        }
    }

    /** The file kept elsewhere of the person whose ID card is at the counter (see {@link Beneficiaries#fileElsewhere}). */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public Lookup<Optional<TransferOffer>> fileElsewhere(String nationalId, LocalDate birthDate) {
        try {
            return new Lookup.Found<>(beneficiaries.fileElsewhere(nationalId, birthDate));
        } catch (TooManySearches usedUp) {
            return new Lookup.SearchesUsedUp<>();
        }
    }

    /** The person a search found is the one of this visit. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult attachFound(long visitId, String handle) {
        return visits.attachFound(visitId, handle);
    }

    /** The person refuses to give their data: recorded, and the visit goes on without a file. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult goAnonymous(long visitId) {
        return visits.goAnonymous(visitId);
    }

    /**
     * Brings here the file that the person's ID card found at another center, and makes it the
     * visit's. A file is brought only for the person of an open visit: if the visit ended
     * meanwhile, the file stays where it was.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult bringFile(long visitId, String handle, TransferReason reason) {
        if (visits.find(visitId).filter(Visit::open).isEmpty()) {
            return new VisitResult.NotAllowed();
        }
        Optional<Beneficiary> brought = beneficiaries.transfer(handle, reason);
        if (brought.isEmpty()) {
            return new VisitResult.NotAllowed();
        }
        VisitResult attached = visits.attach(visitId, brought.get().id());
        if (!(attached instanceof VisitResult.Done)) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return attached;
    }

    /**
     * Registers the person in front of the agent and makes the new file the visit's. Before a file
     * is made, the agent sees what may already be this person: a file elsewhere that their ID card
     * matches (it is hers: never a second file), then the likely duplicates of this center — unless
     * {@code duplicatesSeen}, once the agent looked and chose to make a new file anyway. Wrong fields
     * come back first, before any search is spent.
     *
     * <p>Not one transaction: a registration decides a double submit by its own unique keys, which
     * needs a transaction of its own ({@link Beneficiaries#register}). A retry with the same
     * {@code creationKey} finds the same file and attaches it.
     */
    @RolesAllowed(Roles.AGENT)
    public Registration register(long visitId, PersonalDetails details, Set<ConsentScope> consent, String creationKey,
            boolean duplicatesSeen) {
        if (visits.find(visitId).filter(Visit::open).isEmpty()) {
            return new Registration.NotAllowed();
        }
        Map<DetailField, String> problems = DetailsCheck.problems(details, agent.today());
        if (!problems.isEmpty()) {
            return new Registration.Invalid(problems);
        }
        if (!duplicatesSeen) {
            try {
                Optional<TransferOffer> elsewhere = details.nationalId().isBlank() || details.birthDate() == null
                        ? Optional.empty() : beneficiaries.fileElsewhere(details.nationalId(), details.birthDate());
                if (elsewhere.isPresent()) {
                    return new Registration.KeptElsewhere(elsewhere.get());
                }
                List<DuplicateCandidate> candidates = beneficiaries.likelyDuplicates(details, null);
                if (!candidates.isEmpty()) {
                    return new Registration.LikelyDuplicates(candidates);
                }
            } catch (TooManySearches usedUp) {
                return new Registration.SearchesUsedUp();
            }
        }
        return switch (beneficiaries.register(details, consent, creationKey)) {
            case SaveResult.Saved saved -> visits.attach(visitId, saved.beneficiary().id()) instanceof VisitResult.Done done
                    ? new Registration.Registered(saved.beneficiary(), done.visit()) : new Registration.NotAllowed();
            case SaveResult.Invalid invalid -> new Registration.Invalid(invalid.problems());
            case SaveResult.ConsentMissing missing -> new Registration.ConsentMissing(missing.scope());
            case SaveResult.Conflict conflict -> new Registration.NotAllowed();
        };
    }

    /**
     * Saves changes to a person's file if nobody saved it since {@code version}. The consent is
     * recorded again only when what the person agrees to changed, so that an edit of a phone number
     * does not renew a consent the person was not asked about again.
     */
    @RolesAllowed(Roles.AGENT)
    public SaveResult saveFile(long beneficiaryId, int version, PersonalDetails details, Set<ConsentScope> consent) {
        Set<ConsentScope> given = beneficiaries.consentOf(beneficiaryId).scopes();
        return beneficiaries.update(beneficiaryId, version, details, consent.equals(given) ? null : consent);
    }

    /** Records the needs (codes of the checklist) and the agent's note, kept as typed. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult saveNeeds(long visitId, Set<String> needs, String note) {
        return visits.saveNeeds(visitId, needs, note);
    }

    /** The person accepts or rejects a proposal; a second answer replaces the first. */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public VisitResult decide(long visitId, long ruleId, ProposalDecision decision) {
        return visits.decide(visitId, ruleId, decision);
    }

    /**
     * The partners that can take a referral for this rule: the program's operators, the incubators
     * or the institutions of the type it names — those of the region of the agent's center first.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public List<Organization> partnersFor(OrientationRule rule) {
        short region = agent.center().regionId();
        return switch (rule.targetKind()) {
            case PROGRAM -> rule.programId() == null ? List.of() : directory.operatorsOf(rule.programId(), region);
            case INCUBATOR -> directory.incubatorsFor(region);
            case INSTITUTION -> rule.institutionType() == null ? List.of()
                    : directory.institutionsFor(rule.institutionType(), region);
            case SERVICE -> List.of();
        };
    }

    /**
     * Refers the person of an open visit to a partner, for a proposal the person accepted and to a
     * partner that proposal names; the rule's program, if any, and the visit's needs go with the
     * reason. {@code smsNumber}: the mobile the person agreed to be told on when the partner answers
     * (null: no messages); they are told in their ticket's language.
     */
    @Transactional
    @RolesAllowed(Roles.AGENT)
    public ReferResult refer(long visitId, long ruleId, long organizationId, String reason, @Nullable String smsNumber) {
        Optional<Visit> visit = visits.find(visitId).filter(v -> v.open() && v.beneficiaryId() != null);
        Optional<OrientationRule> rule = visit.isEmpty() ? Optional.empty() : visits.proposals(visitId).stream()
                .filter(p -> p.decision() == ProposalDecision.ACCEPTED).map(p -> p.proposal().rule())
                .filter(r -> r.id() == ruleId && r.targetKind().refersToAPartner()).findFirst();
        if (visit.isEmpty() || rule.isEmpty()
                || partnersFor(rule.get()).stream().noneMatch(o -> o.id() == organizationId)) {
            return new ReferResult.NotAllowed();
        }
        Visit v = visit.get();
        Long programId = rule.get().targetKind() == TargetKind.PROGRAM ? rule.get().programId() : null;
        String language = tickets.byId(v.ticketId()).map(Ticket::language).orElse("ar");
        return referrals.refer(new ReferRequest(v.beneficiaryId(), v.id(), ruleId, organizationId, programId, reason, v.needs(),
                smsNumber, language));
    }

    /** Whether the person may be offered messages about a referral (the hub has a way to send them). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.AGENT)
    public boolean messagesOffered() {
        return messages.offered();
    }
}
