package ma.socialhub.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class VisitsTest {

    @Autowired Visits visits;
    @Autowired Tickets tickets;
    @Autowired QueueMoves moves;
    @Autowired Beneficiaries beneficiaries;
    @Autowired Fixtures fixtures;

    long center;
    long serviceA;
    long serviceB;
    long counter;
    Ticket ticket;

    @BeforeEach
    void aCalledTicket() {
        center = fixtures.center();
        serviceA = fixtures.service('A');
        serviceB = fixtures.service('B');
        counter = fixtures.counter(center, "1", serviceA);
        fixtures.counter(center, "2", serviceB);
        fixtures.signIn(fixtures.agent(center));
        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        tickets.callNext(counter);
        ticket = tickets.currentAt(counter).orElseThrow();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    Visit received() {
        return ((VisitResult.Done) visits.receive(counter)).visit();
    }

    long registeredWidow() {
        PersonalDetails widow = new PersonalDetails("", "", "Aicha", "Visit" + UUID.randomUUID().toString().substring(0, 6)
                .replaceAll("[0-9-]", "x"), Sex.F, null, 1980, "", "", null, "", 3, Set.of(Situation.WIDOW), null, null, null,
                null, null, null, RsuStatus.NOT_REGISTERED, "");
        return ((SaveResult.Saved) beneficiaries.register(widow, EnumSet.allOf(ConsentScope.class), UUID.randomUUID().toString()))
                .beneficiary().id();
    }

    @Test
    void receivingTheCalledTicketStartsItsServiceAndOpensOneVisitHoweverOftenItIsPressed() {
        Visit first = received();
        Visit again = received();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.ticketId()).isEqualTo(ticket.id());
        assertThat(first.serviceId()).isEqualTo(serviceA);
        assertThat(tickets.currentAt(counter).orElseThrow().state()).isEqualTo(TicketState.IN_SERVICE);
        assertThat(visits.openAt(counter)).map(Visit::id).contains(first.id());
    }

    @Test
    void aVisitRecordsThePersonTheirNeedsAndHowItEndedAndClosingItFinishesTheTicket() {
        Visit visit = received();
        long person = registeredWidow();
        fixtures.need("INCOME_PROJECT", serviceA);

        assertThat(visits.attach(visit.id(), person)).isInstanceOf(VisitResult.Done.class);
        assertThat(visits.saveNeeds(visit.id(), Set.of("INCOME_PROJECT"), "veut lancer un atelier de couture")).isInstanceOf(VisitResult.Done.class);
        VisitResult closed = visits.close(visit.id(), VisitOutcome.REFERRED);

        Visit done = ((VisitResult.Done) closed).visit();
        assertThat(done.beneficiaryId()).isEqualTo(person);
        assertThat(done.needs()).containsExactly("INCOME_PROJECT");
        assertThat(done.note()).isEqualTo("veut lancer un atelier de couture");
        assertThat(done.outcome()).isEqualTo(VisitOutcome.REFERRED);
        assertThat(done.endedAt()).isNotNull();
        assertThat(tickets.currentAt(counter)).isEmpty();
        assertThat(tickets.byToken(ticket.qrToken()).orElseThrow().state()).isEqualTo(TicketState.DONE);
        assertThat(visits.saveNeeds(visit.id(), Set.of(), "")).isInstanceOf(VisitResult.NotAllowed.class);
        assertThat(visits.close(visit.id(), VisitOutcome.SERVED)).isInstanceOf(VisitResult.NotAllowed.class);
    }

    @Test
    void aPersonWhoRefusesToGiveTheirDataIsServedAnonymouslyAndTheRefusalIsRecorded() {
        Visit visit = received();

        Visit anonymous = ((VisitResult.Done) visits.goAnonymous(visit.id())).visit();

        assertThat(anonymous.anonymous()).isTrue();
        assertThat(anonymous.beneficiaryId()).isNull();
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM consent WHERE center_id = ? AND decision = 'REFUSED'")
                .param(center).query(Integer.class).single()).isEqualTo(1);
        assertThat(visits.close(visit.id(), VisitOutcome.SERVED)).isInstanceOf(VisitResult.Done.class);
    }

    @Test
    void proposalsFollowThePersonAndTheRecordedNeedsAndKeepTheAgentsDecision() {
        fixtures.need("INCOME_PROJECT", serviceA);
        long forWidows = fixtures.rule("any_situation = '{WIDOW}', any_need = '{INCOME_PROJECT}', sex = 'F'", "target_kind = 'INCUBATOR'", 10);
        long forRegistry = fixtures.rule("any_rsu_status = '{NOT_REGISTERED}', any_situation = '{WIDOW}'",
                "target_kind = 'SERVICE', service_id = " + serviceB, 20);
        fixtures.onlyRules(forWidows, forRegistry);
        Visit visit = received();
        assertThat(visits.proposals(visit.id())).as("anonymous, no needs yet").isEmpty();

        visits.attach(visit.id(), registeredWidow());
        assertThat(visits.proposals(visit.id())).extracting(p -> p.proposal().rule().id()).containsExactly(forRegistry);
        visits.saveNeeds(visit.id(), Set.of("INCOME_PROJECT"), "");
        assertThat(visits.proposals(visit.id())).extracting(p -> p.proposal().rule().id()).containsExactly(forWidows, forRegistry);

        visits.decide(visit.id(), forWidows, ProposalDecision.ACCEPTED);
        visits.decide(visit.id(), forRegistry, ProposalDecision.ACCEPTED);
        visits.decide(visit.id(), forRegistry, ProposalDecision.REJECTED);
        assertThat(visits.proposals(visit.id())).extracting(VisitProposal::decision)
                .containsExactly(ProposalDecision.ACCEPTED, ProposalDecision.REJECTED);
    }

    @Test
    void aTicketTransferredToAnotherServiceEndsItsVisitHereAndIsReceivedAfreshThere() {
        Visit first = received();
        moves.transferToService(ticket.id(), counter, serviceB);

        assertThat(visits.find(first.id()).orElseThrow().outcome()).isEqualTo(VisitOutcome.ORIENTED);
        long counterB = fixtures.jdbc().sql("SELECT id FROM counter WHERE center_id = ? AND label = '2'").param(center)
                .query(Long.class).single();
        tickets.callNext(counterB);
        Visit there = ((VisitResult.Done) visits.receive(counterB)).visit();
        assertThat(there.id()).isNotEqualTo(first.id());
        assertThat(there.serviceId()).isEqualTo(serviceB);
    }

    @Test
    void finishingFromTheQueueButtonsEndsTheOpenVisitToo() {
        Visit visit = received();
        tickets.finish(ticket.id(), counter);
        assertThat(visits.find(visit.id()).orElseThrow().outcome()).isEqualTo(VisitOutcome.SERVED);
    }

    @Test
    void unknownNeedsAndNotesTooLongOrWithControlCharactersAreRefusedAndNothingIsSaved() {
        Visit visit = received();
        assertThat(visits.saveNeeds(visit.id(), Set.of("NO_SUCH_NEED"), "")).isEqualTo(
                new VisitResult.Invalid(Map.of("needs", "visit.error.unknownNeed")));
        assertThat(visits.saveNeeds(visit.id(), Set.of(), "x".repeat(2001))).isEqualTo(
                new VisitResult.Invalid(Map.of("note", "visit.error.noteTooLong")));
        assertThat(visits.saveNeeds(visit.id(), Set.of(), "nul\u0000byte")).isEqualTo(
                new VisitResult.Invalid(Map.of("note", "intake.error.invisible")));
        String verbatim = "<script>alert(1)</script>\n'; DROP TABLE visit; --";
        assertThat(((VisitResult.Done) visits.saveNeeds(visit.id(), Set.of(), verbatim)).visit().note()).isEqualTo(verbatim);
    }

    @Test
    void anAgentOfAnotherCenterCannotSeeOrTouchTheVisit() {
        Visit visit = received();
        fixtures.signIn(fixtures.agent(fixtures.center()));
        assertThat(visits.find(visit.id())).isEmpty();
        assertThatThrownBy(() -> visits.close(visit.id(), VisitOutcome.SERVED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.saveNeeds(visit.id(), Set.of(), "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothingIsReceivedWhenTheCounterHoldsNoTicket() {
        tickets.finish(ticket.id(), counter);
        assertThat(visits.receive(counter)).isInstanceOf(VisitResult.NotAllowed.class);
    }
}
