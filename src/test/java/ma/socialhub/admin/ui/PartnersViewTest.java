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

/** The partners screen: an incubator or institution, made, changed, refused, and in the change log. */
class PartnersViewTest extends AdminScreenTest {

    static final LocalizedText NAMES = new LocalizedText("حاضنة أكادير", "ⵜⴰⵙⴳⴰ ⵏ ⴰⴳⴰⴷⵉⵔ", "Incubateur d'Agadir", "Agadir incubator");

    String code;
    String programName;
    long program;

    @BeforeEach
    void aCodeAndAProgram() {
        code = unique("inc");
        programName = "Programme " + suffix;
        program = fixtures.program();
        fixtures.jdbc().sql("UPDATE program SET name_fr = ? WHERE id = ?").params(programName, program).update();
    }

    @AfterEach
    void removeThePartners() {
        fixtures.jdbc().sql("DELETE FROM partner_program WHERE organization_id IN (SELECT id FROM partner_organization WHERE code LIKE ?)")
                .param("%-" + suffix).update();
        fixtures.jdbc().sql("DELETE FROM partner_organization WHERE code LIKE ?").param("%-" + suffix).update();
        fixtures.jdbc().sql("DELETE FROM partner_program WHERE program_id = ?").param(program).update();
        fixtures.jdbc().sql("DELETE FROM program WHERE id = ?").param(program).update();
    }

