package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import ma.socialhub.base.security.Roles;
import ma.socialhub.intake.PersonalDataAdmin;
import ma.socialhub.referral.AppointmentResult;
import ma.socialhub.referral.ReferRequest;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.Scenario;
import ma.socialhub.support.TestClock;
import ma.socialhub.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The messages a referral's life puts in the outbox, for a person who said yes at the counter: the
 * partner's acceptance, the first appointment and its reminder — never the partner's name — and
 * the page their link opens.
 */
@IntegrationTest
class ReferralMessagesTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate TUESDAY = LocalDate.of(2033, 5, 3);
    static final LocalDateTime NEXT_TUESDAY_TEN = TUESDAY.plusDays(7).atTime(10, 0);

    @Autowired Scenario scenario;
    @Autowired Referrals referrals;
    @Autowired Messages messages;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired PersonalDataAdmin personalData;

    long incubator;
    String partner;
    long woman;
    String number;

    @BeforeEach
    void aWomanAtTheCounterOnATuesdayMorning() {
        clock.pin(TUESDAY.atTime(10, 0).atZone(CASABLANCA).toInstant());
        scenario.atANewCenter();
        incubator = fixtures.incubator(9);
        fixtures.jdbc().sql("UPDATE partner_organization SET address = '12 rue Al Massira, Tiznit', phone = '0528 60 12 34' WHERE id = ?")
                .param(incubator).update();
        partner = fixtures.partner(incubator);
        woman = scenario.woman();
        number = MessagesTest.mobile("06");
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void whoSaidYesIsToldInHerLanguageWhenThePartnerAcceptsAndTheTextNeverNamesThePartnerNorWhy() {
        Referral referral = refer(number, "fr");
        assertThat(rows(referral)).as("nothing while the partner has not answered").isEmpty();

        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "");

        assertThat(rows(referral)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("REFERRAL_ACCEPTED");
            assertThat(row.state()).isEqualTo("QUEUED");
            assertThat(row.body()).startsWith(centerName() + " : votre orientation a été acceptée").contains("/m/")
                    .doesNotContain("Partenaire", "Projet", "org-");
        });
    }

    @Test
    void theFirstAppointmentIsToldAtOnceAndRemindedTheEveningBeforeAndMovingItReplacesTheReminder() {
        Referral referral = accepted(refer(number, "fr"));

        assertThat(appoint(referral, NEXT_TUESDAY_TEN)).isInstanceOf(AppointmentResult.Set.class);
        assertThat(rows(referral)).extracting(r -> r.kind() + " " + r.state()).containsExactly(
                "REFERRAL_ACCEPTED QUEUED", "REFERRAL_APPOINTMENT QUEUED", "REFERRAL_REMINDER QUEUED");
        assertThat(rows(referral).get(1).body()).contains("10/05", "10:00");
        assertThat(rows(referral).get(2).notBefore()).isEqualTo(TUESDAY.plusDays(6).atTime(18, 0).atZone(CASABLANCA).toInstant());

        assertThat(appoint(referral, NEXT_TUESDAY_TEN)).as("saved again as it was").isInstanceOf(AppointmentResult.Set.class);
        assertThat(rows(referral)).hasSize(3);

        assertThat(appoint(referral, NEXT_TUESDAY_TEN.plusDays(1).withHour(14))).isInstanceOf(AppointmentResult.Set.class);
        assertThat(rows(referral)).extracting(r -> r.kind() + " " + r.state()).containsExactly(
                "REFERRAL_ACCEPTED QUEUED", "REFERRAL_APPOINTMENT CANCELLED", "REFERRAL_REMINDER CANCELLED",
                "REFERRAL_APPOINTMENT QUEUED", "REFERRAL_REMINDER QUEUED");
        assertThat(rows(referral).get(3).body()).contains("11/05", "14:00");
        assertThat(forgetAfter(referral)).as("the number lasts until two days after the appointment")
                .isEqualTo(TUESDAY.plusDays(10).atStartOfDay(CASABLANCA).toInstant());

        assertThat(appoint(referral, NEXT_TUESDAY_TEN)).as("moved back").isInstanceOf(AppointmentResult.Set.class);
        assertThat(rows(referral)).extracting(r -> r.kind() + " " + r.state()).endsWith(
                "REFERRAL_APPOINTMENT CANCELLED", "REFERRAL_REMINDER CANCELLED", "REFERRAL_APPOINTMENT QUEUED", "REFERRAL_REMINDER QUEUED");
        assertThat(rows(referral).get(5).body()).contains("10/05", "10:00");
        fixtures.signIn(scenario.agent);
        assertThat(referrals.history(referral.id())).extracting(e -> e.note()).contains("→ 10/05/2033 10:00", "→ 11/05/2033 14:00");
    }

    @Test
    void theLinkTellsWhereTheReferralStandsAndOnceAcceptedWhenAndWhereToGoButNeverToWhom() {
        Referral referral = refer(number, "fr");
        String token = token(referral);

        assertThat(messages.openLink(token)).hasValueSatisfying(link -> {
            assertThat(link.ticketLink()).isNull();
            assertThat(link.language()).isEqualTo("fr");
            assertThat(link.referral().status()).isEqualTo(ReferralStatus.SENT);
            assertThat(link.referral().address()).as("not before the partner accepts").isEmpty();
            assertThat(link.referral().phone()).isEmpty();
        });

        appoint(accepted(referral), NEXT_TUESDAY_TEN);
        assertThat(messages.openLink(token)).hasValueSatisfying(link -> {
            assertThat(link.referral().status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(link.referral().firstAppointmentAt()).isEqualTo(NEXT_TUESDAY_TEN.atZone(CASABLANCA).toInstant());
            assertThat(link.referral().address()).isEqualTo("12 rue Al Massira, Tiznit");
            assertThat(link.referral().phone()).isEqualTo("0528 60 12 34");
            assertThat(link.referral().toString()).doesNotContain("Partenaire", "org-");
        });
    }

    @Test
    void aReferralThatEndsErasesTheNumberWithdrawsTheReminderAndItsLinkStopsWorking() {
        Referral referral = accepted(refer(number, "ar"));
        appoint(referral, NEXT_TUESDAY_TEN);
        String token = token(referral);

        scenario.asPartner(partner, referral, ReferralStatus.DROPPED, "La personne ne vient plus");

        assertThat(rows(referral)).filteredOn(r -> r.kind().equals("REFERRAL_REMINDER")).extracting(Row::state)
                .containsExactly("CANCELLED");
        assertThat(fixtures.jdbc().sql("SELECT phone_enc IS NULL AND phone_hash IS NULL FROM message_subscription WHERE referral_id = ?")
                .param(referral.id()).query(Boolean.class).single()).isTrue();
        assertThat(messages.openLink(token)).isEmpty();
    }

    @Test
    void erasingThePersonsFileErasesTheNumberSheGaveForHerReferralsAndStopsWhatWaits() {
        Referral referral = accepted(refer(number, "fr"));
        appoint(referral, NEXT_TUESDAY_TEN);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));

        assertThat(personalData.erase(woman, "CNDP-2033/0007")).isTrue();

        assertThat(fixtures.jdbc().sql("SELECT phone_enc IS NULL AND phone_hash IS NULL FROM message_subscription WHERE referral_id = ?")
                .param(referral.id()).query(Boolean.class).single()).isTrue();
        assertThat(rows(referral)).extracting(Row::state).doesNotContain("QUEUED");
        assertThat(messages.openLink(token(referral))).isEmpty();
    }

    @Test
    void anInstitutionsAddressIsNeverOnTheLinkForItWouldSayWhatItIs() {
        long shelter = fixtures.organization("INSTITUTION", 9, "WOMEN_SHELTER");
        fixtures.jdbc().sql("UPDATE partner_organization SET address = 'Maison Al Amane, 3 rue des Roses', phone = '0528 11 22 33' WHERE id = ?")
                .param(shelter).update();
        String shelterAccount = fixtures.partner(shelter);
        fixtures.signIn(scenario.agent);
        Visit visit = scenario.visitOf(woman);
        Referral referral = ((ReferResult.Referred) referrals.refer(new ReferRequest(woman, visit.id(), null, shelter, null, "Hébergement",
                Set.of(), number, "fr"))).referral();
        scenario.asPartner(shelterAccount, referral, ReferralStatus.ACCEPTED, "");

        assertThat(messages.openLink(token(referral))).hasValueSatisfying(link -> {
            assertThat(link.referral().status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(link.referral().address() + link.referral().phone()).isEmpty();
        });
        assertThat(rows(referral)).singleElement().extracting(Row::body).asString().doesNotContain("Amane", "Roses", "Hébergement");
    }

    @Test
    void anAgentOfAnotherCenterWhereSheIsKnownSeesTheReferralButNotWhenSheIsExpected() {
        Referral referral = accepted(refer(number, "fr"));
        appoint(referral, NEXT_TUESDAY_TEN);
        long elsewhere = fixtures.center();
        fixtures.jdbc().sql("INSERT INTO beneficiary_center (beneficiary_id, center_id, since) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")
                .params(woman, elsewhere).update();

        fixtures.signIn(fixtures.agent(elsewhere));
        assertThat(referrals.ofBeneficiary(woman)).singleElement().satisfies(seen -> {
            assertThat(seen.id()).isEqualTo(referral.id());
            assertThat(seen.firstAppointmentAt()).isNull();
        });
        assertThat(referrals.find(referral.id())).hasValueSatisfying(seen -> assertThat(seen.firstAppointmentAt()).isNull());

        fixtures.signIn(scenario.agent);
        assertThat(referrals.find(referral.id())).hasValueSatisfying(seen -> assertThat(seen.firstAppointmentAt()).isNotNull());
    }

    @Test
    void aDeclinedReferralSentOnToAnotherPartnerKeepsThePersonsYesAndHerLanguage() {
        Referral declined = refer(number, "fr");
        scenario.asPartner(partner, declined, ReferralStatus.DECLINED, "Complet");
        long other = fixtures.incubator(9);
        String otherPartner = fixtures.partner(other);

        fixtures.signIn(scenario.agent);
        Referral next = ((ReferResult.Referred) referrals.redirect(declined.id(), other, "")).referral();
        scenario.asPartner(otherPartner, next, ReferralStatus.ACCEPTED, "");

        assertThat(rows(next)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("REFERRAL_ACCEPTED");
            assertThat(row.body()).contains("votre orientation a été acceptée");
        });
        assertThat(messages.openLink(token(declined))).as("the first referral's link ends with it").isEmpty();
    }

    @Test
    void withoutANumberNothingIsSentAndANumberThatCannotReceiveTextsRefersNothing() {
        Referral silent = refer(null, "fr");
        accepted(silent);
        assertThat(rows(silent)).isEmpty();

        fixtures.signIn(scenario.agent);
        Visit visit = scenario.visitOf(woman);
        int before = referralsOf(woman);
        assertThat(referrals.refer(new ReferRequest(woman, visit.id(), null, incubator, null, "Projet", Set.of(), "0528601234", "fr")))
                .as("a landline").isInstanceOf(ReferResult.PhoneInvalid.class);
        assertThat(referrals.refer(new ReferRequest(woman, visit.id(), null, incubator, null, "06 12", Set.of(), "06 12", "fr")))
                .isInstanceOf(ReferResult.PhoneInvalid.class);
        assertThat(referralsOf(woman)).isEqualTo(before);
    }

    @Test
    void whoSaysStopFromTheLinkHearsNothingMoreAboutTheReferral() {
        Referral referral = refer(number, "fr");

        String token = token(referral);
        assertThat(messages.stopByToken(token)).isTrue();
        appoint(accepted(referral), NEXT_TUESDAY_TEN);

        assertThat(rows(referral)).isEmpty();
        assertThat(messages.openLink(token)).as("the link no longer tells where and when she is expected").isEmpty();
    }

    @Test
    void onlyThePartnerSetsTheAppointmentOnceItAcceptedInTheFutureAndOnTheVersionItSaw() {
        Referral referral = refer(number, "fr");
        assertThat(appoint(referral, NEXT_TUESDAY_TEN)).as("not yet accepted").isInstanceOf(AppointmentResult.NotNow.class);

        Referral accepted = accepted(referral);
        fixtures.signIn(scenario.agent);
        assertThat(referrals.find(accepted.id())).isPresent();
        fixtures.signIn(partner);
        int version = referrals.find(accepted.id()).orElseThrow().version();
        assertThat(referrals.setFirstAppointment(accepted.id(), version, TUESDAY.atTime(9, 0)))
                .isEqualTo(new AppointmentResult.Invalid("referral.appointment.error.past"));
        assertThat(referrals.setFirstAppointment(accepted.id(), version, TUESDAY.plusYears(2).atTime(9, 0)))
                .isEqualTo(new AppointmentResult.Invalid("referral.appointment.error.tooFar"));
        assertThat(referrals.setFirstAppointment(accepted.id(), version, NEXT_TUESDAY_TEN)).isInstanceOf(AppointmentResult.Set.class);
        assertThat(referrals.setFirstAppointment(accepted.id(), version, NEXT_TUESDAY_TEN.plusHours(1)))
                .as("decided on a version someone changed").isInstanceOf(AppointmentResult.Conflict.class);
        assertThat(referrals.find(accepted.id()).orElseThrow().firstAppointmentAt())
                .isEqualTo(NEXT_TUESDAY_TEN.atZone(CASABLANCA).toInstant());
    }

    @Test
    void theReferringCentersAgentCannotSetThePartnersAppointment() {
        Referral referral = accepted(refer(number, "fr"));
        fixtures.signIn(scenario.agent);
        int version = referrals.find(referral.id()).orElseThrow().version();

        assertThatThrownBy(() -> referrals.setFirstAppointment(referral.id(), version, NEXT_TUESDAY_TEN))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.partner(fixtures.incubator(9)));
        assertThatThrownBy(() -> referrals.setFirstAppointment(referral.id(), version, NEXT_TUESDAY_TEN))
                .as("another partner").isInstanceOf(AccessDeniedException.class);
        assertThat(rows(referral)).extracting(Row::kind).containsExactly("REFERRAL_ACCEPTED");
    }

    private Referral refer(String sms, String language) {
        fixtures.signIn(scenario.agent);
        Visit visit = scenario.visitOf(woman);
        return ((ReferResult.Referred) referrals.refer(new ReferRequest(woman, visit.id(), null, incubator, null, "Projet de couture",
                Set.of("INCOME_PROJECT"), sms, language))).referral();
    }

    private Referral accepted(Referral referral) {
        scenario.asPartner(partner, referral, ReferralStatus.ACCEPTED, "");
        fixtures.signIn(partner);
        return referrals.find(referral.id()).orElseThrow();
    }

    private AppointmentResult appoint(Referral referral, LocalDateTime at) {
        fixtures.signIn(partner);
        try {
            return referrals.setFirstAppointment(referral.id(), referrals.find(referral.id()).orElseThrow().version(), at);
        } finally {
            fixtures.signIn(scenario.agent);
        }
    }

    private String centerName() {
        return fixtures.jdbc().sql("SELECT name_fr FROM center WHERE id = ?").param(scenario.center).query(String.class).single();
    }

    private String token(Referral referral) {
        return fixtures.jdbc().sql("SELECT link_token FROM message_subscription WHERE referral_id = ?").param(referral.id())
                .query(String.class).single();
    }

    private Instant forgetAfter(Referral referral) {
        return fixtures.jdbc().sql("SELECT forget_after FROM message_subscription WHERE referral_id = ?").param(referral.id())
                .query(Timestamp.class).single().toInstant();
    }

    private int referralsOf(long beneficiary) {
        return fixtures.jdbc().sql("SELECT count(*) FROM referral WHERE beneficiary_id = ?").param(beneficiary).query(Integer.class).single();
    }

    record Row(String kind, String state, String body, Instant notBefore) {
    }

    private List<Row> rows(Referral referral) {
        return fixtures.jdbc().sql("""
                SELECT o.kind, o.state, o.body, o.not_before FROM message_outbox o
                  JOIN message_subscription s ON s.id = o.subscription_id
                 WHERE s.referral_id = ? ORDER BY o.id
                """).param(referral.id())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Timestamp.class).toInstant())).list();
    }
}
