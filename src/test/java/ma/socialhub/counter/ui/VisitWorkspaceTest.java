package ma.socialhub.counter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
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
import ma.socialhub.intake.Situation;
import ma.socialhub.intake.TransferReason;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.Need;
import ma.socialhub.visit.VisitOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The visit at the counter, driven as an agent on the tablet would: tabs, fields, buttons. */
class VisitWorkspaceTest extends KaribuTest {

    @Autowired Tickets tickets;
    @Autowired Beneficiaries beneficiaries;
    @Autowired Clock clock;

    long center;
    long serviceB;
    long incubator;
    String agent;
    String surname;

    @BeforeEach
    void aWomanAtTheCounter() {
        center = fixtures.center();
        serviceB = fixtures.service('B');
        fixtures.counter(center, "1", serviceB);
        incubator = fixtures.incubator(9);
        fixtures.need("INCOME_PROJECT", serviceB);
        fixtures.need("LITERACY", serviceB);
        long jisr = fixtures.program(incubator);
        long rule = fixtures.rule("any_situation = '{WIDOW}', any_need = '{INCOME_PROJECT}', sex = 'F'",
                "target_kind = 'PROGRAM', program_id = " + jisr, 10);
        fixtures.onlyRules(rule);
        agent = fixtures.agent(center);
        surname = "Workspace" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        tickets.issue(center, serviceB, PriorityClass.STANDARD, HubLanguage.FRENCH);
        signIn(agent);
        UI.getCurrent().navigate("counter");
        chooseCounter("1");
        _click(button("counter.callNext"));
        _click(button("counter.receive"));
    }