    @Test
    void aNewIncubatorIsSavedWithWhatItOffersAndTheChangeLogSaysWhoMadeIt() {
        open("admin/partners");
        click(t("admin.partner.new"));
        type(textField(t("admin.code")), code);
        choose(select(t("programs.region")), "Souss-Massa");
        typeIn(localized(t("admin.name")), NAMES);
        type(textField(t("admin.staff.email")), "contact@incubateur-agadir.ma");
        type(textField(t("admin.partner.sectors")), "agroalimentaire, artisanat local");
        type(integerField(t("admin.partner.capacity")), 40);
        tick(checkboxGroup(t("admin.partner.languages")), t("admin.language.ar"), t("admin.language.fr"));
        tick(checkboxGroup(t("admin.partner.programs")), programName);
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        expectNoDialog();
        long id = partnerId();
        assertThat(fixtures.jdbc().sql("""
                SELECT kind || '|' || coalesce(institution_type, '-') || '|' || region_id || '|' || name_fr || '|' || email || '|'
                       || array_to_string(sectors, ',') || '|' || capacity || '|' || array_to_string(languages, ',') || '|'
                       || reference || '|' || active
                  FROM partner_organization WHERE id = ?""").param(id).query(String.class).single())
                .isEqualTo("INCUBATOR|-|9|Incubateur d'Agadir|contact@incubateur-agadir.ma|AGROALIMENTAIRE,ARTISANAT_LOCAL|40|ar,fr|false|true");
        assertThat(fixtures.jdbc().sql("SELECT program_id FROM partner_program WHERE organization_id = ?").param(id).query(Long.class).list())
                .containsExactly(program);
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), (DirectoryAdmin.OrganizationForm o) -> o.id() == id)))
                .containsExactly("Souss-Massa", "Incubateur d'Agadir", t("admin.partner.incubator"), t("admin.active"));
        assertThat(changeLogLine(t("admin.entity.partner_organization"), id, t("admin.action.CREATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.partner_organization"), String.valueOf(id), t("admin.action.CREATE"));
    }

    @Test
    void anIncubatorBecomesAnInstitutionOnlyWithItsTypeAndTheChangeLogKeepsBeforeAndAfter() {
        long id = aPartner(code);
        open("admin/partners");
        clickRow(grid(), (DirectoryAdmin.OrganizationForm o) -> o.id() == id);
        choose(select(t("admin.partner.kind")), t("admin.partner.institution"));
        click(t("admin.save"));

        assertThat(invalidMessage(select(t("admin.partner.institutionType")))).isEqualTo("Choisissez une valeur.");
        assertThat(count("SELECT count(*) FROM partner_organization WHERE id = ? AND kind = 'INCUBATOR'", id)).isOne();

        choose(select(t("admin.partner.institutionType")), t("hsds.institution.WOMEN_SHELTER"));
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        assertThat(fixtures.jdbc().sql("SELECT kind || '|' || institution_type || '|' || version FROM partner_organization WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("INSTITUTION|WOMEN_SHELTER|1");
        assertThat(fixtures.jdbc().sql("""
                SELECT (before->>'kind') || '→' || (after->>'kind') || '|' || coalesce(before->>'institutionType', 'null') || '→'
                       || (after->>'institutionType')
                  FROM admin_change WHERE entity = 'partner_organization' AND entity_id = ? AND action = 'UPDATE'""")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("INCUBATOR→INSTITUTION|null→WOMEN_SHELTER");
        assertThat(changeLogLine(t("admin.entity.partner_organization"), id, t("admin.action.UPDATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.partner_organization"), String.valueOf(id), t("admin.action.UPDATE"));
    }

    @Test
    void aCodeAnotherPartnerHoldsIsRefusedBesideTheCodeAndEverythingTypedStays() {
        aPartner(unique("taken"));
        open("admin/partners");
        click(t("admin.partner.new"));
        type(textField(t("admin.code")), unique("taken"));
        typeIn(localized(t("admin.name")), NAMES);
        type(textField(t("admin.partner.address")), "Avenue Hassan II, Agadir");
        click(t("admin.save"));

        assertThat(invalidMessage(textField(t("admin.code"))))
                .isEqualTo("Ce code est déjà utilisé, ou la région a déjà son incubateur de référence.");
        assertThat(textField(t("admin.partner.address")).getValue()).isEqualTo("Avenue Hassan II, Agadir");
        assertThat(localized(t("admin.name")).getValue()).isEqualTo(NAMES);
        assertThat(count("SELECT count(*) FROM partner_organization WHERE code = ?", unique("taken"))).isOne();
    }

    @Test
    void aPartnerSomeoneChangedMeanwhileIsNotOverwritten() {
        long id = aPartner(code);
        open("admin/partners");
        clickRow(grid(), (DirectoryAdmin.OrganizationForm o) -> o.id() == id);
        fixtures.jdbc().sql("UPDATE partner_organization SET phone = '0528000000', version = version + 1 WHERE id = ?").param(id).update();
        type(textField(t("intake.phone")), "0528111111");
        click(t("admin.save"));

        expectNotifications(t("admin.conflict"));
        assertThat(textField(t("intake.phone")).getValue()).isEqualTo("0528111111");
        assertThat(fixtures.jdbc().sql("SELECT phone FROM partner_organization WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("0528000000");
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'partner_organization' AND entity_id = ?", String.valueOf(id)))
                .isZero();
    }

    @Test
    void badInputIsNamedBesideEachFieldInTheReadersLanguageAndNothingIsSaved() {
        open("admin/partners");
        click(t("admin.partner.new"));
        type(textField(t("admin.code")), code);
        typeIn(localized(t("admin.name")), new LocalizedText("", "", "Incubateur d'Agadir", "Agadir incubator"));
        type(textField(t("admin.staff.email")), "contact(at)agadir");
        type(integerField(t("admin.partner.capacity")), -3);
        click(t("admin.save"));

        assertThat(Map.of(
                "name", invalidMessage(localized(t("admin.name"))),
                "email", invalidMessage(textField(t("admin.staff.email"))),
                "capacity", invalidMessage(integerField(t("admin.partner.capacity"))))).isEqualTo(Map.of(
                "name", "Chaque langue a besoin de son texte (200 caractères au plus).",
                "email", "Adresse e-mail invalide.",
                "capacity", "Un nombre entier, 0 ou plus."));
        assertThat(textField(t("admin.code")).isInvalid()).isFalse();
        assertThat(textField(t("admin.staff.email")).getValue()).isEqualTo("contact(at)agadir");
        assertThat(integerField(t("admin.partner.capacity")).getValue()).isEqualTo(-3);
        assertThat(count("SELECT count(*) FROM partner_organization WHERE code = ?", code)).isZero();
    }

    private long aPartner(String partnerCode) {
        return fixtures.jdbc().sql("""
                INSERT INTO partner_organization (code, kind, name_ar, name_zgh, name_fr, name_en, region_id)
                VALUES (?, 'INCUBATOR', 'شريك', 'ⴰⵏⵎⵢⴰⵡⴰⵙ', 'Partenaire à modifier', 'Partner to edit', 9) RETURNING id
                """).param(partnerCode).query(Long.class).single();
    }

    private long partnerId() {
        return fixtures.jdbc().sql("SELECT id FROM partner_organization WHERE code = ?").param(code).query(Long.class).single();
    }
}
