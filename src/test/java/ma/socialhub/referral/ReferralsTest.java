package ma.socialhub.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.Sex;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

@IntegrationTest
class ReferralsTest {

    @Autowired Referrals referrals;
    @Autowired Visits visits;
    @Autowired Tickets tickets;
    @Autowired Beneficiaries beneficiaries;
    @Autowired Fixtures fixtures;

    long center;
    long counter;
    String agent;
    long incubator;
    String partner;
    long person;
    Visit visit;

    @BeforeEach
    void aPersonAtTheCounter() {
        center = fixtures.center();
        long service = fixtures.service('A');
        counter = fixtures.counter(center, "1", service);
        agent = fixtures.agent(center);
        incubator = fixtures.incubator(9);
        partner = fixtures.partner(incubator);
        fixtures.signIn(agent);
        person = register(EnumSet.allOf(ConsentScope.class));
        visit = visitOf(person);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    long register(Set<ConsentScope> consent) {
        String name = "Referral" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        PersonalDetails d = new PersonalDetails("", "", "Naima", name, Sex.F, null, 1985, "", "", null, "", null, Set.of(),
                null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
        return ((SaveResult.Saved) beneficiaries.register(d, consent, UUID.randomUUID().toString())).beneficiary().id();
    }

    Visit visitOf(long beneficiary) {
        tickets.issue(center, fixtures.service('A'), PriorityClass.STANDARD, HubLanguage.FRENCH);
        tickets.callNext(counter);
        Visit v = ((VisitResult.Done) visits.receive(counter)).visit();
        visits.attach(v.id(), beneficiary);
        return v;
    }

    ReferRequest toIncubator() {
        return new ReferRequest(person, visit.id(), null, incubator, null, "Projet de couture", Set.of("INCOME_PROJECT"));
    }

    Referral referred() {
        return ((ReferResult.Referred) referrals.refer(toIncubator())).referral();
    }

    ChangeResult asPartner(Referral r, ReferralStatus to, String note) {
        fixtures.signIn(partner);
        try {
            return referrals.move(r.id(), r.version(), to, note);
        } finally {
            fixtures.signIn(agent);
        }
    }

    @Test
    void oneTapProposesAndSendsTheReferralWithTwoDatedEventsCarryingReasonAndNeeds() {
        Referral referral = referred();

        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.reason()).isEqualTo("Projet de couture");
        assertThat(referral.needs()).containsExactly("INCOME_PROJECT");
        assertThat(referral.centerId()).isEqualTo(center);
        assertThat(referrals.history(referral.id())).extracting(ReferralEvent::from, ReferralEvent::to).containsExactly(
                Tuple.tuple(null, ReferralStatus.PROPOSED),
                Tuple.tuple(ReferralStatus.PROPOSED, ReferralStatus.SENT));
        assertThat(referrals.history(referral.id())).allSatisfy(e -> assertThat(e.byName()).isEqualTo("Agent " + agent));
    }

    @Test
    void aDoubleTapRefersOnce() {
        Referral first = referred();
        Referral second = referred();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(referrals.history(first.id())).hasSize(2);
        assertThat(referrals.ofBeneficiary(person)).hasSize(1);
    }

    @Test
    void withoutTheConsentToShareTheFileNothingIsSent() {
        long reserved = register(Set.of(ConsentScope.PROCESSING));
        Visit hers = visitOf(reserved);
        ReferResult result = referrals.refer(new ReferRequest(reserved, hers.id(), null, incubator, null, "Projet", Set.of()));
        assertThat(result).isEqualTo(new ReferResult.SharingNotAgreed());
        assertThat(referrals.ofBeneficiary(reserved)).isEmpty();
    }

    @Test
    void aProgramReferralGoesOnlyToAnOrganizationThatRunsTheProgram() {
        long runsIt = fixtures.incubator(9);
        long program = fixtures.program(runsIt);
        assertThat(referrals.refer(new ReferRequest(person, visit.id(), null, incubator, program, "Jisr", Set.of())))
                .isEqualTo(new ReferResult.NotAllowed());
        assertThat(referrals.refer(new ReferRequest(person, visit.id(), null, runsIt, program, "Jisr", Set.of())))
                .isInstanceOf(ReferResult.Referred.class);
    }

    @Test
    void aReferralNeedsAReasonOfBoundedLengthAndAVisitOfThatPerson() {
        assertThat(referrals.refer(new ReferRequest(person, visit.id(), null, incubator, null, " ", Set.of())))
                .isEqualTo(new ReferResult.Invalid("referral.error.reasonRequired"));
        assertThat(referrals.refer(new ReferRequest(person, visit.id(), null, incubator, null, "x".repeat(2001), Set.of())))
                .isEqualTo(new ReferResult.Invalid("referral.error.tooLong"));
        long someoneElse = register(EnumSet.allOf(ConsentScope.class));
        assertThat(referrals.refer(new ReferRequest(someoneElse, visit.id(), null, incubator, null, "Projet", Set.of())))
                .isEqualTo(new ReferResult.NotAllowed());
    }

    @Test
    void thePartnerTakesTheReferralThroughAccompanimentToCompletionEachStepDatedWithWhoAndWhy() {
        Referral r = referred();
        r = ((ChangeResult.Changed) asPartner(r, ReferralStatus.ACCEPTED, "Bienvenue")).referral();
        r = ((ChangeResult.Changed) asPartner(r, ReferralStatus.IN_ACCOMPANIMENT, "Formation en gestion")).referral();
        r = ((ChangeResult.Changed) asPartner(r, ReferralStatus.COMPLETED, "Atelier ouvert")).referral();

        assertThat(r.status()).isEqualTo(ReferralStatus.COMPLETED);
        List<ReferralEvent> history = referrals.history(r.id());
        assertThat(history).extracting(ReferralEvent::to).containsExactly(ReferralStatus.PROPOSED, ReferralStatus.SENT,
                ReferralStatus.ACCEPTED, ReferralStatus.IN_ACCOMPANIMENT, ReferralStatus.COMPLETED);
        assertThat(history.getLast().note()).isEqualTo("Atelier ouvert");
        assertThat(history.getLast().byName()).isEqualTo("Partner " + partner);
    }

    @Test
    void everyMoveTheLifeCycleAllowsSucceedsForItsSideAndEveryOtherIsRefused() {
        Referral r = referred();
        for (ReferralStatus.Side side : ReferralStatus.Side.values()) {
            for (ReferralStatus from : ReferralStatus.values()) {
                for (ReferralStatus to : ReferralStatus.values()) {
                    // put the referral in {@code from}, its partner's status count with it
                    fixtures.jdbc().sql("UPDATE referral SET status = ?, version = 0 WHERE id = ?").params(from.name(), r.id()).update();
                    fixtures.jdbc().sql("DELETE FROM referral_status_count WHERE organization_id = ?").param(incubator).update();
                    fixtures.jdbc().sql("INSERT INTO referral_status_count VALUES (?, ?, 1)").params(incubator, from.name()).update();
                    fixtures.signIn(side == ReferralStatus.Side.CENTER ? agent : partner);
                    ChangeResult result = referrals.move(r.id(), 0, to, "parce que");
                    if (from.canMoveTo(to, side)) {
                        assertThat(result).as(side + " " + from + " -> " + to).isInstanceOf(ChangeResult.Changed.class);
                    } else {
                        assertThat(result).as(side + " " + from + " -> " + to).isEqualTo(new ChangeResult.Illegal(from, to));
                    }
                }
            }
        }
    }

    @Test
    void declineAndDropMustSayWhy() {
        Referral r = referred();
        assertThat(asPartner(r, ReferralStatus.DECLINED, "  ")).isEqualTo(new ChangeResult.NoteRequired());
        assertThat(asPartner(r, ReferralStatus.DECLINED, "Capacité atteinte")).isInstanceOf(ChangeResult.Changed.class);
    }

    @Test
    void aMoveDecidedOnAnOlderVersionIsAConflictAndOfManyAtOnceExactlyOneWins() throws Exception {
        Referral r = referred();
        fixtures.signIn(partner);
        Authentication signedIn = fixtures.authentication();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<ChangeResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                ReferralStatus to = i % 2 == 0 ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED;
                results.add(pool.submit(() -> {
                    fixtures.signIn(signedIn);
                    return referrals.move(r.id(), r.version(), to, "réponse");
                }));
            }
            int changed = 0;
            for (Future<ChangeResult> result : results) {
                ChangeResult outcome = result.get();
                if (outcome instanceof ChangeResult.Changed) {
                    changed++;
                } else {
                    assertThat(outcome).isInstanceOfAny(ChangeResult.Conflict.class, ChangeResult.Illegal.class);
                }
            }
            assertThat(changed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        fixtures.signIn(agent);
        assertThat(referrals.history(r.id())).hasSize(3);
    }

    @Test
    void aPartnerNeverSeesOrMovesAReferralAddressedToAnotherOrganization() {
        Referral r = referred();
        fixtures.signIn(fixtures.partner(fixtures.incubator(9)));
        assertThat(referrals.find(r.id())).isEmpty();
        assertThatThrownBy(() -> referrals.move(r.id(), r.version(), ReferralStatus.ACCEPTED, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.history(r.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAgentOfAnotherCenterNeitherSeesNorMovesTheReferral() {
        Referral r = referred();
        fixtures.signIn(fixtures.agent(fixtures.center()));
        assertThat(referrals.find(r.id())).isEmpty();
        assertThatThrownBy(() -> referrals.ofBeneficiary(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.move(r.id(), r.version(), ReferralStatus.DROPPED, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAgentSeesEveryReferralOfThePersonInFrontOfThemNewestFirst() {
        Referral first = referred();
        long institution = fixtures.organization("INSTITUTION", 9, "TRAINING");
        Referral second = ((ReferResult.Referred) referrals.refer(new ReferRequest(person, visit.id(), null, institution, null,
                "Formation", Set.of()))).referral();
        assertThat(referrals.ofBeneficiary(person)).extracting(Referral::id).containsExactly(second.id(), first.id());
    }
}
