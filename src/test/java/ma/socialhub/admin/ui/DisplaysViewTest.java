package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import ma.socialhub.catalog.Center;
import org.junit.jupiter.api.Test;

/**
 * The displays screen. A display is no record to make or change: it is a center's address in one of
 * the four languages, so the screen lists the open centers with their four addresses.
 */
class DisplaysViewTest extends AdminScreenTest {

    @Test
    void eachOpenCenterHasItsDisplayInTheFourLanguagesAndAClosedOneHasNone() {
        long center = fixtures.center();
        String code = fixtures.code(center);
        long closed = fixtures.center();
        fixtures.jdbc().sql("UPDATE center SET active = false WHERE id = ?").param(closed).update();
        open("admin/displays");

        Grid<Center> centers = grid();
        var links = _find(GridKt._getCellComponent(centers, rowOf(centers, c -> c.id() == center), "links"), Anchor.class);
        assertThat(links).extracting(Anchor::getText, Anchor::getHref, Anchor::getTarget).containsExactly(
                tuple("العربية", "display/" + code + "?lang=ar", Optional.of("_blank")),
                tuple("ⵜⴰⵎⴰⵣⵉⵖⵜ", "display/" + code + "?lang=zgh", Optional.of("_blank")),
                tuple("Français", "display/" + code + "?lang=fr", Optional.of("_blank")),
                tuple("English", "display/" + code + "?lang=en", Optional.of("_blank")));
        assertThat(centers.getListDataView().getItems().map(Center::id)).doesNotContain(closed);
    }
}
