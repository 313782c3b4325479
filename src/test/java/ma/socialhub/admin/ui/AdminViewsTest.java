package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Center;
import ma.socialhub.staff.StaffSummary;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The administration screens, driven as an administrator would, down to the database. */
class AdminViewsTest extends KaribuTest {

    @Autowired Scenario scenario;
    @Autowired PasswordEncoder passwords;

    String suffix;

    @BeforeEach
    void aSuffix() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private void asAdministrator(String route) {
        signIn(fixtures.staff(Roles.ADMIN, null, null));
        UI.getCurrent().navigate(route);
    }

    @Test
    void anAdministratorOpensAnAgentAccountThatSignsInWithAStrongPasswordOnly() {
        scenario.atANewCenter();
        asAdministrator("admin/staff");
        _click(_get(Button.class, s -> s.withClasses("admin-new")));
        String username = "agent" + suffix;
        _get(TextField.class, s -> s.withClasses("staff-username")).setValue(username);
        _get(TextField.class, s -> s.withClasses("staff-name")).setValue("Nadia Amrani");
        @SuppressWarnings("unchecked")
        ComboBox<Center> center = _get(ComboBox.class, s -> s.withClasses("staff-center"));
        center.setValue(center.getListDataView().getItems().filter(c -> c.id() == scenario.center).findFirst().orElseThrow());
        PasswordField password = _get(PasswordField.class, s -> s.withClasses("staff-password"));
        password.setValue("short");
        _click(_get(Button.class, s -> s.withClasses("admin-save")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(_get(TextField.class, s -> s.withClasses("staff-name")).getValue()).isEqualTo("Nadia Amrani");
        assertThat(count("SELECT count(*) FROM staff_account WHERE username = ?", username)).isZero();

        password.setValue("Bouregreg-Sale-2026");
        _click(_get(Button.class, s -> s.withClasses("admin-save")));

        String hash = fixtures.jdbc().sql("SELECT password_hash FROM staff_account WHERE username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).contains("$argon2id$").doesNotContain("Bouregreg");
        assertThat(passwords.matches("Bouregreg-Sale-2026", hash)).isTrue();
        assertThat(staffGrid().getListDataView().getItems().map(StaffSummary::username)).contains(username);
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'staff_account' AND action = 'CREATE' AND after->>'username' = ?",
                username)).isOne();
    }

    @Test
    void aNewCenterOpensAtOnceForItsCountersAndACounterServesWhatIsTicked() {
        long service = fixtures.service('S');
        asAdministrator("admin/centers");
        _click(_get(Button.class, s -> s.withClasses("admin-new")));
        String code = "c-" + suffix;
        _get(TextField.class, s -> s.withClasses("center-code")).setValue(code);
        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, s -> s.withClasses("center-kind"));
        kind.setValue(kind.getListDataView().getItems().findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Object> province = _get(ComboBox.class, s -> s.withClasses("center-province"));
        province.setValue(province.getListDataView().getItems().findFirst().orElseThrow());
        _get(TextField.class, s -> s.withClasses("localized-ar")).setValue("مركز الاختبار");
        _get(TextField.class, s -> s.withClasses("localized-zgh")).setValue("ⴰⵎⵔⴽⵣ");
        _get(TextField.class, s -> s.withClasses("localized-fr")).setValue("Centre d'essai");
        _get(TextField.class, s -> s.withClasses("localized-en")).setValue("Test center");
        _click(_get(Button.class, s -> s.withClasses("admin-save")));

        // the dialog comes back for the new center, with the counters part
        _get(TextField.class, s -> s.withClasses("counter-new-label")).setValue("1");
        _click(_get(Button.class, s -> s.withClasses("counter-add")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> serves = _get(CheckboxGroup.class, s -> s.withClasses("counter-serves"));
        serves.setValue(java.util.Set.of(serves.getListDataView().getItems()
                .filter(s -> s.toString().contains("id=" + service + ",")).findFirst().orElseThrow()));
        _click(_get(Button.class, s -> s.withClasses("counter-serves-save")));

        assertThat(count("""
                SELECT count(*) FROM counter_service cs JOIN counter co ON co.id = cs.counter_id JOIN center c ON c.id = co.center_id
                WHERE c.code = ? AND co.label = '1' AND cs.service_id = ?""", code, service)).isOne();
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'center' AND action = 'CREATE' AND after->>'code' = ?", code))
                .isOne();
    }

    @Test
    void aPersonsFileIsOpenedExportedAndErasedOnlyUnderTheRequestsNumber() {
        scenario.atANewCenter();
        long person = scenario.woman();
        String name = fixtures.jdbc().sql("SELECT last_name_latin FROM beneficiary WHERE id = ?").param(person).query(String.class).single();
        asAdministrator("admin/personal-data");
        _get(TextField.class, s -> s.withClasses("privacy-search-field")).setValue(name);
        _click(_get(Button.class, s -> s.withClasses("privacy-search")));
        _click(_find(Button.class, s -> s.withClasses("privacy-person")).getFirst());

        // the file and its consents, each read in the person's trail
        assertThat(fixtures.jdbc().sql("""
                SELECT detail FROM personal_data_access WHERE beneficiary_id = ? AND action = 'READ' AND screen = 'admin/personal-data'
                 ORDER BY id""").param(person).query(String.class).list()).containsExactlyInAnyOrder("adminRead", "consentsRead");

        _click(_get(Button.class, s -> s.withClasses("privacy-erase")));
        _click(_get(Button.class, s -> s.withClasses("privacy-erase-confirm")));
        TextField request = _get(TextField.class, s -> s.withClasses("privacy-erase-request"));
        assertThat(request.isInvalid()).isTrue();
        // the words of a request are refused: only its reference is kept
        request.setValue("Elle a quitté la région, demande du 20/11");
        _click(_get(Button.class, s -> s.withClasses("privacy-erase-confirm")));
        assertThat(request.getErrorMessage()).isEqualTo(t("privacy.erase.request.invalid"));
        assertThat(count("SELECT count(*) FROM beneficiary WHERE id = ? AND anonymised_at IS NULL", person)).isOne();

        request.setValue("CNDP-2026/0117");
        _click(_get(Button.class, s -> s.withClasses("privacy-erase-confirm")));

        expectNotifications(t("admin.saved"));
        assertThat(count("SELECT count(*) FROM beneficiary WHERE id = ? AND anonymised_at IS NOT NULL AND last_name_latin = ''", person))
                .isOne();
        assertThat(count("SELECT count(*) FROM personal_data_access WHERE beneficiary_id = ? AND action = 'ERASE' AND detail = ?",
                person, "erasure;request=CNDP-2026/0117")).isOne();
    }

    private int count(String sql, Object... params) {
        var statement = fixtures.jdbc().sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Integer.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffSummary> staffGrid() {
        return _get(Grid.class, s -> s.withClasses("admin-staff-grid"));
    }
}
