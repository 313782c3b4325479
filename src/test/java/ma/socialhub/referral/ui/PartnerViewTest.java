package ma.socialhub.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalTime;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.support.Scenario;
import ma.socialhub.referral.StepKind;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartnerViewTest extends KaribuTest {

    @Autowired Scenario scenario;
    @Autowired Referrals referrals;

    long incubator;
    String partner;
    Referral referral;

    @BeforeEach
    void aReferralAddressedToThePartner() {
        scenario.atANewCenter();
        incubator = fixtures.incubator(9);
        partner = fixtures.partner(incubator);
        referral = scenario.refer(scenario.woman(), incubator, null);
        fixtures.signOut();
        signIn(partner);
        UI.getCurrent().navigate("partner");
    }

    @Test
    void thePartnerAcceptsStartsRecordsAStepAndCompletesAndEachStepIsDated() {
        Grid<Referral> grid = grid();
        assertThat(grid.getListDataView().getItems()).extracting(Referral::id).containsExactly(referral.id());
        grid.select(grid.getListDataView().getItems().findFirst().orElseThrow());
        // the partner decides on a profile: who the person is shows once the referral is accepted
        assertThat(_get(H2.class).getText()).isEqualTo(t("partner.personNotYet"));

        _click(_get(Button.class, s -> s.withClasses("partner-accepted")));
        expectNotifications(t("partner.moved"));
        _get(Tabs.class).setSelectedIndex(1);
        grid.select(grid.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_get(H2.class).getText()).contains("Naima");
        _click(_get(Button.class, s -> s.withClasses("partner-in-accompaniment")));
        expectNotifications(t("partner.moved"));

        @SuppressWarnings("unchecked")
        Select<StepKind> kind = _get(Select.class, s -> s.withClasses("step-kind"));
        kind.setValue(StepKind.BUSINESS_PLAN);
        _get(TextArea.class, s -> s.withClasses("step-note")).setValue("Plan validé avec la bénéficiaire");
        _click(_get(Button.class, s -> s.withClasses("step-record")));
        expectNotifications(t("referral.step.recorded"));
        assertThat(_find(Div.class, s -> s.withClasses("accompaniment-step"))).hasSize(1);

        _click(_get(Button.class, s -> s.withClasses("partner-completed")));
        _click(_get(Button.class, s -> s.withClasses("note-dialog-confirm")));
        assertThat(fixtures.jdbc().sql("SELECT status || ':' || outcome FROM referral WHERE id = ?").param(referral.id())
                .query(String.class).single()).isEqualTo("COMPLETED:PROJECT_LAUNCHED");
        // closed: the referral shows its outcome, and no longer the person
        assertThat(_get(H2.class).getText()).isEqualTo(t("partner.personHidden"));
    }

    @Test
    void declineAsksWhyAndKeepsTheDialogOpenUntilItIsSaid() {
        grid().select(grid().getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withClasses("partner-declined")));
        _click(_get(Button.class, s -> s.withClasses("note-dialog-confirm")));
        TextArea note = _get(TextArea.class, s -> s.withClasses("note-dialog-text"));
        assertThat(note.getErrorMessage()).isEqualTo(t("partner.noteRequired"));
        assertThat(_get(Dialog.class, s -> s.withClasses("note-dialog")).isOpened()).isTrue();

        note.setValue("Capacité atteinte jusqu'en juin");
        _click(_get(Button.class, s -> s.withClasses("note-dialog-confirm")));
        assertThat(fixtures.jdbc().sql("SELECT status FROM referral WHERE id = ?").param(referral.id()).query(String.class).single())
                .isEqualTo(ReferralStatus.DECLINED.name());
    }

    @Test
    void aStepInTheFutureGetsItsMessageBesideTheDate() {
        fixtures.signIn(partner);
        referrals.move(referral.id(), referral.version(), ReferralStatus.ACCEPTED, "");
        Referral accepted = referrals.find(referral.id()).orElseThrow();
        referrals.move(accepted.id(), accepted.version(), ReferralStatus.IN_ACCOMPANIMENT, "");
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("partner");
        _get(Tabs.class).setSelectedIndex(1);
        grid().select(grid().getListDataView().getItems().findFirst().orElseThrow());
        DatePicker date = _get(DatePicker.class, s -> s.withClasses("step-date"));
        date.setValue(LocalDate.now().plusDays(3));
        _click(_get(Button.class, s -> s.withClasses("step-record")));
        assertThat(date.getErrorMessage()).isEqualTo(t("referral.step.error.future"));
    }

    @Test
    void thePartnerSetsTheFirstAppointmentOnceItAcceptedAndAPastTimeGetsItsMessage() {
        fixtures.signIn(partner);
        referrals.move(referral.id(), referral.version(), ReferralStatus.ACCEPTED, "");
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("partner");
        _get(Tabs.class).setSelectedIndex(1);
        grid().select(grid().getListDataView().getItems().findFirst().orElseThrow());
        DatePicker day = _get(DatePicker.class, s -> s.withClasses("appointment-day"));
        TimePicker time = _get(TimePicker.class, s -> s.withClasses("appointment-time"));

        LocalDate today = referrals.today(referrals.find(referral.id()).orElseThrow());
        day.setValue(today);
        time.setValue(LocalTime.of(0, 0));
        _click(_get(Button.class, s -> s.withClasses("appointment-save")));
        assertThat(day.getErrorMessage()).isEqualTo(t("referral.appointment.error.past"));

        day.setValue(today.plusDays(5));
        time.setValue(LocalTime.of(9, 30));
        _click(_get(Button.class, s -> s.withClasses("appointment-save")));
        expectNotifications(t("referral.appointment.saved"));
        assertThat(referrals.find(referral.id()).orElseThrow().firstAppointmentAt())
                .isEqualTo(today.plusDays(5).atTime(9, 30).atZone(referrals.zoneOf(referral)).toInstant());
        assertThat(_get(TimePicker.class, s -> s.withClasses("appointment-time")).getValue()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void anotherPartnerSeesNothingOfIt() {
        signIn(fixtures.partner(fixtures.incubator(9)));
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("partner");
        assertThat(grid().getListDataView().getItems()).isEmpty();
    }

    @Test
    void theDeskSpeaksArabic() {
        speak(HubLanguage.ARABIC);
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("partner");
        assertThat(_get(H1.class).getText()).isEqualTo("الإحالات الواردة");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Referral> grid() {
        return _get(Grid.class, s -> s.withClasses("partner-grid"));
    }
}
