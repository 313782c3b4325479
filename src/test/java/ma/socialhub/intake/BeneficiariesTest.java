package ma.socialhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

@IntegrationTest
class BeneficiariesTest {

    static final Set<ConsentScope> ALL = EnumSet.allOf(ConsentScope.class);
    static final Set<ConsentScope> FILE_ONLY = Set.of(ConsentScope.PROCESSING);
    /** Fatima's birth date, printed on her ID card beside its number. */
    static final LocalDate BORN = LocalDate.of(1988, 4, 12);

    @Autowired Beneficiaries beneficiaries;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    String agent;
    String cin;
    String phone;

    @BeforeEach
    void agentAtTheirCounter() {
        center = fixtures.center();
        agent = fixtures.agent(center);
        fixtures.signIn(agent);
        // identifiers unique to this test run: the CI database is shared by every test
        int n = (int) (System.nanoTime() % 1_000_000);
        cin = "T" + String.format("%07d", n);
        phone = "06" + String.format("%08d", 10_000_000 + n);
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    PersonalDetails fatima() {
        return new PersonalDetails("فاطمة", "أمراني", "Fatima", "Amrani", Sex.F, BORN, null, cin, phone, null, "Aït Melloul",
                4, Set.of(Situation.WIDOW), null, null, null, Literacy.ARABIC, Education.PRIMARY, Employment.UNEMPLOYED,
                RsuStatus.REGISTERED, "1234567890");
    }

    Beneficiary register(PersonalDetails details, Set<ConsentScope> consent) {
        SaveResult result = beneficiaries.register(details, consent, UUID.randomUUID().toString());
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved) result).beneficiary();
    }

    @Test
    void aPersonIsRegisteredWithTheirConsentAndFoundAgainByIdCardPhoneOrName() {
        Beneficiary fatima = register(fatima(), ALL);

        assertThat(fatima.details().nationalId()).isEqualTo(cin);
        assertThat(fatima.details().phone().replace(" ", "")).isEqualTo(phone);
        assertThat(fatima.details().rsuId()).isEqualTo("1234567890");
        assertThat(fatima.consent().scopes()).isEqualTo(ALL);
        assertThat(fatima.consent().validUntil()).isAfter(LocalDate.now().plusYears(4));
        assertThat(beneficiaries.search(cin.toLowerCase())).extracting(BeneficiarySummary::id).containsExactly(fatima.id());
        assertThat(beneficiaries.search("+212 " + phone.substring(1))).extracting(BeneficiarySummary::id).containsExactly(fatima.id());
        assertThat(beneficiaries.search("amrani")).extracting(BeneficiarySummary::id).contains(fatima.id());
        BeneficiarySummary hit = beneficiaries.search(cin).getFirst();
        assertThat(hit.maskedNationalId()).isNotEqualTo(cin).endsWith(cin.substring(cin.length() - 2));
        assertThat(hit.knownHere()).isTrue();
    }

    @Test
    void nothingIsSavedWithoutTheConsentToKeepAFile() {
        SaveResult result = beneficiaries.register(fatima(), Set.of(ConsentScope.SHARING), UUID.randomUUID().toString());
        assertThat(result).isEqualTo(new SaveResult.ConsentMissing(ConsentScope.PROCESSING));
        assertThat(beneficiaries.search(cin)).isEmpty();
    }

    @Test
    void healthDataIsNotSavedWithoutTheConsentToSensitiveData() {
        PersonalDetails d = fatima();
        PersonalDetails withDisability = new PersonalDetails(d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(),
                d.lastNameLatin(), d.sex(), BORN, null, cin, "", null, "", null,
                Set.of(Situation.PERSON_WITH_DISABILITY), DisabilityType.MOTOR, null, null, null, null, null,
                RsuStatus.UNKNOWN, "");
        assertThat(beneficiaries.register(withDisability, FILE_ONLY, UUID.randomUUID().toString()))
                .isEqualTo(new SaveResult.ConsentMissing(ConsentScope.SENSITIVE));
        Beneficiary saved = register(withDisability, Set.of(ConsentScope.PROCESSING, ConsentScope.SENSITIVE));
        assertThat(saved.details().disabilityType()).isEqualTo(DisabilityType.MOTOR);
    }

    @Test
    void theSameFormSubmittedManyTimesAtOnceRegistersOnePerson() throws Exception {
        Authentication signedIn = fixtures.authentication();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (int round = 0; round < 5; round++) {
                String key = UUID.randomUUID().toString();
                PersonalDetails form = DetailsCheckTest.with(fatima(), "", "", "Fatima", "Round" + "abcde".charAt(round));
                PersonalDetails withOwnCin = new PersonalDetails("", "", form.firstNameLatin(), form.lastNameLatin(), Sex.F,
                        BORN, null, cin.substring(0, cin.length() - 1) + round, "", null, "", null, Set.of(), null, null,
                        null, null, null, null, RsuStatus.UNKNOWN, "");
                List<Future<SaveResult>> results = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    Callable<SaveResult> submit = () -> {
                        fixtures.signIn(signedIn);
                        return beneficiaries.register(withOwnCin, ALL, key);
                    };
                    results.add(pool.submit(submit));
                }
                Set<Long> ids = new HashSet<>();
                for (Future<SaveResult> result : results) {
                    assertThat(result.get()).isInstanceOf(SaveResult.Saved.class);
                    ids.add(((SaveResult.Saved) result.get()).beneficiary().id());
                }
                assertThat(ids).hasSize(1);
                assertThat(fixtures.jdbc().sql("SELECT count(*) FROM beneficiary WHERE creation_key = ?").param(key)
                        .query(Integer.class).single()).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSecondFileWithTheSameIdCardIsRefused() {
        register(fatima(), ALL);
        PersonalDetails other = DetailsCheckTest.with(fatima(), "", "", "Khadija", "Ait Baha");
        assertThat(beneficiaries.register(other, ALL, UUID.randomUUID().toString()))
                .isEqualTo(new SaveResult.Invalid(Map.of(DetailField.NATIONAL_ID, "intake.error.nationalIdTaken")));
    }

    @Test
    void anIdCardNumberComesWithTheBirthDatePrintedOnTheCard() {
        PersonalDetails withoutDate = DetailsCheckTest.birth(fatima(), null, 1988);
        assertThat(beneficiaries.register(withoutDate, ALL, UUID.randomUUID().toString()))
                .isEqualTo(new SaveResult.Invalid(Map.of(DetailField.BIRTH_DATE, "intake.error.birth.withCard")));
    }

    @Test
    void aKnownNumberTypedWithAnotherBirthDateTellsTheAgentNothingAndTellsTheSupervisor() {
        register(fatima(), ALL);
        long otherCenter = fixtures.center();
        String stranger = fixtures.agent(otherCenter);
        fixtures.signIn(stranger);
        PersonalDetails guessed = DetailsCheckTest.birth(DetailsCheckTest.with(fatima(), "", "", "Fatima", "Amrani"),
                LocalDate.of(1990, 1, 1), null);

        // the same answers as for a number nobody holds: no file here, none for this card elsewhere, a new file made
        assertThat(beneficiaries.search(cin)).isEmpty();
        assertThat(beneficiaries.fileElsewhere(cin, LocalDate.of(1990, 1, 1))).isEmpty();
        assertThat(beneficiaries.register(guessed, ALL, UUID.randomUUID().toString())).isInstanceOf(SaveResult.Saved.class);
        assertThat(fixtures.jdbc().sql("""
                SELECT a.kind || ':' || a.detail FROM access_alert a JOIN staff_account s ON s.id = a.staff_id
                 WHERE s.username = ? ORDER BY a.id
                """).param(stranger).query(String.class).list()).containsExactly("CARD_MISMATCH:search", "CARD_MISMATCH:registration");
    }

    @Test
    void likelyDuplicatesShareTheIdCardThePhoneOrTheNameAndBirthYear() {
        Beneficiary fatima = register(fatima(), ALL);
        PersonalDetails d = fatima();

        PersonalDetails sameCin = new PersonalDetails("", "", "Someone", "Else", null, null, null, cin.toLowerCase(), "",
                null, "", null, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
        assertThat(beneficiaries.likelyDuplicates(sameCin, null)).singleElement()
                .satisfies(c -> assertThat(c.reasons()).containsExactly(DuplicateReason.SAME_NATIONAL_ID))
                .satisfies(c -> assertThat(c.certain()).isTrue());

        PersonalDetails samePhone = new PersonalDetails("", "", "Someone", "Else", null, null, null, "",
                "+212" + phone.substring(1), null, "", null, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
        assertThat(beneficiaries.likelyDuplicates(samePhone, null)).extracting(DuplicateCandidate::reasons)
                .containsExactly(Set.of(DuplicateReason.SAME_PHONE));

        // the same name written in another order and case, without diacritics, born the same year
        PersonalDetails sameName = new PersonalDetails("امراني", "فاطمه", "", "", null, LocalDate.of(1988, 3, 2),
                null, "", "", null, "", null, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
        assertThat(beneficiaries.likelyDuplicates(sameName, null)).extracting(c -> c.person().id()).contains(fatima.id());
        PersonalDetails sameNameOtherYear = DetailsCheckTest.birth(sameName, null, 1990);
        assertThat(beneficiaries.likelyDuplicates(sameNameOtherYear, null)).extracting(c -> c.person().id())
                .doesNotContain(fatima.id());

        assertThat(beneficiaries.likelyDuplicates(d, fatima.id())).extracting(c -> c.person().id()).doesNotContain(fatima.id());
    }

    @Test
    void nameSearchIgnoresCaseAccentsAndDiacriticsButLooksOnlyAtTheAgentsCenter() {
        PersonalDetails d = fatima();
        Beneficiary here = register(new PersonalDetails("فَاطِمَة", "آيت باها", "Hélène", "AÏT BAHA", Sex.F, null, 1970, "", "",
                null, "", null, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, ""), ALL);
        assertThat(beneficiaries.search("فاطمه ايت")).extracting(BeneficiarySummary::id).contains(here.id());
        assertThat(beneficiaries.search("helene ait baha")).extracting(BeneficiarySummary::id).contains(here.id());

        long otherCenter = fixtures.center();
        fixtures.signIn(fixtures.agent(otherCenter));
        assertThat(beneficiaries.search("helene ait baha")).extracting(BeneficiarySummary::id).doesNotContain(here.id());
        assertThat(beneficiaries.find(here.id())).isEmpty();
        assertThatThrownBy(() -> beneficiaries.update(here.id(), 0, d, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAgentOfAnotherCenterFindsNothingOfAPersonByNumberPhoneNameOrDuplicateCheck() {
        Beneficiary fatima = register(fatima(), ALL);
        fixtures.signIn(fixtures.agent(fixtures.center()));

        assertThat(beneficiaries.search(cin)).isEmpty();
        assertThat(beneficiaries.search(phone)).isEmpty();
        assertThat(beneficiaries.search("fatima amrani")).isEmpty();
        assertThat(beneficiaries.likelyDuplicates(DetailsCheckTest.with(fatima(), "", "", "Fatima", "Amrani"), null)).isEmpty();
        assertThat(beneficiaries.find(fatima.id())).isEmpty();
    }

    @Test
    void theIdCardOfThePersonPresentBringsTheirFileFromAnotherCenterAsARecordedTransfer() {
        Beneficiary fatima = register(fatima(), ALL);
        long otherCenter = fixtures.center();
        String otherAgent = fixtures.agent(otherCenter);
        fixtures.signIn(otherAgent);

        TransferOffer offer = beneficiaries.fileElsewhere(cin.toLowerCase(), BORN).orElseThrow();
        assertThat(offer.nameLatin()).isEqualTo("Fatima Amrani");
        assertThat(offer.birthDate()).isEqualTo(BORN);
        // an altered handle, or one used by another agent, brings nothing
        assertThat(beneficiaries.transfer(offer.handle() + "x", TransferReason.MOVED)).isEmpty();
        fixtures.signIn(fixtures.agent(otherCenter));
        assertThat(beneficiaries.transfer(offer.handle(), TransferReason.MOVED)).isEmpty();
        // a receive handle is not a transfer handle
        fixtures.signIn(otherAgent);
        assertThat(beneficiaries.receive(offer.handle())).isEmpty();

        assertThat(beneficiaries.transfer(offer.handle(), TransferReason.MOVED)).map(Beneficiary::id).contains(fatima.id());
        assertThat(beneficiaries.find(fatima.id())).isPresent();
        assertThat(beneficiaries.search("fatima amrani")).extracting(BeneficiarySummary::id).contains(fatima.id());
        assertThat(fixtures.jdbc().sql("""
                SELECT a.action || ':' || a.detail FROM personal_data_access a JOIN staff_account s ON s.id = a.staff_id
                 WHERE a.beneficiary_id = ? AND s.username = ? ORDER BY a.id
                """).params(fatima.id(), otherAgent).query(String.class).list())
                .containsSubsequence("SEARCH:searchHit;how=searchByCard", "TRANSFER:transfer;reason=MOVED");
        assertThat(fixtures.jdbc().sql("""
                SELECT a.kind FROM access_alert a JOIN staff_account s ON s.id = a.staff_id
                 WHERE s.username = ? AND a.beneficiary_id = ? AND a.center_id = ?
                """).params(otherAgent, fatima.id(), otherCenter).query(String.class).list()).containsExactly("FILE_TRANSFER");
    }

    @Test
    void typingSomeoneElsesCardIntoAFileHereIsASearchByCardInHerTrailAndCountedLikeOne() {
        Beneficiary fatima = register(fatima(), ALL);
        String stranger = fixtures.agent(fixtures.center());
        fixtures.signIn(stranger);
        PersonalDetails someone = new PersonalDetails("", "", "Someone", "Here", Sex.F, LocalDate.of(1970, 1, 1), null, "", "",
                null, "", null, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
        Beneficiary here = register(someone, ALL);
        // an edit that types Fatima's card: refused, and not silently
        PersonalDetails withHerCard = DetailsCheckTest.birth(new PersonalDetails("", "", "Someone", "Here", Sex.F, BORN, null, cin,
                "", null, "", null, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, ""), BORN, null);
        assertThat(beneficiaries.update(here.id(), here.version(), withHerCard, null))
                .isEqualTo(new SaveResult.Invalid(Map.of(DetailField.NATIONAL_ID, "intake.error.fileElsewhere")));
        assertThat(fixtures.jdbc().sql("""
                SELECT a.detail FROM personal_data_access a JOIN staff_account s ON s.id = a.staff_id
                 WHERE s.username = ? AND a.action = 'SEARCH' ORDER BY a.id
                """).param(stranger).query(String.class).list()).containsExactly("searchByCard;found=1", "searchHit;how=searchByCard");
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM personal_data_access WHERE beneficiary_id = ? AND detail = 'searchHit;how=searchByCard'")
                .param(fatima.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCentersThatKnewAPersonAreToldWhenHerFileIsTakenWithoutWhoOrWhere() {
        Beneficiary fatima = register(fatima(), ALL);
        long otherCenter = fixtures.center();
        String taker = fixtures.agent(otherCenter);
        fixtures.signIn(taker);
        beneficiaries.transfer(beneficiaries.fileElsewhere(cin, BORN).orElseThrow().handle(), TransferReason.SERVICE_HERE);
        assertThat(fixtures.jdbc().sql("SELECT kind || ':' || center_id || ':' || detail FROM access_alert WHERE beneficiary_id = ? ORDER BY id")
                .param(fatima.id()).query(String.class).list())
                .containsExactly("FILE_TAKEN:" + center + ":SERVICE_HERE", "FILE_TRANSFER:" + otherCenter + ":SERVICE_HERE");
    }

    @Test
    void everyPersonASearchReturnedHasTheSearchInTheirTrail() {
        Beneficiary fatima = register(fatima(), ALL);
        beneficiaries.search("amrani");
        beneficiaries.likelyDuplicates(DetailsCheckTest.with(fatima(), "", "", "Fatima", "Amrani"), null);
        assertThat(fixtures.jdbc().sql("""
                SELECT detail FROM personal_data_access WHERE beneficiary_id = ? AND action = 'SEARCH' ORDER BY id
                """).param(fatima.id()).query(String.class).list())
                .containsExactly("searchHit;how=searchByName", "searchHit;how=duplicateCheck");
    }

    @Test
    void searchesPastTheHourlyLimitAreRefusedEvenWhenSentAtOnceAndTheSupervisorIsTold() throws Exception {
        Authentication signedIn = fixtures.authentication();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            tries.add(pool.submit(() -> {
                fixtures.signIn(signedIn);
                try {
                    beneficiaries.search("nobody by this name");
                    return true;
                } catch (TooManySearches refused) {
                    return false;
                }
            }));
        }
        int allowed = 0;
        for (Future<Boolean> done : tries) {
            allowed += done.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(allowed).isEqualTo(100);
        assertThat(fixtures.jdbc().sql("""
                SELECT a.kind FROM access_alert a JOIN staff_account s ON s.id = a.staff_id WHERE s.username = ? ORDER BY a.id
                """).param(agent).query(String.class).list()).containsExactly("SEARCH_VOLUME", "SEARCH_LIMIT");
        // an hour later the agent searches again
        clock.advance(Duration.ofMinutes(61));
        assertThat(beneficiaries.search("nobody by this name")).isEmpty();
    }

    @Test
    void theSecondOfTwoAgentsSavingTheSameFileGetsAConflictAndNothingIsOverwritten() {
        Beneficiary fatima = register(fatima(), ALL);
        PersonalDetails first = DetailsCheckTest.with(fatima.details(), "فاطمة الزهراء", "أمراني", "Fatima Zahra", "Amrani");
        PersonalDetails second = DetailsCheckTest.with(fatima.details(), "فاطمة", "العمراني", "Fatima", "El Amrani");

        assertThat(beneficiaries.update(fatima.id(), fatima.version(), first, null)).isInstanceOf(SaveResult.Saved.class);
        assertThat(beneficiaries.update(fatima.id(), fatima.version(), second, null)).isEqualTo(new SaveResult.Conflict());
        assertThat(beneficiaries.find(fatima.id()).orElseThrow().details().firstNameLatin()).isEqualTo("Fatima Zahra");
    }

    @Test
    void noIdCardPhoneOrRegistryNumberIsReadableInTheTables() {
        register(fatima(), ALL);
        String dump = fixtures.jdbc().sql("SELECT string_agg(b::text, ' ') FROM beneficiary b").query(String.class).single();
        assertThat(dump).contains("Amrani").doesNotContain(cin).doesNotContain(phone.substring(1)).doesNotContain("1234567890");
    }

    @Test
    void freeTextIsKeptVerbatimScriptAndSqlIncluded() {
        PersonalDetails d = fatima();
        String commune = "<script>alert('x')</script> '; DROP TABLE beneficiary; --";
        Beneficiary saved = register(new PersonalDetails(d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(), d.lastNameLatin(),
                d.sex(), null, 1988, "", "", null, commune, null, Set.of(), null, null, null, null, null,
                null, RsuStatus.UNKNOWN, ""), ALL);
        assertThat(saved.details().commune()).isEqualTo(commune);
    }

    @Test
    void everySearchReadAndChangeOfAPersonLeavesATraceWithWhoAndFromWhere() {
        Beneficiary fatima = register(fatima(), ALL);
        beneficiaries.search(cin);
        beneficiaries.find(fatima.id());
        beneficiaries.update(fatima.id(), fatima.version(), fatima.details(), null);

        List<String> actions = fixtures.jdbc().sql("""
                SELECT a.action FROM personal_data_access a JOIN staff_account s ON s.id = a.staff_id
                 WHERE s.username = ? ORDER BY a.id
                """).param(agent).query(String.class).list();
        assertThat(actions).containsExactly("CREATE", "CONSENT", "SEARCH", "SEARCH", "READ", "UPDATE");
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM personal_data_access WHERE beneficiary_id = ? AND action = 'READ'")
                .param(fatima.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusalIsRecordedWithoutAnyIdentity() {
        beneficiaries.recordRefusal();
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM consent WHERE center_id = ? AND decision = 'REFUSED' AND beneficiary_id IS NULL")
                .param(center).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anExpiredConsentMustBeAskedAgainBeforeTheFileChanges() {
        Beneficiary fatima = register(fatima(), ALL);
        clock.advance(Duration.ofDays(6 * 366));
        assertThat(beneficiaries.find(fatima.id()).orElseThrow().consent()).isEqualTo(ConsentStatus.NONE);
        assertThat(beneficiaries.update(fatima.id(), fatima.version(), fatima.details(), null))
                .isEqualTo(new SaveResult.ConsentMissing(ConsentScope.PROCESSING));
        assertThat(beneficiaries.update(fatima.id(), fatima.version(), fatima.details(), FILE_ONLY))
                .isInstanceOf(SaveResult.Saved.class);
    }
}
