package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import ma.socialhub.base.security.Roles;
import ma.socialhub.staff.StaffSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The staff accounts screen: an account, opened, changed, refused, its password and state, and each in the change log. */
class StaffViewTest extends AdminScreenTest {

    @Autowired PasswordEncoder passwords;

    long center;
    String centerName;
    String username;

    @BeforeEach
    void aCenterWithItsOwnName() {
        center = fixtures.center();
        centerName = "Centre " + suffix;
        fixtures.jdbc().sql("UPDATE center SET name_fr = ? WHERE id = ?").params(centerName, center).update();
        username = "agent." + suffix;
    }

    @Test
    void anAgentAccountIsOpenedWithAStrongPasswordOnlyAndTheChangeLogSaysWhoOpenedIt() {
        open("admin/staff");
        click(t("admin.staff.new"));
        type(textField(t("login.username")), username);
        type(textField(t("admin.staff.displayName")), "Nadia Amrani");
        choose(comboBox(t("admin.staff.center")), centerName);
        type(passwordField(t("login.password")), "short");
        click(t("admin.save"));

        assertThat(invalidMessage(passwordField(t("login.password")))).isEqualTo(t("password.tooShort"));
        assertThat(textField(t("admin.staff.displayName")).getValue()).isEqualTo("Nadia Amrani");
        assertThat(count("SELECT count(*) FROM staff_account WHERE username = ?", username)).isZero();

        type(passwordField(t("login.password")), "Bouregreg-Sale-2026");
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        expectNoDialog();
        String hash = fixtures.jdbc().sql("SELECT password_hash FROM staff_account WHERE username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).contains("$argon2id$").doesNotContain("Bouregreg");
        assertThat(passwords.matches("Bouregreg-Sale-2026", hash)).isTrue();
        long id = accountId(username);
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), (StaffSummary s) -> s.id() == id)))
                .containsExactly(username, "Nadia Amrani", t("role.AGENT"), centerName, "", t("admin.active"));
        assertThat(changeLogLine(t("admin.entity.staff_account"), id, t("admin.action.CREATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.staff_account"), String.valueOf(id), t("admin.action.CREATE"));
    }

    @Test
    void anAgentBecomesTheSupervisorOfARegionAndTheChangeLogKeepsBeforeAndAfter() {
        String agent = fixtures.agent(center);
        long id = accountId(agent);
        int version = fixtures.jdbc().sql("SELECT version FROM staff_account WHERE id = ?").param(id).query(Integer.class).single();
        open("admin/staff");
        clickRow(grid(), (StaffSummary s) -> s.id() == id);
        assertThat(textField(t("login.username")).isReadOnly()).isTrue();
        choose(select(t("admin.staff.role")), t("role.SUPERVISOR"));
        type(comboBox(t("admin.staff.center")), null);
        choose(comboBox(t("programs.region")), "Souss-Massa");
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        assertThat(fixtures.jdbc().sql("""
                SELECT role || '|' || coalesce(center_id::text, '-') || '|' || region_id || '|' || nation_scope || '|' || version
                  FROM staff_account WHERE id = ?""").param(id).query(String.class).single()).isEqualTo("SUPERVISOR|-|9|false|" + (version + 1));
        assertThat(fixtures.jdbc().sql("""
                SELECT (before->>'role') || '→' || (after->>'role') || '|' || (before->>'centerId') || '→'
                       || coalesce(after->>'centerId', 'null') || '|' || coalesce(before->>'regionId', 'null') || '→' || (after->>'regionId')
                  FROM admin_change WHERE entity = 'staff_account' AND entity_id = ? AND action = 'UPDATE'""")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("AGENT→SUPERVISOR|" + center + "→null|null→9");
        assertThat(changeLogLine(t("admin.entity.staff_account"), id, t("admin.action.UPDATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.staff_account"), String.valueOf(id), t("admin.action.UPDATE"));
    }

    @Test
    void aUsernameAlreadyTakenIsRefusedBesideTheUsernameAndEverythingTypedStays() {
        String taken = fixtures.agent(center);
        open("admin/staff");
        click(t("admin.staff.new"));
        type(textField(t("login.username")), taken);
        type(textField(t("admin.staff.displayName")), "Nadia Amrani");
        type(textField(t("admin.staff.email")), "nadia.amrani@entraide.ma");
        choose(comboBox(t("admin.staff.center")), centerName);
        type(passwordField(t("login.password")), "Bouregreg-Sale-2026");
        click(t("admin.save"));

        assertThat(invalidMessage(textField(t("login.username")))).isEqualTo("Ce nom d'utilisateur est déjà pris.");
        assertThat(textField(t("admin.staff.email")).getValue()).isEqualTo("nadia.amrani@entraide.ma");
        assertThat(passwordField(t("login.password")).getValue()).isEqualTo("Bouregreg-Sale-2026");
        assertThat(count("SELECT count(*) FROM staff_account WHERE display_name = 'Nadia Amrani' AND username = ?", taken)).isZero();
    }

    @Test
    void anAccountSomeoneChangedMeanwhileIsNotOverwritten() {
        long id = accountId(fixtures.agent(center));
        open("admin/staff");
        clickRow(grid(), (StaffSummary s) -> s.id() == id);
        fixtures.jdbc().sql("UPDATE staff_account SET display_name = 'Changé ailleurs', version = version + 1 WHERE id = ?").param(id)
                .update();
        type(textField(t("admin.staff.displayName")), "Nadia Amrani");
        click(t("admin.save"));

        expectNotifications(t("admin.conflict"));
        assertThat(textField(t("admin.staff.displayName")).getValue()).isEqualTo("Nadia Amrani");
        assertThat(fixtures.jdbc().sql("SELECT display_name FROM staff_account WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Changé ailleurs");
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'staff_account' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(id))).isZero();
    }

    @Test
    void badInputIsNamedBesideEachFieldInTheReadersLanguageAndNothingIsSaved() {
        open("admin/staff");
        click(t("admin.staff.new"));
        type(textField(t("login.username")), "Nadia Amrani");
        type(textField(t("admin.staff.email")), "nadia@");
        type(passwordField(t("login.password")), "aaaaaaaaaaaaaaa");
        click(t("admin.save"));

        assertThat(Map.of(
                "username", invalidMessage(textField(t("login.username"))),
                "name", invalidMessage(textField(t("admin.staff.displayName"))),
                "email", invalidMessage(textField(t("admin.staff.email"))),
                "center", invalidMessage(comboBox(t("admin.staff.center"))),
                "password", invalidMessage(passwordField(t("login.password"))))).isEqualTo(Map.of(
                "username", "3 à 64 lettres minuscules, chiffres, points, tirets ou soulignés.",
                "name", "Un nom de 1 à 100 caractères.",
                "email", "Adresse e-mail invalide.",
                "center", "Un agent travaille dans un centre : choisissez-le.",
                "password", "Utilisez davantage de caractères différents."));
        assertThat(textField(t("login.username")).getValue()).isEqualTo("Nadia Amrani");
        assertThat(count("SELECT count(*) FROM staff_account WHERE email = 'nadia@'")).isZero();
    }

    @Test
    void aNewPasswordAndADisabledAccountAreEachInTheChangeLog() {
        String agent = fixtures.agent(center);
        long id = accountId(agent);
        open("admin/staff");
        clickRow(grid(), (StaffSummary s) -> s.id() == id);
        click(t("admin.staff.resetPassword"));
        // the new password's own dialog opens over the account's
        Dialog newPassword = _get(Dialog.class, s -> s.withPredicate(d -> t("admin.staff.resetPassword").equals(d.getHeaderTitle())));
        type(passwordField(t("login.password")), agent + "-2026-bis");
        _click(_get(newPassword, Button.class, s -> s.withText(t("admin.save"))));
        assertThat(invalidMessage(passwordField(t("login.password")))).isEqualTo(t("password.containsUsername"));

        type(passwordField(t("login.password")), "Souss-Massa-Draa-2026");
        _click(_get(newPassword, Button.class, s -> s.withText(t("admin.save"))));
        expectNotifications(t("admin.saved"));
        assertThat(passwords.matches("Souss-Massa-Draa-2026", fixtures.jdbc().sql("SELECT password_hash FROM staff_account WHERE id = ?")
                .param(id).query(String.class).single())).isTrue();

        click(t("admin.staff.disable"));
        expectNoDialog();
        assertThat(count("SELECT count(*) FROM staff_account WHERE id = ? AND NOT enabled", id)).isOne();
        assertThat(changeLogLine(t("admin.entity.staff_account"), id, t("admin.action.RESET_PASSWORD")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.staff_account"), String.valueOf(id), t("admin.action.RESET_PASSWORD"));
        assertThat(changeLogLine(t("admin.entity.staff_account"), id, t("admin.action.DISABLE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.staff_account"), String.valueOf(id), t("admin.action.DISABLE"));
    }

    private long accountId(String name) {
        return fixtures.jdbc().sql("SELECT id FROM staff_account WHERE username = ?").param(name).query(Long.class).single();
    }
}
