package ma.socialhub.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import ma.socialhub.intake.AccessAlerts;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.TransferReason;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The supervisor of the center a file was brought to sees it; the supervisor of another region does not. */
class AccessAlertsViewTest extends KaribuTest {

    @Autowired Beneficiaries beneficiaries;

    @Test
    void aFileBroughtToACenterIsShownToItsSupervisorWhoMarksItSeenAndNotToAnotherRegions() {
        long from = fixtures.center();
        long to = fixtures.center();
        String cin = "R" + (System.nanoTime() % 10_000_000);
        fixtures.signIn(fixtures.agent(from));
        PersonalDetails d = new PersonalDetails("", "", "Amina", "Alerte" + UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                Sex.F, LocalDate.of(1985, 2, 3), null, cin, "", null, "", null, Set.of(), null, null, null, null, null, null,
                RsuStatus.UNKNOWN, "");
        long person = ((SaveResult.Saved) beneficiaries.register(d, EnumSet.allOf(ConsentScope.class), UUID.randomUUID().toString()))
                .beneficiary().id();
        String agent = fixtures.agent(to);
        fixtures.signIn(agent);
        beneficiaries.transfer(beneficiaries.fileElsewhere(cin, LocalDate.of(1985, 2, 3)).orElseThrow().handle(), TransferReason.MOVED);

        signIn(fixtures.supervisorOfRegion(9)); // the test centers lie in Souss-Massa
        UI.getCurrent().navigate("supervision/alerts");
        @SuppressWarnings("unchecked")
        Grid<AccessAlerts.AccessAlert> grid = _get(Grid.class, s -> s.withClasses("access-alerts-grid"));
        AccessAlerts.AccessAlert alert = grid.getListDataView().getItems()
                .filter(a -> Long.valueOf(person).equals(a.beneficiaryId()) && a.kind() == AccessAlerts.Kind.FILE_TRANSFER)
                .findFirst().orElseThrow();
        assertThat(alert.kind()).isEqualTo(AccessAlerts.Kind.FILE_TRANSFER);
        assertThat(alert.username()).isEqualTo(agent);
        assertThat(alert.detail()).isEqualTo("MOVED");

        int row = grid.getListDataView().getItems().toList().indexOf(alert);
        _click((Button) GridKt._getCellComponent(grid, row, "seen"));
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM access_alert WHERE beneficiary_id = ? AND seen_at IS NOT NULL")
                .param(person).query(Integer.class).single()).isEqualTo(1);

        // the supervisors of the center she left are told, but not who took her file, nor where
        AccessAlerts.AccessAlert taken = grid.getListDataView().getItems()
                .filter(a -> Long.valueOf(person).equals(a.beneficiaryId()) && a.kind() == AccessAlerts.Kind.FILE_TAKEN)
                .findFirst().orElseThrow();
        assertThat(taken.username() + taken.staffName()).isEmpty();

        setUpAgain();
        signIn(fixtures.supervisorOfRegion(1));
        UI.getCurrent().navigate("supervision/alerts");
        @SuppressWarnings("unchecked")
        Grid<AccessAlerts.AccessAlert> other = _get(Grid.class, s -> s.withClasses("access-alerts-grid"));
        assertThat(other.getListDataView().getItems().filter(a -> Long.valueOf(person).equals(a.beneficiaryId()))).isEmpty();
    }
}
