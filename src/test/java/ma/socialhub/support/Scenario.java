package ma.socialhub.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.Sex;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.referral.ChangeResult;
import ma.socialhub.referral.ReferRequest;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/** A center with a counter and an agent, and people received there and referred, for referral tests. */
@TestComponent
public class Scenario {

    @Autowired Fixtures fixtures;
    @Autowired Tickets tickets;
    @Autowired Visits visits;
    @Autowired Beneficiaries beneficiaries;
    @Autowired Referrals referrals;

    public long center;
    public long service;
    public long counter;
    public String agent;

    public Scenario atANewCenter() {
        center = fixtures.center();
        service = fixtures.service('A');
        counter = fixtures.counter(center, "1", service);
        agent = fixtures.agent(center);
        fixtures.signIn(agent);
        return this;
    }

    public long person(Sex sex, Set<ConsentScope> consent) {
        fixtures.signIn(agent);
        String name = "Scenario" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        PersonalDetails d = new PersonalDetails("", "", "Naima", name, sex, null, 1985, "", "0661234567", null, "Tiznit", null, Set.of(), null, null, null, null, null, null,
                RsuStatus.UNKNOWN, "");
        return ((SaveResult.Saved) beneficiaries.register(d, consent, UUID.randomUUID().toString())).beneficiary().id();
    }

    public long woman() {
        return person(Sex.F, EnumSet.allOf(ConsentScope.class));
    }

    public Visit visitOf(long beneficiary) {
        fixtures.signIn(agent);
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        tickets.callNext(counter);
        Visit v = ((VisitResult.Done) visits.receive(counter)).visit();
        visits.attach(v.id(), beneficiary);
        visits.close(v.id(), VisitOutcome.REFERRED);
        return v;
    }

    public Referral refer(long beneficiary, long organization, Long program) {
        fixtures.signIn(agent);
        Visit v = visitOf(beneficiary);
        return ((ReferResult.Referred) referrals.refer(new ReferRequest(beneficiary, v.id(), null, organization, program,
                "Projet", Set.of("INCOME_PROJECT")))).referral();
    }

    /** Moves as the partner account {@code partner}; the agent is signed in again afterwards. */
    public ChangeResult asPartner(String partner, Referral r, ReferralStatus to, String note) {
        fixtures.signIn(partner);
        try {
            return referrals.move(r.id(), referrals.find(r.id()).orElseThrow().version(), to, note);
        } finally {
            fixtures.signIn(agent);
        }
    }
}
