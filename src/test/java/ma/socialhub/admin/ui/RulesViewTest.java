package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.Map;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.orientation.RulesAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orientation rules screen: a rule, made, changed, refused, and in the change log. The rules a
 * test makes are removed after it, so that no other test is proposed what they propose.
 */
class RulesViewTest extends AdminScreenTest {

    static final LocalizedText TITLE = new LocalizedText("مواكبة مشروع", "ⴰⵙⵏⵓⵔⵏ ⵏ ⵓⵙⵏⴼⴰⵔ", "Accompagner un projet", "Support a project");
    static final LocalizedText REASON = new LocalizedText("لأنك تريدين مشروعا", "ⴰⵛⴽⵓ ⵜⵅⵙⵜ ⴰⵙⵏⴼⴰⵔ", "Parce que vous voulez lancer un projet",
            "Because you want to start a project");

    String code;
    String need;
    String programName;
    long program;

    @BeforeEach
    void aNeedAndAProgram() {
        code = unique("rule");
        need = fixtures.need("INCOME_PROJECT");
        programName = "Programme " + suffix;
        program = fixtures.program();
        fixtures.jdbc().sql("UPDATE program SET name_fr = ? WHERE id = ?").params(programName, program).update();
    }

    @AfterEach
    void removeTheRules() {
        fixtures.jdbc().sql("DELETE FROM orientation_rule WHERE code LIKE ?").param("%-" + suffix).update();
        fixtures.jdbc().sql("DELETE FROM program WHERE id = ?").param(program).update();
    }

