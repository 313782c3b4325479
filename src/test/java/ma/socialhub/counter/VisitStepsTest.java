package ma.socialhub.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.DetailField;
import ma.socialhub.intake.DuplicateReason;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.ProposalDecision;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps of a visit after reception, without a screen: the person's file and the visit kept in step. */
@IntegrationTest
class VisitStepsTest {

    @Autowired VisitSteps steps;
    @Autowired CounterDesk desk;
    @Autowired Tickets tickets;
    @Autowired Beneficiaries beneficiaries;
    @Autowired Fixtures fixtures;

    long center;
    long service;
    long counter;
    String surname;
    Visit visit;

    @BeforeEach
    void aPersonReceivedAtTheCounter() {
        center = fixtures.center();
        service = fixtures.service('C');
        counter = fixtures.counter(center, "1", service);
        fixtures.signIn(fixtures.agent(center));
        surname = "Steps" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        Ticket called = ((CallResult.Called) desk.callNext(counter)).ticket();
        visit = ((Reception.Received) desk.receive(counter, called.id())).visit();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aLikelyDuplicateIsShownBeforeAnyFileIsMadeAndTheAgentMayThenMakeOne() {
        long existing = register(naima(1979));

        Registration first = steps.register(visit.id(), naima(1979), EnumSet.of(ConsentScope.PROCESSING), "key-" + surname, false);

        Registration.LikelyDuplicates likely = (Registration.LikelyDuplicates) first;
        assertThat(likely.candidates()).hasSize(1);
        assertThat(likely.candidates().getFirst().person().id()).isEqualTo(existing);
        assertThat(likely.candidates().getFirst().reasons()).isEqualTo(Set.of(DuplicateReason.SAME_NAME_AND_BIRTH_YEAR));
        assertThat(files()).isEqualTo(1);

        Registration.Registered made = (Registration.Registered) steps.register(visit.id(), naima(1979),
                EnumSet.of(ConsentScope.PROCESSING), "key-" + surname, true);
        assertThat(made.person().id()).isNotEqualTo(existing);
        assertThat(made.visit().beneficiaryId()).isEqualTo(made.person().id());
        assertThat(files()).isEqualTo(2);
    }

    @Test
    void wrongFieldsComeBackWithTheirMessagesAndNothingIsSaved() {
        PersonalDetails wrong = new PersonalDetails("", "", "Naima", "<script>", null, null, null, "123-ABC", "", null, "",
                40, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");

        assertThat(steps.register(visit.id(), wrong, EnumSet.of(ConsentScope.PROCESSING), "key-" + surname, false))
                .isEqualTo(new Registration.Invalid(Map.of(DetailField.LAST_NAME_LATIN, "intake.error.name.latin",
                        DetailField.NATIONAL_ID, "intake.error.nationalId", DetailField.HOUSEHOLD_SIZE, "intake.error.household")));
        assertThat(files()).isZero();
    }

    @Test
    void aVisitThatEndedTakesNoNewPerson() {
        desk.close(visit.id(), VisitOutcome.LEFT);

        assertThat(steps.register(visit.id(), naima(1980), EnumSet.of(ConsentScope.PROCESSING), "key-" + surname, false))
                .isEqualTo(new Registration.NotAllowed());
        assertThat(files()).isZero();
    }

    @Test
    void aSavedFileRecordsTheConsentAgainOnlyWhenWhatThePersonAgreesToChanged() {
        long person = register(naima(1979));
        Beneficiary file = beneficiaries.find(person).orElseThrow();
        PersonalDetails moved = new PersonalDetails("", "", "Naima", surname, Sex.F, null, 1979, "", "", null, "Tiznit", null,
                Set.of(Situation.WIDOW), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");

        SaveResult.Saved saved = (SaveResult.Saved) steps.saveFile(person, file.version(), moved, EnumSet.allOf(ConsentScope.class));
        assertThat(consents(person)).as("the same consent as given").isEqualTo(1);

        steps.saveFile(person, saved.beneficiary().version(), moved, EnumSet.of(ConsentScope.PROCESSING));
        assertThat(consents(person)).isEqualTo(2);
        assertThat(beneficiaries.consentOf(person).scopes()).isEqualTo(Set.of(ConsentScope.PROCESSING));
    }

    @Test
    void onlyAProposalThePersonAcceptedIsReferredAndOnlyToAPartnerItNames() {
        long incubator = fixtures.incubator(9);
        long institution = fixtures.organization("INSTITUTION", 9, "ELDERLY");
        String need = fixtures.need("STEPS_PROJECT", service);
        long rule = fixtures.rule("any_need = '{STEPS_PROJECT}'", "target_kind = 'INCUBATOR'", 10);
        fixtures.onlyRules(rule);
        steps.register(visit.id(), naima(1979), EnumSet.allOf(ConsentScope.class), "key-" + surname, true);
        steps.saveNeeds(visit.id(), Set.of(need), "");

        assertThat(steps.refer(visit.id(), rule, incubator, "Projet", null)).as("not accepted yet").isEqualTo(new ReferResult.NotAllowed());
        steps.decide(visit.id(), rule, ProposalDecision.ACCEPTED);
        assertThat(steps.refer(visit.id(), rule, institution, "Projet", null)).as("not an incubator").isEqualTo(new ReferResult.NotAllowed());

        ReferResult.Referred referred = (ReferResult.Referred) steps.refer(visit.id(), rule, incubator, "Projet", null);
        assertThat(referred.referral().organizationId()).isEqualTo(incubator);
        assertThat(referred.referral().visitId()).isEqualTo(visit.id());
        assertThat(desk.suggestedOutcome(visit.id())).isEqualTo(VisitOutcome.REFERRED);
    }

    private PersonalDetails naima(int birthYear) {
        return new PersonalDetails("", "", "Naima", surname, Sex.F, null, birthYear, "", "", null, "", null,
                Set.of(Situation.WIDOW), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
    }

    private long register(PersonalDetails details) {
        return ((SaveResult.Saved) beneficiaries.register(details, EnumSet.allOf(ConsentScope.class), UUID.randomUUID().toString()))
                .beneficiary().id();
    }

    private int files() {
        return fixtures.jdbc().sql("SELECT count(*) FROM beneficiary WHERE registered_center_id = ?").param(center)
                .query(Integer.class).single();
    }

    private int consents(long person) {
        return fixtures.jdbc().sql("SELECT count(*) FROM consent WHERE beneficiary_id = ?").param(person)
                .query(Integer.class).single();
    }
}