    @Test
    void fromReceptionToAReferralAndTheCloseOfTheVisitForANewPerson() {
        _click(_get(Button.class, s -> s.withClasses("person-new")));
        consent(true, false, true);
        text("person-first-name-ar", "عائشة");
        text("person-last-name-latin", surname);
        text("person-first-name-latin", "Aicha");
        radio("person-sex", Sex.F);
        _get(IntegerField.class, s -> s.withClasses("person-birthYear")).setValue(1984);
        text("person-phone", "06 61 23 45 67");
        situations(Situation.WIDOW);
        _click(_get(Button.class, s -> s.withClasses("person-save")));
        expectNotifications(t("intake.saved"));

        // the person step now shows the file; the needs step is next
        assertThat(tabs().getSelectedIndex()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Need> needs = _get(CheckboxGroup.class, s -> s.withClasses("needs-service"));
        needs.setValue(Set.of(needs.getListDataView().getItems().filter(n -> n.code().equals("INCOME_PROJECT")).findFirst().orElseThrow()));
        _get(TextArea.class, s -> s.withClasses("needs-note")).setValue("Veut ouvrir un atelier de couture");
        _click(_get(Button.class, s -> s.withClasses("needs-save")));

        // orientation: the proposal says which rule and why; accept, then refer in one tap
        assertThat(tabs().getSelectedIndex()).isEqualTo(2);
        String because = _get(Span.class, s -> s.withClasses("proposal-because")).getText();
        assertThat(because).contains(t("situation.WIDOW")).contains(t("intake.sex.F"));
        _click(_get(Button.class, s -> s.withClasses("proposal-accept")));
        _click(_get(Button.class, s -> s.withClasses("proposal-refer")));
        expectNotifications(t("orientation.referredNow"));
        assertThat(_get(Span.class, s -> s.withClasses("proposal-referred")).getText()).contains(t("referral.status.SENT"));

        tabs().setSelectedIndex(3);
        assertThat(_get(Span.class, s -> s.withClasses("referral-status")).getText()).isEqualTo(t("referral.status.SENT"));

        tabs().setSelectedIndex(4);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VisitOutcome> outcome = _get(RadioButtonGroup.class, s -> s.withClasses("close-outcome"));
        assertThat(outcome.getValue()).as("suggested from the referral").isEqualTo(VisitOutcome.REFERRED);
        _click(_get(Button.class, s -> s.withClasses("close-visit")));
        expectNotifications(t("visit.closed"));
        assertThat(_find(TabSheet.class)).isEmpty();
        assertThat(fixtures.jdbc().sql("SELECT state FROM ticket WHERE center_id = ?").param(center).query(String.class).single())
                .isEqualTo(TicketState.DONE.name());
    }

    @Test
    void aPersonWhoSaysYesAtTheReferralIsFollowedBySmsAndANumberWithoutHerYesRefersNothing() {
        smsProvider(GatewaySettings.Kind.HTTP);
        signIn(agent);
        try {
            _click(_get(Button.class, s -> s.withClasses("person-new")));
            consent(true, false, true);
            text("person-last-name-latin", surname);
            text("person-first-name-latin", "Aicha");
            radio("person-sex", Sex.F);
            situations(Situation.WIDOW);
            _click(_get(Button.class, s -> s.withClasses("person-save")));
            expectNotifications(t("intake.saved"));
            @SuppressWarnings("unchecked")
            CheckboxGroup<Need> needs = _get(CheckboxGroup.class, s -> s.withClasses("needs-service"));
            needs.setValue(Set.of(needs.getListDataView().getItems().filter(n -> n.code().equals("INCOME_PROJECT")).findFirst().orElseThrow()));
            _click(_get(Button.class, s -> s.withClasses("needs-save")));
            _click(_get(Button.class, s -> s.withClasses("proposal-accept")));

            TextField sms = _get(TextField.class, s -> s.withClasses("proposal-sms"));
            sms.setValue("05 28 60 12 34");
            _click(_get(Button.class, s -> s.withClasses("proposal-refer")));
            assertThat(sms.getErrorMessage()).as("a landline").isEqualTo(t("phone.sms.invalid"));
            String number = "070" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
            sms.setValue(number);
            _click(_get(Button.class, s -> s.withClasses("proposal-refer")));
            assertThat(sms.getErrorMessage()).isEqualTo(t("counter.transfer.smsNeedsYes"));
            assertThat(sms.getValue()).isEqualTo(number);
            assertThat(fixtures.jdbc().sql("SELECT count(*) FROM referral WHERE center_id = ?").param(center).query(Integer.class).single())
                    .isZero();

            _get(Checkbox.class, s -> s.withClasses("proposal-sms-agreed")).setValue(true);
            _click(_get(Button.class, s -> s.withClasses("proposal-refer")));
            expectNotifications(t("orientation.referredNow"));
            assertThat(fixtures.jdbc().sql("""
                    SELECT s.source || ' ' || s.language FROM message_subscription s JOIN referral r ON r.id = s.referral_id
                     WHERE r.center_id = ?
                    """).param(center).query(String.class).single()).isEqualTo("REFERRAL fr");
        } finally {
            smsProvider(GatewaySettings.Kind.NONE);
        }
    }


    @Test
    void withoutConsentNothingIsSavedTheFormSaysWhyAndKeepsWhatWasTyped() {
        _click(_get(Button.class, s -> s.withClasses("person-new")));
        text("person-first-name-latin", "Aicha");
        text("person-last-name-latin", surname);
        _click(_get(Button.class, s -> s.withClasses("person-save")));

        assertThat(_get(Span.class, s -> s.withClasses("consent-problem")).getText())
                .isEqualTo(t("intake.consent.missing.PROCESSING"));
        assertThat(field("person-last-name-latin").getValue()).isEqualTo(surname);
        assertThat(beneficiaries.search(surname)).isEmpty();
    }

    @Test
    void badInputInEveryFieldGetsAMessageBesideItAndNothingTypedIsLost() {
        _click(_get(Button.class, s -> s.withClasses("person-new")));
        consent(true, false, false);
        String longName = "A".repeat(10_000);
        text("person-first-name-latin", longName);
        text("person-last-name-latin", "<script>alert(1)</script>");
        text("person-first-name-ar", "فاطمة\u202E");
        text("person-last-name-ar", "'; DROP TABLE beneficiary; --");
        text("person-national-id", "123-ABC");
        text("person-phone", "+33 6 12 34 56 78");
        _get(DatePicker.class, s -> s.withClasses("person-birthDate")).setValue(LocalDate.now(clock).plusYears(1));
        _click(_get(Button.class, s -> s.withClasses("person-save")));

        assertThat(field("person-first-name-latin").getErrorMessage()).isEqualTo(t("intake.error.tooLong"));
        assertThat(field("person-last-name-latin").getErrorMessage()).isEqualTo(t("intake.error.name.latin"));
        assertThat(field("person-first-name-ar").getErrorMessage()).isEqualTo(t("intake.error.invisible"));
        assertThat(field("person-last-name-ar").getErrorMessage()).isEqualTo(t("intake.error.name.arabic"));
        assertThat(field("person-national-id").getErrorMessage()).isEqualTo(t("intake.error.nationalId"));
        assertThat(field("person-phone").getErrorMessage()).isEqualTo(t("intake.error.phone"));
        assertThat(_get(DatePicker.class, s -> s.withClasses("person-birthDate")).getErrorMessage()).isEqualTo(t("intake.error.birth.future"));
        assertThat(field("person-first-name-latin").getValue()).isEqualTo(longName);
        assertThat(field("person-last-name-latin").getValue()).isEqualTo("<script>alert(1)</script>");

        // fixed, it saves
        text("person-first-name-latin", "Fatima");
        text("person-last-name-latin", surname);
        text("person-first-name-ar", "فاطمة");
        text("person-last-name-ar", "");
        text("person-national-id", "");
        text("person-phone", "");
        _get(DatePicker.class, s -> s.withClasses("person-birthDate")).clear();
        _click(_get(Button.class, s -> s.withClasses("person-save")));
        expectNotifications(t("intake.saved"));
    }

    @Test
    void aWrongValueIsSaidBesideItsFieldAsSoonAsItIsTypedAndGoesWhenCorrected() {
        _click(_get(Button.class, s -> s.withClasses("person-new")));

        text("person-phone", "12");
        assertThat(field("person-phone").isInvalid()).isTrue();
        assertThat(field("person-phone").getErrorMessage()).isEqualTo(t("intake.error.phone"));
        _get(IntegerField.class, s -> s.withClasses("person-householdSize")).setValue(40);
        assertThat(_get(IntegerField.class, s -> s.withClasses("person-householdSize")).getErrorMessage())
                .isEqualTo(t("intake.error.household"));

        text("person-phone", "0661234567");
        assertThat(field("person-phone").isInvalid()).isFalse();
        assertThat(field("person-phone").getValue()).isEqualTo("0661234567");
    }

    @Test
    void aLikelyDuplicateIsOfferedBeforeANewFileIsMadeAndCanBePicked() {
        long existing = existingPerson();
        _click(_get(Button.class, s -> s.withClasses("person-new")));
        consent(true, false, false);
        text("person-first-name-latin", surname);
        text("person-last-name-latin", "Naima");
        _get(IntegerField.class, s -> s.withClasses("person-birthYear")).setValue(1979);
        _click(_get(Button.class, s -> s.withClasses("person-save")));

        Dialog dialog = _get(Dialog.class, s -> s.withClasses("duplicates-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(Span.class, s -> s.withClasses("duplicate-reasons")).getText()).isEqualTo(t("intake.duplicates.SAME_NAME_AND_BIRTH_YEAR"));
        _click(_get(Button.class, s -> s.withClasses("duplicate-use")));

        assertThat(tabs().getSelectedIndex()).isEqualTo(1);
        assertThat(fixtures.jdbc().sql("SELECT beneficiary_id FROM visit WHERE center_id = ?").param(center).query(Long.class).single())
                .isEqualTo(existing);
    }

    @Test
    void aPersonFoundByNameIsReceivedWithOneTap() {
        long existing = existingPerson();
        tabs().setSelectedIndex(0);
        text("person-search-field", "naima " + surname.toUpperCase());
        _click(_get(Button.class, s -> s.withClasses("person-search-go")));
        _click(_get(Button.class, s -> s.withClasses("person-pick")));

        assertThat(fixtures.jdbc().sql("SELECT beneficiary_id FROM visit WHERE center_id = ?").param(center).query(Long.class).single())
                .isEqualTo(existing);
        tabs().setSelectedIndex(0);
        assertThat(_get(Span.class, s -> s.withClasses("person-summary-name")).getText()).isEqualTo("Naima " + surname);
    }

    @Test
    void aPersonKnownOnlyAtAnotherCenterIsNotFoundByNameEvenByItsExactName() {
        elsewhere("");
        tabs().setSelectedIndex(0);
        text("person-search-field", "naima " + surname);
        _click(_get(Button.class, s -> s.withClasses("person-search-go")));
        assertThat(_find(Button.class, s -> s.withClasses("person-pick"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withText(t("intake.search.none"))).isVisible()).isTrue();
    }

    @Test
    void theIdCardOfThePersonPresentBringsTheirFileFromAnotherCenterWithAReason() {
        String cin = "Q" + (System.nanoTime() % 10_000_000);
        long hers = elsewhere(cin);
        tabs().setSelectedIndex(0);
        text("elsewhere-national-id", cin);
        _get(DatePicker.class, s -> s.withClasses("elsewhere-birth-date")).setValue(LocalDate.of(1979, 3, 8));
        _click(_get(Button.class, s -> s.withClasses("elsewhere-look")));

        Dialog offer = _get(Dialog.class, s -> s.withClasses("bring-file-dialog"));
        assertThat(offer.isOpened()).isTrue();
        _click(_get(Button.class, s -> s.withClasses("bring-file-confirm")));
        assertThat(_get(Select.class, s -> s.withClasses("bring-file-reason")).isInvalid()).as("a reason is needed").isTrue();
        _get(Select.class, s -> s.withClasses("bring-file-reason")).setValue(TransferReason.MOVED);
        _click(_get(Button.class, s -> s.withClasses("bring-file-confirm")));

        assertThat(fixtures.jdbc().sql("SELECT beneficiary_id FROM visit WHERE center_id = ?").param(center).query(Long.class).single())
                .isEqualTo(hers);
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM access_alert WHERE kind = 'FILE_TRANSFER' AND beneficiary_id = ? AND center_id = ?")
                .params(hers, center).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCardWithAnotherBirthDateFindsNothingAndSaysOnlyThat() {
        String cin = "Q" + (System.nanoTime() % 10_000_000);
        elsewhere(cin);
        tabs().setSelectedIndex(0);
        text("elsewhere-national-id", cin);
        _get(DatePicker.class, s -> s.withClasses("elsewhere-birth-date")).setValue(LocalDate.of(1980, 3, 8));
        _click(_get(Button.class, s -> s.withClasses("elsewhere-look")));
        assertThat(_find(Dialog.class, s -> s.withClasses("bring-file-dialog"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withClasses("elsewhere-answer")).getText()).isEqualTo(t("intake.elsewhere.none"));
    }

    @Test
    void registeringWithTheCardOfAFileKeptElsewhereOffersToBringItInsteadOfASecondFile() {
        String cin = "Q" + (System.nanoTime() % 10_000_000);
        elsewhere(cin);
        tabs().setSelectedIndex(0);
        _click(_get(Button.class, s -> s.withClasses("person-new")));
        consent(true, false, false);
        text("person-first-name-latin", "Naima");
        text("person-last-name-latin", surname);
        text("person-national-id", cin);
        _get(DatePicker.class, s -> s.withClasses("person-birthDate")).setValue(LocalDate.of(1979, 3, 8));
        _click(_get(Button.class, s -> s.withClasses("person-save")));

        assertThat(_get(Dialog.class, s -> s.withClasses("bring-file-dialog")).isOpened()).isTrue();
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM beneficiary WHERE last_name_latin = ?").param(surname)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPersonWhoRefusesIsServedAnonymously() {
        _click(_get(Button.class, s -> s.withClasses("person-refuses")));
        _click(_get(Button.class, s -> s.withClasses("refusal-confirm")));
        tabs().setSelectedIndex(0);
        _get(Paragraph.class, s -> s.withClasses("person-anonymous"));
        assertThat(fixtures.jdbc().sql("SELECT anonymous FROM visit WHERE center_id = ?").param(center).query(Boolean.class).single()).isTrue();
    }

    @Test
    void whenAnotherAgentSavedTheFileMeanwhileTheConflictIsExplainedAndTypedChangesStay() {
        long existing = existingPerson();
        tabs().setSelectedIndex(0);
        text("person-search-field", surname);
        _click(_get(Button.class, s -> s.withClasses("person-search-go")));
        _click(_get(Button.class, s -> s.withClasses("person-pick")));
        tabs().setSelectedIndex(0);
        _click(_get(Button.class, s -> s.withClasses("person-edit")));
        text("person-commune", "Aït Melloul");

        // a colleague saves the same file meanwhile
        var me = fixtures.authentication();
        fixtures.signIn(fixtures.agent(center));
        var file = beneficiaries.find(existing).orElseThrow();
        beneficiaries.update(existing, file.version(), file.details(), null);
        fixtures.signIn(me);

        _click(_get(Button.class, s -> s.withClasses("person-save")));
        assertThat(_get(Dialog.class, s -> s.withClasses("conflict-dialog")).isOpened()).isTrue();
        _click(_get(Button.class, s -> s.withClasses("conflict-keep-mine")));
        assertThat(field("person-commune").getValue()).isEqualTo("Aït Melloul");
        _click(_get(Button.class, s -> s.withClasses("person-save")));
        expectNotifications(t("intake.saved"));
    }

    @Test
    void theWorkspaceSpeaksArabic() {
        speak(HubLanguage.ARABIC);
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("counter");
        assertThat(_get(Button.class, s -> s.withClasses("person-new")).getText()).isEqualTo("شخص جديد");
        assertThat(tabs().getTabAt(0).getLabel()).isEqualTo("1 · الشخص");
    }

    private long existingPerson() {
        PersonalDetails naima = new PersonalDetails("", "", "Naima", surname, Sex.F, null, 1979, "", "", null, "", null,
                Set.of(Situation.WIDOW), null, null, null, null, null, null, RsuStatus.UNKNOWN, "");
        return ((SaveResult.Saved) beneficiaries.register(naima, EnumSet.allOf(ConsentScope.class), UUID.randomUUID().toString()))
                .beneficiary().id();
    }

    /** Naima, registered by an agent of another center (with this ID card number, if any); the agent here signs in again. */
    private long elsewhere(String cin) {
        long other = fixtures.center();
        signIn(fixtures.agent(other));
        PersonalDetails naima = new PersonalDetails("", "", "Naima", surname, Sex.F, cin.isEmpty() ? null : LocalDate.of(1979, 3, 8),
                cin.isEmpty() ? 1979 : null, cin, "", null, "", null, Set.of(Situation.WIDOW), null, null, null, null, null, null,
                RsuStatus.UNKNOWN, "");
        long id = ((SaveResult.Saved) beneficiaries.register(naima, EnumSet.allOf(ConsentScope.class), UUID.randomUUID().toString()))
                .beneficiary().id();
        signIn(agent);
        return id;
    }

    private static TabSheet tabs() {
        return _get(TabSheet.class);
    }

    private static void consent(boolean file, boolean sensitive, boolean sharing) {
        _get(Checkbox.class, s -> s.withClasses("consent-processing")).setValue(file);
        _get(Checkbox.class, s -> s.withClasses("consent-sensitive")).setValue(sensitive);
        _get(Checkbox.class, s -> s.withClasses("consent-sharing")).setValue(sharing);
    }

    private static TextField field(String className) {
        return _get(TextField.class, s -> s.withClasses(className));
    }

    private static void text(String className, String value) {
        field(className).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> void radio(String className, T value) {
        _get(RadioButtonGroup.class, s -> s.withClasses(className)).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static void situations(Situation... values) {
        _get(CheckboxGroup.class, s -> s.withClasses("person-situations")).setValue(Set.of(values));
    }

    private static Button button(String key) {
        return _get(Button.class, s -> s.withText(t(key)));
    }
}
