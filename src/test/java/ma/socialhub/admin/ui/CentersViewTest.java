package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.Map;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.CatalogAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The centers screen: a center and its counters, made, changed, refused, and in the change log. */
class CentersViewTest extends AdminScreenTest {

    static final LocalizedText NAMES = new LocalizedText("مركز تيزنيت", "ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵜⵉⵣⵏⵉⵜ", "Centre de Tiznit", "Tiznit center");

    String code;
    long service;
    String serviceLabel;

    @BeforeEach
    void aCodeAndAService() {
        code = unique("c");
        fixtures.center(); // the test province exists
        service = fixtures.service('S');
        serviceLabel = "S · " + fixtures.jdbc().sql("SELECT name_fr FROM social_service WHERE id = ?").param(service).query(String.class)
                .single();
    }

    @Test
    void aNewCenterOpensAtOnceForItsCountersAndACounterServesWhatIsTicked() {
        open("admin/centers");
        click(t("admin.center.new"));
        assertThat(textField(t("admin.center.timeZone")).getValue()).as("the zone the other centers keep").isEqualTo("Africa/Casablanca");
        type(textField(t("admin.code")), code);
        choose(select(t("admin.center.kind")), t("hsds.kind.SOCIAL_POLE"));
        choose(comboBox(t("intake.province")), "Province test");
        typeIn(localized(t("admin.name")), NAMES);
        click(t("admin.save"));

        // the dialog comes back for the new center, with its counters
        expectNotifications(t("admin.saved"));
        assertThat(dialog().getHeaderTitle()).isEqualTo(t("admin.center.edit"));
        type(textField(t("admin.counter.label")), "1");
        click(t("admin.counter.add"));
        tick(checkboxGroup(t("counter.label", "counter", "1")), serviceLabel);
        click(t("admin.counter.saveServices"));

        expectNotifications(t("admin.saved"));
        long id = centerId(code);
        assertThat(fixtures.jdbc().sql("""
                SELECT c.kind || '|' || p.code || '|' || c.name_fr || '|' || c.time_zone || '|' || c.active
                  FROM center c JOIN province p ON p.id = c.province_id WHERE c.id = ?""").param(id).query(String.class).single())
                .isEqualTo("SOCIAL_POLE|test-province|Centre de Tiznit|Africa/Casablanca|true");
        assertThat(fixtures.jdbc().sql("""
                SELECT co.label || ':' || cs.service_id FROM counter co JOIN counter_service cs ON cs.counter_id = co.id
                 WHERE co.center_id = ?""").param(id).query(String.class).list()).containsExactly("1:" + service);
        long counter = fixtures.jdbc().sql("SELECT id FROM counter WHERE center_id = ?").param(id).query(Long.class).single();
        assertThat(changeLogLine(t("admin.entity.center"), id, t("admin.action.CREATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.center"), String.valueOf(id), t("admin.action.CREATE"));
        assertThat(changeLogLine(t("admin.entity.counter"), counter, t("admin.action.UPDATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.counter"), String.valueOf(counter), t("admin.action.UPDATE"));
    }

    @Test
    void aRenamedCenterIsSavedAndTheChangeLogKeepsBeforeAndAfter() {
        long id = aCenter();
        open("admin/centers");
        clickRow(grid(), (CatalogAdmin.CenterRow c) -> c.id() == id);
        typeIn(localized(t("admin.name")), NAMES);
        click(t("admin.save"));

        expectNotifications(t("admin.saved"));
        expectNoDialog();
        assertThat(GridKt._getFormattedRow(grid(), rowOf(grid(), (CatalogAdmin.CenterRow c) -> c.id() == id)))
                .containsExactly(code, "Centre de Tiznit", "Province test", t("admin.active"));
        assertThat(fixtures.jdbc().sql("""
                SELECT (before->'name'->>'fr') || '→' || (after->'name'->>'fr') FROM admin_change
                 WHERE entity = 'center' AND entity_id = ? AND action = 'UPDATE'""").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("Centre de test→Centre de Tiznit");
        assertThat(changeLogLine(t("admin.entity.center"), id, t("admin.action.UPDATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.center"), String.valueOf(id), t("admin.action.UPDATE"));
    }

    @Test
    void aCodeAnotherCenterHoldsIsRefusedBesideTheCodeAndEverythingTypedStays() {
        String taken = fixtures.code(fixtures.center());
        open("admin/centers");
        click(t("admin.center.new"));
        type(textField(t("admin.code")), taken);
        choose(select(t("admin.center.kind")), t("hsds.kind.SOCIAL_POLE"));
        choose(comboBox(t("intake.province")), "Province test");
        typeIn(localized(t("admin.name")), NAMES);
        click(t("admin.save"));

        assertThat(invalidMessage(textField(t("admin.code")))).isEqualTo("Ce code est déjà utilisé.");
        assertThat(localized(t("admin.name")).getValue()).isEqualTo(NAMES);
        assertThat(count("SELECT count(*) FROM center WHERE code = ?", taken)).isOne();
    }

    @Test
    void aCenterOrACounterSomeoneChangedMeanwhileIsNotOverwritten() {
        long id = aCenter();
        long counter = fixtures.counter(id, "1");
        open("admin/centers");
        clickRow(grid(), (CatalogAdmin.CenterRow c) -> c.id() == id);
        fixtures.jdbc().sql("UPDATE center SET name_fr = 'Renommé ailleurs', version = version + 1 WHERE id = ?").param(id).update();
        fixtures.jdbc().sql("UPDATE counter SET version = version + 1 WHERE id = ?").param(counter).update();
        typeIn(localized(t("admin.name")), NAMES);
        click(t("admin.save"));

        expectNotifications(t("admin.conflict"));
        assertThat(localized(t("admin.name")).getValue()).isEqualTo(NAMES);
        tick(checkboxGroup(t("counter.label", "counter", "1")), serviceLabel);
        click(t("admin.counter.saveServices"));

        expectNotifications(t("admin.conflict"));
        assertThat(fixtures.jdbc().sql("SELECT name_fr FROM center WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Renommé ailleurs");
        assertThat(count("SELECT count(*) FROM counter_service WHERE counter_id = ?", counter)).isZero();
        assertThat(count("""
                SELECT count(*) FROM admin_change WHERE (entity = 'center' AND entity_id = ?) OR (entity = 'counter' AND entity_id = ?)""",
                String.valueOf(id), String.valueOf(counter))).isZero();
    }

    @Test
    void badInputIsNamedBesideEachFieldInTheReadersLanguageAndNothingIsSaved() {
        open("admin/centers");
        click(t("admin.center.new"));
        type(textField(t("admin.code")), "Centre Tiznit");
        type(textField(t("admin.center.timeZone")), "Mars/Olympus");
        typeIn(localized(t("admin.name")), new LocalizedText("مركز تيزنيت", "", "Centre de Tiznit", "Tiznit center"));
        click(t("admin.save"));

        assertThat(Map.of(
                "code", invalidMessage(textField(t("admin.code"))),
                "kind", invalidMessage(select(t("admin.center.kind"))),
                "province", invalidMessage(comboBox(t("intake.province"))),
                "name", invalidMessage(localized(t("admin.name"))),
                "zone", invalidMessage(textField(t("admin.center.timeZone"))))).isEqualTo(Map.of(
                "code", "2 à 63 minuscules, chiffres ou tirets, commençant par une lettre ou un chiffre.",
                "kind", "Choisissez une valeur.",
                "province", "Choisissez une valeur.",
                "name", "Chaque langue a besoin de son texte (200 caractères au plus).",
                "zone", "Fuseau horaire inconnu (par exemple Africa/Casablanca)."));
        assertThat(textField(t("admin.center.timeZone")).getValue()).isEqualTo("Mars/Olympus");
        assertThat(count("SELECT count(*) FROM center WHERE name_fr = 'Centre de Tiznit' AND time_zone = 'Mars/Olympus'")).isZero();
    }

    private long aCenter() {
        long id = fixtures.center();
        fixtures.jdbc().sql("UPDATE center SET code = ? WHERE id = ?").params(code, id).update();
        return id;
    }

    private long centerId(String centerCode) {
        return fixtures.jdbc().sql("SELECT id FROM center WHERE code = ?").param(centerCode).query(Long.class).single();
    }
}
