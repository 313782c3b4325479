package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.CatalogAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The services screen: a service a citizen can come for, made, changed, refused, and in the change log. */
class ServicesViewTest extends AdminScreenTest {

    static final LocalizedText NAMES = new LocalizedText("خدمة الشباب", "ⵜⴰⵏⴰⴼⵓⵜ ⵏ ⵉⵎⴻⵥⵥⵢⴰⵏⴻⵏ", "Accueil des jeunes", "Youth desk");

    String code;
    String letter;

    @BeforeEach
    void aFreeLetter() {
        code = unique("svc");
        // the letters the fixtures never take; this test's service gives its letter back afterwards
        List<String> taken = fixtures.jdbc().sql("SELECT letter FROM social_service").query(String.class).list();
        letter = "CDEGHIJKLOPTXY".chars().mapToObj(c -> String.valueOf((char) c)).filter(l -> !taken.contains(l)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no free ticket letter left in this database"));
    }

    @AfterEach
    void giveTheLetterBack() {
        fixtures.jdbc().sql("DELETE FROM social_service WHERE code = ?").param(code).update();
    }

    @Test
    void aNewServiceIsSavedOnceEvenOnADoubleClickAndTheChangeLogSaysWhoMadeIt() {
        open("admin/services");
        click(t("admin.service.new"));
        type(textField(t("admin.code")), code);
        type(textField(t("admin.service.letter")), letter.toLowerCase());
        choose(select(t("admin.service.pictogram")), "family");
        typeIn(localized(t("admin.name")), NAMES);
        type(integerField(t("admin.service.targetWait")), 20);
        type(integerField(t("admin.service.minutes")), 12);
        Button save = button(t("admin.save"));
        // the second click of a double click reaches the server after the first one closed the dialog
        save.click();
        save.click();

        expectNotifications(t("admin.saved"));
        expectNoDialog();
        assertThat(fixtures.jdbc().sql("""
                SELECT letter || '|' || pictogram || '|' || name_fr || '|' || name_ar || '|' || target_wait_minutes || '|'
                       || service_minutes || '|' || display_order || '|' || active
                  FROM social_service WHERE code = ?""").param(code).query(String.class).list())
                .containsExactly(letter + "|family|Accueil des jeunes|خدمة الشباب|20|12|0|true");
        long id = serviceId();
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), (CatalogAdmin.ServiceRow s) -> s.id() == id)))
                .containsExactly("SvgIcon[@aria-hidden='true', @class='pictogram', @src='icons/hub.svg']", letter, "Accueil des jeunes", "20",
                        t("admin.active"));
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'social_service' AND entity_id = ?", String.valueOf(id)))
                .isOne();
        assertThat(changeLogLine(t("admin.entity.social_service"), id, t("admin.action.CREATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.social_service"), String.valueOf(id), t("admin.action.CREATE"));
    }

    @Test
    void anEditChangesTheServiceAndTheChangeLogKeepsBeforeAndAfter() {
        long id = aService();
        open("admin/services");
        clickRow(grid(), (CatalogAdmin.ServiceRow s) -> s.id() == id);
        assertThat(textField(t("admin.code")).getValue()).isEqualTo(code);
        type(integerField(t("admin.service.targetWait")), 25);
        type(checkbox(t("admin.active")), false);
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        assertThat(fixtures.jdbc().sql("SELECT target_wait_minutes || '|' || active || '|' || version FROM social_service WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("25|false|1");
        assertThat(fixtures.jdbc().sql("""
                SELECT (before->>'targetWaitMinutes') || '→' || (after->>'targetWaitMinutes') || '|' || (before->>'active') || '→'
                       || (after->>'active') FROM admin_change WHERE entity = 'social_service' AND entity_id = ? AND action = 'UPDATE'""")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("15→25|true→false");
        assertThat(changeLogLine(t("admin.entity.social_service"), id, t("admin.action.UPDATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.social_service"), String.valueOf(id), t("admin.action.UPDATE"));
    }

    @Test
    void aLetterAnotherServiceHoldsIsRefusedBesideTheLetterAndEverythingTypedStays() {
        fixtures.service('A');
        open("admin/services");
        click(t("admin.service.new"));
        type(textField(t("admin.code")), code);
        type(textField(t("admin.service.letter")), "A");
        choose(select(t("admin.service.pictogram")), "family");
        typeIn(localized(t("admin.name")), NAMES);
        click(t("admin.save"));

        assertThat(invalidMessage(textField(t("admin.service.letter")))).isEqualTo(t("admin.error.letterOrCodeTaken"));
        assertThat(textField(t("admin.code")).getValue()).isEqualTo(code);
        assertThat(localized(t("admin.name")).getValue()).isEqualTo(NAMES);
        assertThat(count("SELECT count(*) FROM social_service WHERE code = ?", code)).isZero();
    }

    @Test
    void aServiceSomeoneChangedMeanwhileIsNotOverwritten() {
        long id = aService();
        open("admin/services");
        clickRow(grid(), (CatalogAdmin.ServiceRow s) -> s.id() == id);
        // another administrator saves first
        fixtures.jdbc().sql("UPDATE social_service SET target_wait_minutes = 45, version = version + 1 WHERE id = ?").param(id).update();
        type(integerField(t("admin.service.targetWait")), 30);
        click(t("admin.save"));

        expectNotifications(t("admin.conflict"));
        assertThat(integerField(t("admin.service.targetWait")).getValue()).isEqualTo(30);
        assertThat(fixtures.jdbc().sql("SELECT target_wait_minutes FROM social_service WHERE id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(45);
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'social_service' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(id))).isZero();
    }

    @Test
    void badInputIsNamedBesideEachFieldInTheReadersLanguageAndNothingIsSaved() {
        open("admin/services");
        click(t("admin.service.new"));
        type(textField(t("admin.code")), "Accueil Jeunes!");
        type(textField(t("admin.service.letter")), "7");
        typeIn(localized(t("admin.name")), new LocalizedText("", "", "Accueil des jeunes", ""));
        type(integerField(t("admin.service.targetWait")), 0);
        click(t("admin.save"));

        assertThat(Map.of(
                "code", invalidMessage(textField(t("admin.code"))),
                "letter", invalidMessage(textField(t("admin.service.letter"))),
                "pictogram", invalidMessage(select(t("admin.service.pictogram"))),
                "name", invalidMessage(localized(t("admin.name"))),
                "target", invalidMessage(integerField(t("admin.service.targetWait"))))).isEqualTo(Map.of(
                "code", "2 à 63 minuscules, chiffres ou tirets, commençant par une lettre ou un chiffre.",
                "letter", "Une lettre majuscule, de A à Z.",
                "pictogram", "Choisissez une valeur.",
                "name", "Chaque langue a besoin de son texte (200 caractères au plus).",
                "target", "De 1 à 600 minutes."));
        assertThat(integerField(t("admin.service.minutes")).isInvalid()).isFalse();
        assertThat(textField(t("admin.code")).getValue()).isEqualTo("Accueil Jeunes!");
        assertThat(localized(t("admin.name")).getValue().fr()).isEqualTo("Accueil des jeunes");
        assertThat(count("SELECT count(*) FROM social_service WHERE name_fr = 'Accueil des jeunes' AND code LIKE ?", "%" + suffix))
                .isZero();
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'social_service' AND after->>'code' = 'Accueil Jeunes!'"))
                .isZero();
    }

    private long aService() {
        return fixtures.jdbc().sql("""
                INSERT INTO social_service (code, letter, pictogram, name_ar, name_zgh, name_fr, name_en, target_wait_minutes)
                VALUES (?, ?, 'family', 'خدمة', 'ⵜⴰⵏⴰⴼⵓⵜ', 'Service à modifier', 'Service to edit', 15) RETURNING id
                """).params(code, letter).query(Long.class).single();
    }

    private long serviceId() {
        return fixtures.jdbc().sql("SELECT id FROM social_service WHERE code = ?").param(code).query(Long.class).single();
    }
}