    @Test
    void aNewRuleIsSavedWithItsCriterionAndTargetAndTheChangeLogSaysWhoMadeIt() {
        open("admin/rules");
        click(t("admin.rule.new"));
        type(textField(t("admin.code")), code);
        type(integerField(t("admin.rule.priority")), 40);
        typeIn(localized(t("admin.rule.title")), TITLE);
        typeIn(localized(t("admin.rule.reason")), REASON);
        tick(checkboxGroup(t("admin.rule.anyNeed")), "Besoin INCOME_PROJECT");
        tick(checkboxGroup(t("admin.rule.anySituation")), t("situation.SINGLE_MOTHER"), t("situation.WIDOW"));
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        expectNoDialog();
        long id = ruleId();
        assertThat(fixtures.jdbc().sql("""
                SELECT priority || '|' || title_fr || '|' || reason_ar || '|' || array_to_string(any_need, ',') || '|'
                       || array_to_string(any_situation, ',') || '|' || target_kind || '|' || active
                  FROM orientation_rule WHERE id = ?""").param(id).query(String.class).single())
                .isEqualTo("40|Accompagner un projet|لأنك تريدين مشروعا|INCOME_PROJECT|SINGLE_MOTHER,WIDOW|INCUBATOR|true");
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), (RulesAdmin.RuleForm r) -> r.id() == id)))
                .containsExactly("40", code, "Accompagner un projet", t("admin.rule.target.INCUBATOR"), t("admin.active"));
        assertThat(changeLogLine(t("admin.entity.orientation_rule"), id, t("admin.action.CREATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.orientation_rule"), String.valueOf(id), t("admin.action.CREATE"));
    }

    @Test
    void aRuleThatProposesAProgramNamesItAndTheChangeLogKeepsBeforeAndAfter() {
        long id = aRule(code);
        open("admin/rules");
        clickRow(grid(), (RulesAdmin.RuleForm r) -> r.id() == id);
        choose(select(t("admin.rule.target")), t("admin.rule.target.PROGRAM"));
        click(t("admin.save"));

        assertThat(invalidMessage(select(t("partner.program")))).isEqualTo(t("admin.rule.error.target"));
        assertThat(count("SELECT count(*) FROM orientation_rule WHERE id = ? AND target_kind = 'INCUBATOR'", id)).isOne();

        choose(select(t("partner.program")), programName);
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        assertThat(fixtures.jdbc().sql("SELECT target_kind || '|' || program_id || '|' || version FROM orientation_rule WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("PROGRAM|" + program + "|1");
        assertThat(fixtures.jdbc().sql("""
                SELECT (before->>'targetKind') || '→' || (after->>'targetKind') || '|' || coalesce(before->>'programId', 'null') || '→'
                       || (after->>'programId')
                  FROM admin_change WHERE entity = 'orientation_rule' AND entity_id = ? AND action = 'UPDATE'""")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("INCUBATOR→PROGRAM|null→" + program);
        assertThat(changeLogLine(t("admin.entity.orientation_rule"), id, t("admin.action.UPDATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.orientation_rule"), String.valueOf(id), t("admin.action.UPDATE"));
    }

    @Test
    void aCodeAnotherRuleHoldsIsRefusedBesideTheCodeAndEverythingTypedStays() {
        aRule(unique("taken"));
        open("admin/rules");
        click(t("admin.rule.new"));
        type(textField(t("admin.code")), unique("taken"));
        typeIn(localized(t("admin.rule.title")), TITLE);
        typeIn(localized(t("admin.rule.reason")), REASON);
        type(integerField(t("admin.rule.minAge")), 18);
        click(t("admin.save"));

        assertThat(invalidMessage(textField(t("admin.code")))).isEqualTo("Ce code est déjà utilisé.");
        assertThat(localized(t("admin.rule.reason")).getValue()).isEqualTo(REASON);
        assertThat(integerField(t("admin.rule.minAge")).getValue()).isEqualTo(18);
        assertThat(count("SELECT count(*) FROM orientation_rule WHERE code = ?", unique("taken"))).isOne();
    }

    @Test
    void aRuleSomeoneChangedMeanwhileIsNotOverwritten() {
        long id = aRule(code);
        open("admin/rules");
        clickRow(grid(), (RulesAdmin.RuleForm r) -> r.id() == id);
        fixtures.jdbc().sql("UPDATE orientation_rule SET priority = 5, version = version + 1 WHERE id = ?").param(id).update();
        type(integerField(t("admin.rule.priority")), 60);
        click(t("admin.save"));

        expectNotifications(t("admin.conflict"));
        assertThat(integerField(t("admin.rule.priority")).getValue()).isEqualTo(60);
        assertThat(fixtures.jdbc().sql("SELECT priority FROM orientation_rule WHERE id = ?").param(id).query(Integer.class).single())
                .isEqualTo(5);
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'orientation_rule' AND entity_id = ?", String.valueOf(id)))
                .isZero();
    }

    @Test
    void badInputIsNamedBesideItsFieldAndARuleWithoutCriterionIsRefusedBesideTheNeeds() {
        open("admin/rules");
        click(t("admin.rule.new"));
        type(textField(t("admin.code")), code);
        typeIn(localized(t("admin.rule.title")), TITLE);
        typeIn(localized(t("admin.rule.reason")), new LocalizedText("لأن", "", "Parce que", "Because"));
        type(integerField(t("admin.rule.minAge")), 90);
        type(integerField(t("admin.rule.maxAge")), 20);
        click(t("admin.save"));

        assertThat(Map.of(
                "reason", invalidMessage(localized(t("admin.rule.reason"))),
                "maxAge", invalidMessage(integerField(t("admin.rule.maxAge"))))).isEqualTo(Map.of(
                "reason", "Chaque langue a besoin de son texte (200 caractères au plus).",
                "maxAge", "Âges de 0 à 120, le premier pas au-dessus du second."));
        assertThat(integerField(t("admin.rule.minAge")).getValue()).isEqualTo(90);

        // the ages and the reason put right, no criterion is left: the service refuses, beside the needs
        type(integerField(t("admin.rule.minAge")), null);
        type(integerField(t("admin.rule.maxAge")), null);
        typeIn(localized(t("admin.rule.reason")), REASON);
        click(t("admin.save"));

        assertThat(invalidMessage(checkboxGroup(t("admin.rule.anyNeed"))))
                .isEqualTo("Indiquez au moins un critère : une règle sans critère proposerait la même chose à tous.");
        assertThat(localized(t("admin.rule.title")).getValue()).isEqualTo(TITLE);
        assertThat(count("SELECT count(*) FROM orientation_rule WHERE code = ?", code)).isZero();
    }

    private long aRule(String ruleCode) {
        return fixtures.jdbc().sql("""
                INSERT INTO orientation_rule (code, title_ar, title_zgh, title_fr, title_en, reason_ar, reason_zgh, reason_fr, reason_en,
                                              any_need, target_kind, priority, active)
                VALUES (?, 'اقتراح', 'ⴰⵙⵓⵎⵔ', 'Proposition', 'Proposal', 'سبب', 'ⵜⴰⵎⵏⵜⵉⵍⵜ', 'Parce que', 'Because', '{INCOME_PROJECT}',
                        'INCUBATOR', 100, false)
                RETURNING id""").param(ruleCode).query(Long.class).single();
    }

    private long ruleId() {
        return fixtures.jdbc().sql("SELECT id FROM orientation_rule WHERE code = ?").param(code).query(Long.class).single();
    }
}
