package ma.socialhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ma.socialhub.base.security.Roles;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.DisabilityType;
import ma.socialhub.intake.PersonalDataAdmin;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.Scenario;
import ma.socialhub.visit.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A person's rights over their data: export, erasure, and the retention that forgets them in time. */
@IntegrationTest
class PersonalDataTest {

    @Autowired Scenario scenario;
    @Autowired Fixtures fixtures;
    @Autowired Beneficiaries beneficiaries;
    @Autowired PersonalDataAdmin personalData;
    @Autowired PersonalDataRequests requests;
    @Autowired Visits visits;
    @Autowired RetentionJob retention;
    @Autowired Referrals referrals;

    String surname;
    String cin;
    long person;
    Referral referral;
    String admin;

    @BeforeEach
    void aPersonWithAVisitAndAReferral() {
        scenario.atANewCenter();
        surname = "Privacy" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        cin = "P" + (System.nanoTime() % 10_000_000);
        PersonalDetails d = new PersonalDetails("سعاد", "الإدريسي", "Souad", surname, Sex.F, LocalDate.of(1979, 6, 2),
                null, cin, "0661234567", null,
                "Tiznit", 5, Set.of(Situation.WIDOW, Situation.PERSON_WITH_DISABILITY), DisabilityType.MOTOR,
                null, null, null, null, null, RsuStatus.NOT_REGISTERED, "");
        person = ((SaveResult.Saved) beneficiaries.register(d, EnumSet.allOf(ConsentScope.class), UUID.randomUUID().toString()))
                .beneficiary().id();
        referral = scenario.refer(person, fixtures.incubator(9), null);
        fixtures.jdbc().sql("UPDATE visit SET note = 'Elle vit chez sa sœur, rue des Orangers' WHERE id = ?")
                .param(referral.visitId()).update();
        admin = fixtures.staff(Roles.ADMIN, null, null);
        fixtures.signIn(admin);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void theExportHoldsTheFileConsentsVisitsReferralsAndAccessesAndIsItselfAudited() throws Exception {
        JsonNode export = new ObjectMapper().readTree(requests.json(person).orElseThrow());

        assertThat(export.at("/file/details/lastNameLatin").asString()).isEqualTo(surname);
        assertThat(export.at("/file/details/nationalId").asString()).isEqualTo(cin);
        assertThat(export.get("consents")).hasSize(1);
        assertThat(export.at("/visits/0/note").asString()).contains("Orangers");
        assertThat(export.at("/referrals/0/referral/reason").asString()).isEqualTo("Projet");
        assertThat(export.at("/referrals/0/history")).hasSize(2);
        assertThat(export.get("accesses").size()).isPositive();

        byte[] pdf = requests.pdf(person, "fr").orElseThrow();
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        String text = IntStream.rangeClosed(1, reader.getNumberOfPages()).mapToObj(page -> {
            try {
                return new PdfTextExtractor(reader).getTextFromPage(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).collect(Collectors.joining("\n"));
        // the person reads who looked at their file in their language, not in codes
        assertThat(text).contains(surname).contains(cin).contains("Dossier créé").contains("Export (json)").doesNotContain("registered");

        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM personal_data_access WHERE beneficiary_id = ? AND action = 'EXPORT'")
                .param(person).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void erasureEmptiesTheFileUnlinksTheVisitsAndKeepsOnlyTheRequestsNumberAndTheCounts() {
        int referralsBefore = fixtures.jdbc().sql("SELECT referrals FROM referral_status_count WHERE organization_id = ? AND status = 'SENT'")
                .param(referral.organizationId()).query(Integer.class).single();

        // the request's words often say why a person asks (she fled, she moved): only its number is taken
        assertThatThrownBy(() -> personalData.erase(person, "Elle a fui son mari, demande du 23/11"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(personalData.erase(person, "CNDP-2026/0042")).isTrue();
        assertThat(personalData.erase(person, "CNDP-2026/0042")).as("once").isFalse();

        String row = fixtures.jdbc().sql("SELECT b::text FROM beneficiary b WHERE id = ?").param(person).query(String.class).single();
        assertThat(row).doesNotContain(surname).doesNotContain("سعاد").doesNotContain("Tiznit").doesNotContain("MOTOR")
                .doesNotContain("PERSON_WITH_DISABILITY").doesNotContain("WIDOW").doesNotContain("NOT_REGISTERED");
        // no quasi-identifier is left either: sex, year of birth, place, household, who registered and where
        assertThat(fixtures.jdbc().sql("""
                SELECT num_nonnulls(sex, birth_date, birth_year, province_id, household_size, literacy, education, employment,
                                    cin_hash, phone_hash, registered_center_id, created_by, updated_by)
                       || ':' || cardinality(situations) || ':' || commune || name_search
                  FROM beneficiary WHERE id = ?
                """).param(person).query(String.class).single()).isEqualTo("0:0:");
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM beneficiary_center WHERE beneficiary_id = ?").param(person)
                .query(Integer.class).single()).isZero();
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM consent WHERE beneficiary_id = ?").param(person)
                .query(Integer.class).single()).isZero();
        assertThat(fixtures.jdbc().sql("SELECT coalesce(beneficiary_id::text, '') || note FROM visit WHERE id = ?")
                .param(referral.visitId()).query(String.class).single()).isEmpty();
        assertThat(fixtures.jdbc().sql("SELECT reason || coalesce(person_sex, '') || coalesce(visit_id::text, '') FROM referral WHERE id = ?")
                .param(referral.id()).query(String.class).single()).isEqualTo("—");
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM program_participant WHERE beneficiary_id = ?").param(person)
                .query(Integer.class).single()).isZero();
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM access_alert WHERE beneficiary_id = ?").param(person)
                .query(Integer.class).single()).isZero();
        assertThat(personalData.search(cin)).isEmpty();
        assertThat(personalData.search(surname)).isEmpty();
        assertThat(fixtures.jdbc().sql("SELECT referrals FROM referral_status_count WHERE organization_id = ? AND status = 'SENT'")
                .param(referral.organizationId()).query(Integer.class).single()).isEqualTo(referralsBefore);
        // the trail keeps that it happened, by whom, under which request — and nothing typed about the person
        assertThat(personalData.accessLog(new PersonalDataAdmin.AccessQuery(person, admin, "ERASE", null, null), 10))
                .singleElement().extracting(PersonalDataAdmin.AccessEntry::detail).isEqualTo("erasure;request=CNDP-2026/0042");
        assertThat(fixtures.jdbc().sql("SELECT after::text FROM admin_change WHERE entity = 'beneficiary' AND entity_id = ? AND action = 'ERASE'")
                .param(String.valueOf(person)).query(String.class).single()).isEqualTo("{\"request\": \"CNDP-2026/0042\"}");
    }

    @Test
    void theRetentionJobForgetsPeopleNotSeenForTheConfiguredYearsUnlessAPartnerStillAccompaniesThem() {
        fixtures.signIn(scenario.agent);
        long recent = scenario.woman();
        fixtures.jdbc().sql("UPDATE beneficiary SET last_seen_at = now() - interval '6 years' WHERE id = ?").param(person).update();
        fixtures.signIn(admin);

        retention.run();
        // the referral is still waiting for the partner's answer: the file is in use
        assertThat(fixtures.jdbc().sql("SELECT anonymised_at IS NULL FROM beneficiary WHERE id = ?").param(person)
                .query(Boolean.class).single()).isTrue();

        fixtures.signIn(scenario.agent);
        String partner = fixtures.staff(Roles.INCUBATOR, null, referral.organizationId());
        scenario.asPartner(partner, referral, ReferralStatus.DECLINED, "Pas de place cette année");
        fixtures.signIn(admin);
        int done = retention.run();

        assertThat(done).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.jdbc().sql("SELECT anonymised_at IS NOT NULL FROM beneficiary WHERE id = ?").param(person)
                .query(Boolean.class).single()).isTrue();
        assertThat(fixtures.jdbc().sql("SELECT anonymised_at IS NULL FROM beneficiary WHERE id = ?").param(recent)
                .query(Boolean.class).single()).isTrue();
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM personal_data_access WHERE beneficiary_id = ? AND action = 'ANONYMISE'")
                .param(person).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void readingAPersonsConsentsReferralsHistoryAndStepsIsInTheirTrail() {
        personalData.consents(person);
        fixtures.signIn(scenario.agent);
        referrals.ofBeneficiary(person);
        referrals.history(referral.id());
        referrals.steps(referral.id());
        String partner = fixtures.staff(Roles.INCUBATOR, null, referral.organizationId());
        fixtures.signIn(partner);
        referrals.history(referral.id());

        assertThat(fixtures.jdbc().sql("""
                SELECT coalesce(s.username, '') || ' ' || a.detail FROM personal_data_access a JOIN staff_account s ON s.id = a.staff_id
                 WHERE a.beneficiary_id = ? AND a.action = 'READ' AND a.detail NOT IN ('fileOpened', 'received')
                 ORDER BY a.id
                """).param(person).query(String.class).list()).containsExactly(
                admin + " consentsRead",
                scenario.agent + " referralsRead;count=1",
                scenario.agent + " referralHistory;referral=" + referral.id(),
                scenario.agent + " referralSteps;referral=" + referral.id(),
                partner + " referralHistory;referral=" + referral.id());
    }

    @Test
    void theTrailShowsWhoLookedAtAPersonAndCanBeNarrowedDown() {
        List<PersonalDataAdmin.AccessEntry> all = personalData.accessLog(
                new PersonalDataAdmin.AccessQuery(person, null, null, null, null), 100);
        assertThat(all).extracting(PersonalDataAdmin.AccessEntry::action).contains("CREATE", "CONSENT", "READ");
        assertThat(all).extracting(PersonalDataAdmin.AccessEntry::staff).contains(scenario.agent);
        assertThat(personalData.accessLog(new PersonalDataAdmin.AccessQuery(person, scenario.agent, "CREATE", null, null), 100))
                .singleElement().extracting(PersonalDataAdmin.AccessEntry::screen).isNotNull();
        assertThat(personalData.accessLog(new PersonalDataAdmin.AccessQuery(person, "nobody-at-all", null, null, null), 100)).isEmpty();
    }
}
