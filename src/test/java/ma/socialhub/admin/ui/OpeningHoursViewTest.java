package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import ma.socialhub.catalog.Center;
import ma.socialhub.schedule.OpenSpan;
import ma.socialhub.schedule.OpeningPeriod;
import ma.socialhub.schedule.ScheduleAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The opening-hours screen, as an administrator fills a center's week and its holidays. */
class OpeningHoursViewTest extends AdminScreenTest {

    @Autowired ScheduleAdmin schedule;

    @Test
    void aSplitWeekTypedForACenterIsWhatTheHubKeeps() {
        long center = fixtures.center();
        open("admin/hours");
        choose(center);

        monday(0).setValue(LocalTime.of(8, 30));
        monday(1).setValue(LocalTime.of(12, 30));
        monday(2).setValue(LocalTime.of(14, 0));
        monday(3).setValue(LocalTime.of(16, 30));
        _get(Button.class, s -> s.withClasses("hours-save-week")).click();

        assertThat(schedule.weekly(center, null)).containsExactly(
                new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 30)),
                new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 30)));
    }

    @Test
    void aStretchWithOneEndOnlyIsMarkedAndNothingIsSaved() {
        long center = fixtures.center();
        open("admin/hours");
        choose(center);

        monday(0).setValue(LocalTime.of(8, 30));
        _get(Button.class, s -> s.withClasses("hours-save-week")).click();

        assertThat(monday(1).isInvalid()).isTrue();
        assertThat(monday(1).getErrorMessage()).isEqualTo(t("schedule.error.incomplete"));
        assertThat(monday(0).getValue()).isEqualTo(LocalTime.of(8, 30));
        assertThat(schedule.weekly(center, null)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNationalHolidayAddedInTheDialogIsListedThenRemoved() {
        long center = fixtures.center();
        open("admin/hours");
        choose(center);
        String reason = unique("Nouvel an");
        LocalDate day = LocalDate.of(2032, 1, 1);

        _get(Button.class, s -> s.withClasses("hours-add-period")).click();
        ((RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class)).setValue(true);
        _get(DatePicker.class, s -> s.withLabel(t("hours.period.first"))).setValue(day);
        _get(TextField.class, s -> s.withClasses("period-reason")).setValue(reason);
        click(t("admin.save"));

        Grid<OpeningPeriod> periods = _get(Grid.class, s -> s.withClasses("hours-periods"));
        OpeningPeriod saved = periods.getListDataView().getItems().filter(p -> p.reason().equals(reason)).findFirst().orElseThrow();
        assertThat(saved.centerId()).isNull();
        assertThat(saved.firstDay()).isEqualTo(day);
        assertThat(saved.lastDay()).isEqualTo(day);
        assertThat(saved.closed()).isTrue();

        int row = rowOf(periods, p -> p.reason().equals(reason));
        _find(GridKt._getCellComponent(periods, row, "remove"), Button.class).getFirst().click();
        assertThat(schedule.periods(null, day)).noneMatch(p -> p.reason().equals(reason));
    }

    @SuppressWarnings("unchecked")
    private static void choose(long center) {
        ComboBox<Center> centers = _get(ComboBox.class, s -> s.withClasses("hours-center"));
        centers.setValue(centers.getListDataView().getItems().filter(c -> c.id() == center).findFirst().orElseThrow());
    }

    private static TimePicker monday(int index) {
        return _get(TimePicker.class, s -> s.withClasses("hours-monday-" + index));
    }
}
