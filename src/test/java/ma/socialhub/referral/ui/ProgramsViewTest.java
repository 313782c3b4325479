package ma.socialhub.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.IntStream;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;

class ProgramsViewTest extends KaribuTest {

    @Test
    void aSupervisorSeesEachProgramAgainstItsNationalTarget() {
        // the fixtures' program: 36,000 women nationally, 3,000 per region, none accompanied yet
        long program = fixtures.program(fixtures.incubator(9));
        String name = "Programme " + program;
        fixtures.jdbc().sql("UPDATE program SET name_fr = ? WHERE id = ?").params(name, program).update();
        signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        UI.getCurrent().navigate("programs");

        // under the program's heading: the national sentence, then the table of the regions
        H2 heading = _get(H2.class, s -> s.withText(name));
        List<Component> page = heading.getParent().orElseThrow().getChildren().toList();
        int at = page.indexOf(heading);
        assertThat(((Paragraph) page.get(at + 1)).getText()).isEqualTo("0 femmes accompagnées sur 36\u202F000 (0\u00A0%)");
        Grid<?> regions = (Grid<?>) page.get(at + 2);
        List<String> regionNames = fixtures.jdbc().sql("SELECT name_fr FROM region ORDER BY id").query(String.class).list();
        assertThat(regionNames).hasSize(12);
        assertThat(IntStream.range(0, GridKt._size(regions)).mapToObj(row -> GridKt._getFormattedRow(regions, row)).toList())
                .isEqualTo(regionNames.stream().map(region -> List.of(region, "0", "3\u202F000", "0\u00A0%")).toList());
        assertThat(GridKt._getFormattedRow(regions, 8)).containsExactly("Souss-Massa", "0", "3\u202F000", "0\u00A0%");
    }
}
