package ma.socialhub.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.AdminChanges;
import ma.socialhub.directory.DirectoryAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The change log: every administrative change, by kind, with who, when, and the values before and after. */
class ChangesViewTest extends AdminScreenTest {

    static final LocalizedText NAMES = new LocalizedText("برنامج", "ⴰⵖⴰⵡⴰⵙ", "Programme", "Program");

    @Autowired DirectoryAdmin directory;

    @AfterEach
    void removeThePrograms() {
        fixtures.jdbc().sql("DELETE FROM program WHERE code LIKE ?").param("%-" + suffix).update();
    }

    @Test
    void aKindOfChangeShowsOnlyItsChangesWithWhoWhenAndTheValuesBeforeAndAfter() {
        String code = unique("log");
        signIn(admin);
        long program = ((AdminResult.Done) directory.saveProgram(new DirectoryAdmin.ProgramForm(null, 0, code, NAMES, 36000, 3000, true)))
                .id();
        directory.saveProgram(new DirectoryAdmin.ProgramForm(program, 0, code, NAMES, 36000, 3500, true));
        // the system changes things too, at start-up or at night: it is named as such
        long bySystem = fixtures.asSystem(() -> ((AdminResult.Done) directory.saveProgram(
                new DirectoryAdmin.ProgramForm(null, 0, unique("night"), NAMES, null, null, false))).id());
        UI.getCurrent().navigate("admin/changes");

        choose(select(t("admin.changes.entity")), t("admin.entity.program"));
        Grid<AdminChanges.Change> changes = grid();
        assertThat(changes.getListDataView().getItems().map(AdminChanges.Change::entity)).containsOnly("program");
        int update = rowOf(changes, c -> c.entityId().equals(String.valueOf(program)) && c.action().equals("UPDATE"));
        assertThat(GridKt._getFormattedRow(changes, update))
                .containsExactly(nowAsShown(), admin, "Programme", String.valueOf(program), "Modifié");
        String json = "{\"id\": %s, \"code\": \"%s\", \"name\": {\"ar\": \"برنامج\", \"en\": \"Program\", \"fr\": \"Programme\", "
                + "\"zgh\": \"ⴰⵖⴰⵡⴰⵙ\"}, \"active\": true, \"version\": 0, \"nationalTarget\": 36000, \"regionalTarget\": %d}";
        assertThat(((Pre) GridKt._getItemDetailsComponent(changes, update)).getText()).isEqualTo(
                json.formatted(program, code, 3000) + "\n→\n" + json.formatted(program, code, 3500));
        assertThat(GridKt._getFormattedRow(changes, rowOf(changes, c -> c.entityId().equals(String.valueOf(bySystem)))))
                .containsExactly(nowAsShown(), "system", "Programme", String.valueOf(bySystem), "Créé");

        choose(select(t("admin.changes.entity")), t("admin.entity.kiosk_device"));
        assertThat(changes.getListDataView().getItems()).allMatch(c -> c.entity().equals("kiosk_device"));
    }
}
