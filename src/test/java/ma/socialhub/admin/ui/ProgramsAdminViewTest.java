package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.Map;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.directory.DirectoryAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The programs screen: a program and its targets, made, changed, refused, and in the change log. */
class ProgramsAdminViewTest extends AdminScreenTest {

    static final LocalizedText JISR = new LocalizedText("جسر للتمكين والريادة", "ⵊⵉⵙⵔ", "Jisr pour l'autonomisation et le leadership",
            "Jisr for empowerment and leadership");

    String code;

    @BeforeEach
    void aCode() {
        code = unique("jisr");
    }

    @AfterEach
    void removeThePrograms() {
        fixtures.jdbc().sql("DELETE FROM program WHERE code LIKE ?").param("%-" + suffix).update();
    }

    @Test
    void aNewProgramIsSavedWithItsTargetsAndTheChangeLogSaysWhoMadeIt() {
        open("admin/programs");
        click(t("admin.program.new"));
        type(textField(t("admin.code")), code);
        typeIn(localized(t("admin.name")), JISR);
        type(integerField(t("admin.program.nationalTarget")), 36000);
        type(integerField(t("admin.program.regionalTarget")), 3000);
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        expectNoDialog();
        assertThat(fixtures.jdbc().sql("""
                SELECT name_fr || '|' || name_ar || '|' || national_target || '|' || regional_target || '|' || active
                  FROM program WHERE code = ?""").param(code).query(String.class).list())
                .containsExactly("Jisr pour l'autonomisation et le leadership|جسر للتمكين والريادة|36000|3000|true");
        long id = programId(code);
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), (DirectoryAdmin.ProgramForm p) -> p.id() == id)))
                .containsExactly(code, "Jisr pour l'autonomisation et le leadership", "36000", "3000");
        assertThat(changeLogLine(t("admin.entity.program"), id, t("admin.action.CREATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.program"), String.valueOf(id), t("admin.action.CREATE"));
    }

    @Test
    void anEditChangesTheTargetAndTheChangeLogKeepsBeforeAndAfter() {
        long id = aProgram(code);
        open("admin/programs");
        clickRow(grid(), (DirectoryAdmin.ProgramForm p) -> p.id() == id);
        assertThat(integerField(t("admin.program.regionalTarget")).getValue()).isEqualTo(3000);
        type(integerField(t("admin.program.regionalTarget")), 3500);
        type(integerField(t("admin.program.nationalTarget")), null);
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        assertThat(fixtures.jdbc().sql("SELECT coalesce(national_target::text, '-') || '|' || regional_target || '|' || version FROM program WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("-|3500|1");
        assertThat(fixtures.jdbc().sql("""
                SELECT (before->>'nationalTarget') || '→' || coalesce(after->>'nationalTarget', 'null') || '|'
                       || (before->>'regionalTarget') || '→' || (after->>'regionalTarget')
                  FROM admin_change WHERE entity = 'program' AND entity_id = ? AND action = 'UPDATE'""")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("36000→null|3000→3500");
        assertThat(changeLogLine(t("admin.entity.program"), id, t("admin.action.UPDATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.program"), String.valueOf(id), t("admin.action.UPDATE"));
    }

    @Test
    void aCodeAnotherProgramHoldsIsRefusedBesideTheCodeAndEverythingTypedStays() {
        aProgram(unique("taken"));
        open("admin/programs");
        click(t("admin.program.new"));
        type(textField(t("admin.code")), unique("taken"));
        typeIn(localized(t("admin.name")), JISR);
        type(integerField(t("admin.program.nationalTarget")), 1200);
        click(t("admin.save"));

        assertThat(invalidMessage(textField(t("admin.code")))).isEqualTo("Ce code est déjà utilisé.");
        assertThat(localized(t("admin.name")).getValue()).isEqualTo(JISR);
        assertThat(integerField(t("admin.program.nationalTarget")).getValue()).isEqualTo(1200);
        assertThat(count("SELECT count(*) FROM program WHERE code = ?", unique("taken"))).isOne();
    }

    @Test
    void aProgramSomeoneChangedMeanwhileIsNotOverwritten() {
        long id = aProgram(code);
        open("admin/programs");
        clickRow(grid(), (DirectoryAdmin.ProgramForm p) -> p.id() == id);
        fixtures.jdbc().sql("UPDATE program SET regional_target = 2800, version = version + 1 WHERE id = ?").param(id).update();
        type(integerField(t("admin.program.regionalTarget")), 3500);
        click(t("admin.save"));

        expectNotifications(t("admin.conflict"));
        assertThat(integerField(t("admin.program.regionalTarget")).getValue()).isEqualTo(3500);
        assertThat(fixtures.jdbc().sql("SELECT regional_target FROM program WHERE id = ?").param(id).query(Integer.class).single())
                .isEqualTo(2800);
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'program' AND entity_id = ?", String.valueOf(id))).isZero();
    }

    @Test
    void badInputIsNamedBesideEachFieldInTheReadersLanguageAndNothingIsSaved() {
        open("admin/programs");
        click(t("admin.program.new"));
        type(textField(t("admin.code")), "-jisr");
        typeIn(localized(t("admin.name")), new LocalizedText("جسر", "", "Jisr", "Jisr"));
        type(integerField(t("admin.program.nationalTarget")), -5);
        type(integerField(t("admin.program.regionalTarget")), 0);
        click(t("admin.save"));

        assertThat(Map.of(
                "code", invalidMessage(textField(t("admin.code"))),
                "name", invalidMessage(localized(t("admin.name"))),
                "national", invalidMessage(integerField(t("admin.program.nationalTarget"))),
                "regional", invalidMessage(integerField(t("admin.program.regionalTarget"))))).isEqualTo(Map.of(
                "code", "2 à 63 minuscules, chiffres ou tirets, commençant par une lettre ou un chiffre.",
                "name", "Chaque langue a besoin de son texte (200 caractères au plus).",
                "national", "Un nombre de personnes, 1 au moins ; ou laissez vide.",
                "regional", "Un nombre de personnes, 1 au moins ; ou laissez vide."));
        assertThat(textField(t("admin.code")).getValue()).isEqualTo("-jisr");
        assertThat(localized(t("admin.name")).getValue()).isEqualTo(new LocalizedText("جسر", "", "Jisr", "Jisr"));
        assertThat(count("SELECT count(*) FROM program WHERE code = '-jisr'")).isZero();
    }

    private long aProgram(String programCode) {
        return fixtures.jdbc().sql("""
                INSERT INTO program (code, name_ar, name_zgh, name_fr, name_en, national_target, regional_target)
                VALUES (?, 'برنامج', 'ⴰⵖⴰⵡⴰⵙ', 'Programme à modifier', 'Program to edit', 36000, 3000) RETURNING id
                """).param(programCode).query(Long.class).single();
    }

    private long programId(String programCode) {
        return fixtures.jdbc().sql("SELECT id FROM program WHERE code = ?").param(programCode).query(Long.class).single();
    }
}
