package ma.socialhub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetailsCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static PersonalDetails fatima() {
        return new PersonalDetails("فاطمة", "أمراني", "Fatima", "Amrani", Sex.F, LocalDate.of(1988, 4, 12), null, "BE123456", "0612345678",
                null, "Aït Melloul", 4, Set.of(Situation.WIDOW), null, null, null, Literacy.ARABIC, Education.PRIMARY,
                Employment.UNEMPLOYED, RsuStatus.REGISTERED, "1234567890");
    }

    @Test
    void aCompleteFormHasNoProblem() {
        assertThat(DetailsCheck.problems(fatima(), TODAY)).isEmpty();
    }

    @Test
    void aPersonNeedsANameInAtLeastOneScript() {
        PersonalDetails nameless = with(fatima(), "", "", "", "");
        assertThat(DetailsCheck.problems(nameless, TODAY)).containsEntry(DetailField.FIRST_NAME_AR, "intake.error.name.required");
        assertThat(DetailsCheck.problems(with(fatima(), "", "", "Fatima", ""), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Fatima'; DROP TABLE beneficiary; --", "Fatima2", "Fatima\u202Eamirta"})
    void markupSqlDigitsAndDirectionControlsAreRefusedInALatinName(String name) {
        Map<DetailField, String> problems = DetailsCheck.problems(with(fatima(), "فاطمة", "أمراني", name, "Amrani"), TODAY);
        assertThat(problems).containsKey(DetailField.FIRST_NAME_LATIN);
    }

    @Test
    void anInvisibleDirectionControlIsNamedAsSuch() {
        assertThat(DetailsCheck.problems(with(fatima(), "فاطمة\u200F", "أمراني", "Fatima", "Amrani"), TODAY))
                .containsEntry(DetailField.FIRST_NAME_AR, "intake.error.invisible");
    }

    @Test
    void aNameInTheWrongScriptIsRefusedWithTheScriptItNeeds() {
        assertThat(DetailsCheck.problems(with(fatima(), "Fatima", "أمراني", "Fatima", "Amrani"), TODAY))
                .containsEntry(DetailField.FIRST_NAME_AR, "intake.error.name.arabic");
        assertThat(DetailsCheck.problems(with(fatima(), "فاطمة", "أمراني", "فاطمة", "Amrani"), TODAY))
                .containsEntry(DetailField.FIRST_NAME_LATIN, "intake.error.name.latin");
    }

    @Test
    void aTenThousandCharacterNameIsTooLong() {
        assertThat(DetailsCheck.problems(with(fatima(), "فاطمة", "أمراني", "F".repeat(10_000), "Amrani"), TODAY))
                .containsEntry(DetailField.FIRST_NAME_LATIN, "intake.error.tooLong");
    }

    @Test
    void aBirthInTheFutureOrMoreThan120YearsAgoIsRefused() {
        PersonalDetails d = fatima();
        assertThat(DetailsCheck.problems(birth(d, TODAY.plusDays(1), null), TODAY)).containsEntry(DetailField.BIRTH_DATE, "intake.error.birth.future");
        assertThat(DetailsCheck.problems(birth(d, null, 2027), TODAY)).containsEntry(DetailField.BIRTH_YEAR, "intake.error.birth.future");
        assertThat(DetailsCheck.problems(birth(d, null, 1890), TODAY)).containsEntry(DetailField.BIRTH_YEAR, "intake.error.birth.tooOld");
        assertThat(DetailsCheck.problems(birth(d, LocalDate.of(1990, 5, 1), 1991), TODAY)).containsEntry(DetailField.BIRTH_YEAR, "intake.error.birth.yearMismatch");
        assertThat(DetailsCheck.problems(birth(d, LocalDate.of(1990, 5, 1), null), TODAY)).isEmpty();
    }

    @Test
    void anIdCardNumberNeedsTheBirthDatePrintedOnTheCard() {
        assertThat(DetailsCheck.problems(birth(fatima(), null, 1988), TODAY))
                .containsExactly(Map.entry(DetailField.BIRTH_DATE, "intake.error.birth.withCard"));
        PersonalDetails d = fatima();
        PersonalDetails noCard = new PersonalDetails(d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(), d.lastNameLatin(), d.sex(),
                null, 1988, "", d.phone(), null, "", null, Set.of(), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
        assertThat(DetailsCheck.problems(noCard, TODAY)).as("no card, a year is enough").isEmpty();
    }

    @Test
    void wrongIdentifiersAreRefusedEachWithItsMessage() {
        PersonalDetails wrong = new PersonalDetails("فاطمة", "أمراني", "Fatima", "Amrani", Sex.M, null, 1988, "123ABC", "0612",
                null, "", 0, Set.of(), null, null, true, null, null, null, RsuStatus.REGISTERED, "12345");
        assertThat(DetailsCheck.problems(wrong, TODAY))
                .containsEntry(DetailField.NATIONAL_ID, "intake.error.nationalId")
                .containsEntry(DetailField.PHONE, "intake.error.phone")
                .containsEntry(DetailField.HOUSEHOLD_SIZE, "intake.error.household")
                .containsEntry(DetailField.PREGNANT, "intake.error.pregnantMale")
                .containsEntry(DetailField.RSU_ID, "intake.error.rsuId");
    }

    @Test
    void healthFieldsMakeTheFormSensitive() {
        assertThat(fatima().hasSensitiveData()).isFalse();
        PersonalDetails d = fatima();
        assertThat(new PersonalDetails(d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(), d.lastNameLatin(), d.sex(), null,
                1988, "", "", null, "", null, Set.of(Situation.PERSON_WITH_DISABILITY), null, null, null, null, null, null,
                RsuStatus.UNKNOWN, "").hasSensitiveData()).isTrue();
    }

    static PersonalDetails with(PersonalDetails d, String firstAr, String lastAr, String firstLatin, String lastLatin) {
        return new PersonalDetails(firstAr, lastAr, firstLatin, lastLatin, d.sex(), d.birthDate(), d.birthYear(),
                d.nationalId(), d.phone(), d.provinceId(), d.commune(), d.householdSize(), d.situations(), d.disabilityType(),
                d.chronicIllness(), d.pregnant(), d.literacy(), d.education(), d.employment(), d.rsuStatus(), d.rsuId());
    }

    static PersonalDetails birth(PersonalDetails d, LocalDate date, Integer year) {
        return new PersonalDetails(d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(), d.lastNameLatin(), d.sex(), date, year,
                d.nationalId(), d.phone(), d.provinceId(), d.commune(), d.householdSize(), d.situations(), d.disabilityType(),
                d.chronicIllness(), d.pregnant(), d.literacy(), d.education(), d.employment(), d.rsuStatus(), d.rsuId());
    }
}
