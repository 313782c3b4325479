package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import ma.socialhub.support.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The personal data screen: a person's file found, read in their trail, and erased only under the request's number. */
class PersonalDataViewTest extends AdminScreenTest {

    @Autowired Scenario scenario;

    @Test
    void aPersonsFileIsOpenedAndErasedOnlyUnderTheRequestsNumberOnceEvenOnADoubleClick() {
        scenario.atANewCenter();
        long person = scenario.woman();
        String name = fixtures.jdbc().sql("SELECT last_name_latin FROM beneficiary WHERE id = ?").param(person).query(String.class).single();
        open("admin/personal-data");
        TextField query = _get(TextField.class, s -> s.withPlaceholder(t("intake.search.placeholder")));
        type(query, name);
        // the search button beside the field (the trail below has its own)
        _click(_get(query.getParent().orElseThrow(), Button.class, s -> s.withText(t("intake.search.go"))));
        _click(_get(Button.class, s -> s.withPredicate(b -> b.getText().contains(name))));

        // the file and its consents, each read in the person's trail
        assertThat(fixtures.jdbc().sql("""
                SELECT detail FROM personal_data_access WHERE beneficiary_id = ? AND action = 'READ' AND screen = 'admin/personal-data'
                 ORDER BY id""").param(person).query(String.class).list()).containsExactlyInAnyOrder("adminRead", "consentsRead");

        click(t("privacy.erase"));
        click(t("privacy.erase.confirm"));
        assertThat(invalidMessage(textField(t("privacy.erase.request")))).isEqualTo(t("privacy.erase.request.invalid"));
        // the words of a request are refused: only its reference is kept
        type(textField(t("privacy.erase.request")), "Elle a quitté la région, demande du 20/11");
        click(t("privacy.erase.confirm"));
        assertThat(invalidMessage(textField(t("privacy.erase.request"))))
                .isEqualTo("De 1 à 40 caractères : lettres, chiffres et / . _ - seulement.");
        assertThat(textField(t("privacy.erase.request")).getValue()).isEqualTo("Elle a quitté la région, demande du 20/11");
        assertThat(count("SELECT count(*) FROM beneficiary WHERE id = ? AND anonymised_at IS NULL", person)).isOne();

        type(textField(t("privacy.erase.request")), "CNDP-2026/0117");
        Button confirm = button(t("privacy.erase.confirm"));
        // the second click of a double click reaches the server after the first one closed the dialog
        confirm.click();
        confirm.click();

        expectNotifications(t("admin.saved"));
        expectNoDialog();
        assertThat(count("SELECT count(*) FROM beneficiary WHERE id = ? AND anonymised_at IS NOT NULL AND last_name_latin = ''", person))
                .isOne();
        assertThat(fixtures.jdbc().sql("SELECT detail FROM personal_data_access WHERE beneficiary_id = ? AND action = 'ERASE'")
                .param(person).query(String.class).list()).containsExactly("erasure;request=CNDP-2026/0117");
        assertThat(changeLogLine(t("admin.entity.beneficiary"), person, t("admin.action.ERASE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.beneficiary"), String.valueOf(person), t("admin.action.ERASE"));
    }
}
