package ma.socialhub.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.SharedFile;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.Scenario;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ma.socialhub.intake.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The partner's side of the closed loop: answer, accompany step by step, close; the center sees it all. */
@IntegrationTest
class PartnerSideTest {

    @Autowired Scenario scenario;
    @Autowired Referrals referrals;
    @Autowired Beneficiaries beneficiaries;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long incubator;
    String partner;
    long woman;
    Referral referral;

    @BeforeEach
    void aWomanReferredToAnIncubator() {
        scenario.atANewCenter();
        incubator = fixtures.incubator(9);
        partner = fixtures.partner(incubator);
        woman = scenario.woman();
        referral = scenario.refer(woman, incubator, null);
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void thePartnerSeesAProfileWithoutIdentityUntilItAcceptsThenWhoThePersonIsWhileItAccompaniesThem() {
        fixtures.signIn(partner);
        assertThat(referrals.addressedToMe(List.of(ReferralStatus.SENT))).extracting(Referral::id).containsExactly(referral.id());
        assertThat(beneficiaries.sharedWithMe(List.of(woman))).singleElement().satisfies(f -> {
            assertThat(f.identified()).isFalse();
            assertThat(f.nameLatin() + f.nameAr() + f.phone() + f.commune()).isEmpty();
            assertThat(f.sex()).isEqualTo(Sex.F);
        });

        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "Bienvenue");
        fixtures.signIn(partner);
        assertThat(beneficiaries.sharedWithMe(List.of(woman))).singleElement().satisfies(f -> {
            assertThat(f.identified()).isTrue();
            assertThat(f.nameLatin()).startsWith("Naima");
            assertThat(f.phone()).startsWith("06");
            assertThat(f.commune()).isEqualTo("Tiznit");
        });
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM personal_data_access WHERE beneficiary_id = ? AND detail LIKE 'sharedWithPartner;%'")
                .param(woman).query(Integer.class).single()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"DECLINED", "DROPPED", "COMPLETED"})
    void onceTheReferralIsClosedThePartnerNoLongerSeesThePerson(ReferralStatus end) {
        Referral now = referral;
        if (end != ReferralStatus.DECLINED) {
            scenario.asPartner(partner, now, ReferralStatus.ACCEPTED, "Bienvenue");
            scenario.asPartner(partner, now, ReferralStatus.IN_ACCOMPANIMENT, "");
        }
        fixtures.signIn(partner);
        assertThat(beneficiaries.sharedWithMe(List.of(woman))).isNotEmpty();
        if (end == ReferralStatus.COMPLETED) {
            referrals.move(now.id(), referrals.find(now.id()).orElseThrow().version(), end, "Fin", ReferralOutcome.TRAINED);
        } else {
            scenario.asPartner(partner, now, end, "Raison");
        }
        fixtures.signIn(partner);
        assertThat(beneficiaries.sharedWithMe(List.of(woman))).isEmpty();
        // the referral itself stays, with its outcome, for the partner's own record — not the text about her
        assertThat(referrals.find(now.id())).map(Referral::status).contains(end);
        assertThat(referrals.find(now.id())).map(Referral::reason).contains("");
        assertThat(referrals.addressedToMe(EnumSet.of(end))).extracting(Referral::reason).containsOnly("");
        assertThat(referrals.history(now.id())).extracting(ReferralEvent::note).containsOnly("");
        // while the center still sees everything it wrote
        fixtures.signIn(scenario.agent);
        assertThat(referrals.find(now.id())).map(Referral::reason).contains("Projet");
    }

    @Test
    void aPartnerNeverSeesThePeopleOrReferralsOfAnotherPartner() {
        String other = fixtures.partner(fixtures.incubator(9));
        fixtures.signIn(other);
        assertThat(referrals.addressedToMe(EnumSet.allOf(ReferralStatus.class))).isEmpty();
        assertThat(beneficiaries.sharedWithMe(List.of(woman))).isEmpty();
        assertThat(referrals.find(referral.id())).isEmpty();
        assertThatThrownBy(() -> referrals.steps(referral.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whoWithdrawsTheConsentToShareIsNoLongerShownToThePartner() {
        var file = beneficiaries.find(woman).orElseThrow();
        beneficiaries.update(woman, file.version(), file.details(), Set.of(ConsentScope.PROCESSING));
        fixtures.signIn(partner);
        assertThat(beneficiaries.sharedWithMe(List.of(woman))).isEmpty();
    }

    @Test
    void theAccompanimentIsRecordedStepByStepUntilTheProjectIsLaunchedAndTheCenterSeesEveryStep() {
        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "Bienvenue");
        scenario.asPartner(partner, referral, ReferralStatus.IN_ACCOMPANIMENT, "");
        fixtures.signIn(partner);
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.TRAINING_SESSION, today, "Gestion de base", null, null)))
                .isInstanceOf(AccompanimentStepResult.Recorded.class);
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.BUSINESS_PLAN, today, "", null, null)))
                .isInstanceOf(AccompanimentStepResult.Recorded.class);
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.FINANCING, today, "INDH", new BigDecimal("15000.00"), null)))
                .isInstanceOf(AccompanimentStepResult.Recorded.class);
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.PROJECT_LAUNCHED, today, "Atelier de couture", null,
                ProjectForm.COOPERATIVE))).isInstanceOf(AccompanimentStepResult.Recorded.class);
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.PROJECT_LAUNCHED, today, "again", null,
                ProjectForm.COOPERATIVE))).isEqualTo(new AccompanimentStepResult.AlreadyLaunched());
        Referral done = ((ChangeResult.Changed) referrals.move(referral.id(), referrals.find(referral.id()).orElseThrow().version(),
                ReferralStatus.COMPLETED, "Coopérative créée", ReferralOutcome.PROJECT_LAUNCHED)).referral();
        assertThat(done.outcome()).isEqualTo(ReferralOutcome.PROJECT_LAUNCHED);

        fixtures.signIn(scenario.agent);
        assertThat(referrals.steps(referral.id())).extracting(AccompanimentStep::kind).containsExactly(StepKind.TRAINING_SESSION,
                StepKind.BUSINESS_PLAN, StepKind.FINANCING, StepKind.PROJECT_LAUNCHED);
        assertThat(referrals.steps(referral.id()).get(2).amountMad()).isEqualByComparingTo("15000");
        assertThat(referrals.ofBeneficiary(woman)).singleElement().extracting(Referral::status).isEqualTo(ReferralStatus.COMPLETED);
    }

    @Test
    void stepsAreRecordedOnlyDuringTheAccompanimentAndWrongOnesAreRefusedWithTheirReason() {
        fixtures.signIn(partner);
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.TRAINING_SESSION, today, "", null, null)))
                .isEqualTo(new AccompanimentStepResult.NotInAccompaniment());
        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "");
        scenario.asPartner(partner, referral, ReferralStatus.IN_ACCOMPANIMENT, "");
        fixtures.signIn(partner);
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.TRAINING_SESSION, today.plusDays(1), "", null, null)))
                .isEqualTo(new AccompanimentStepResult.Invalid(Map.of("date", "referral.step.error.future")));
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.TRAINING_SESSION, today.minusYears(1), "", null, null)))
                .isEqualTo(new AccompanimentStepResult.Invalid(Map.of("date", "referral.step.error.beforeReferral")));
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.FINANCING, today, "", new BigDecimal("-5"), null)))
                .isEqualTo(new AccompanimentStepResult.Invalid(Map.of("amount", "referral.step.error.amount")));
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.PROJECT_LAUNCHED, today, "", null, null)))
                .isEqualTo(new AccompanimentStepResult.Invalid(Map.of("form", "referral.step.error.form")));
        assertThat(referrals.recordStep(referral.id(), new StepRequest(StepKind.OTHER, null, "x".repeat(2001), null, null)))
                .isEqualTo(new AccompanimentStepResult.Invalid(Map.of("date", "referral.step.error.dateRequired", "note",
                        "referral.error.tooLong")));
        assertThat(referrals.steps(referral.id())).isEmpty();
    }

    @Test
    void aDeclinedReferralIsSentOnToAnotherIncubatorWithoutRetyping() {
        scenario.asPartner(partner, referral, ReferralStatus.DECLINED, "Pas de place avant juin");
        long second = fixtures.incubator(9);

        ReferResult redirected = referrals.redirect(referral.id(), second, "Autre incubateur de la région");
        Referral again = ((ReferResult.Referred) redirected).referral();

        assertThat(again.organizationId()).isEqualTo(second);
        assertThat(again.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(again.reason()).startsWith("Projet").contains("Autre incubateur de la région");
        assertThat(again.needs()).containsExactly("INCOME_PROJECT");
        assertThat(again.redirectedFrom()).isEqualTo(referral.id());
        assertThat(referrals.redirect(referral.id(), second, "")).as("a double tap").extracting(r -> ((ReferResult.Referred) r).referral().id())
                .isEqualTo(again.id());
        assertThat(referrals.find(referral.id()).orElseThrow().status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referrals.redirect(again.id(), incubator, "")).as("not declined").isEqualTo(new ReferResult.NotAllowed());
    }

    @Test
    void aReferralLeftUnansweredLongerThanTheSetDaysIsFlaggedToBothSides() {
        assertThat(referrals.isStale(referral)).isFalse();
        clock.advance(Duration.ofDays(8));
        assertThat(referrals.isStale(referrals.find(referral.id()).orElseThrow())).isTrue();
        assertThat(referrals.daysInStatus(referral)).isEqualTo(8);
        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "");
        assertThat(referrals.isStale(referrals.find(referral.id()).orElseThrow())).as("answered today").isFalse();
        scenario.asPartner(partner, referral, ReferralStatus.IN_ACCOMPANIMENT, "");
        clock.advance(Duration.ofDays(30));
        assertThat(referrals.isStale(referrals.find(referral.id()).orElseThrow())).as("being accompanied").isFalse();
    }
}
