package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.DateFields;
import ma.socialhub.catalog.Center;
import ma.socialhub.schedule.OpenSpan;
import ma.socialhub.schedule.OpeningPeriod;

/**
 * A new period that replaces the weekly hours: closed all day (a public holiday, entered every year
 * since the religious ones move), or open at other hours on some weekdays (Ramadan); for the center
 * shown or for every center.
 */
class PeriodDialog extends Dialog {

    PeriodDialog(Center center, Function<OpeningPeriod, AdminResult> save, Runnable saved) {
        setHeaderTitle(getTranslation("hours.period.add"));
        addClassName("period-dialog");
        RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>(getTranslation("hours.period.scope"));
        scope.setItems(false, true);
        scope.setItemLabelGenerator(nation -> nation ? getTranslation("hours.period.nation")
                : getTranslation("hours.period.center", Map.of("center", center.name().in(HubLanguage.orDefault(getLocale())))));
        scope.setValue(false);
        DatePicker first = DateFields.localized(new DatePicker(getTranslation("hours.period.first")), getLocale());
        DatePicker last = DateFields.localized(new DatePicker(getTranslation("hours.period.last")), getLocale());
        first.addValueChangeListener(e -> {
            if (last.isEmpty() && e.getValue() != null) {
                last.setValue(e.getValue());
            }
        });
        TextField reason = new TextField(getTranslation("hours.period.reason"));
        reason.setMaxLength(200);
        reason.addClassName("period-reason");
        Checkbox closed = new Checkbox(getTranslation("hours.period.closed"), true);
        closed.addClassName("period-closed");
        TimePicker opens = new TimePicker(getTranslation("hours.opens"), LocalTime.of(9, 0));
        TimePicker closes = new TimePicker(getTranslation("hours.closes"), LocalTime.of(15, 0));
        for (TimePicker picker : List.of(opens, closes)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(getLocale());
        }
        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("hours.period.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        days.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        Runnable hoursShown = () -> {
            opens.setVisible(!closed.getValue());
            closes.setVisible(!closed.getValue());
            days.setVisible(!closed.getValue());
        };
        closed.addValueChangeListener(e -> hoursShown.run());
        hoursShown.run();
        FormLayout form = new FormLayout(scope, reason, first, last, closed, opens, closes, days);
        form.setColspan(scope, 2);
        form.setColspan(days, 2);
        add(form);

        Button ok = new Button(getTranslation("admin.save"));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("admin-save");
        ok.setDisableOnClick(true);
        ok.addClickListener(e -> {
            try {
                LocalDate from = first.getValue();
                LocalDate to = last.getValue();
                first.setInvalid(from == null);
                last.setInvalid(to == null);
                if (from == null || to == null || !isOpened()) {
                    return;
                }
                List<OpenSpan> spans = closed.getValue() || opens.isEmpty() || closes.isEmpty() ? List.of()
                        : days.getValue().stream().sorted().map(d -> new OpenSpan(d, opens.getValue(), closes.getValue())).toList();
                if (!closed.getValue() && spans.isEmpty()) {
                    days.setInvalid(true);
                    days.setErrorMessage(getTranslation("schedule.error.incomplete"));
                    return;
                }
                switch (save.apply(new OpeningPeriod(null, 0, scope.getValue() ? null : center.id(), from, to, reason.getValue(), spans))) {
                    case AdminResult.Done done -> {
                        Problems.saved();
                        close();
                        saved.run();
                    }
                    case AdminResult.Invalid invalid -> {
                        Map<String, HasValidation> fields = Map.of("firstDay", first, "lastDay", last, "reason", reason);
                        Problems.show(fields, invalid.problems());
                    }
                    case AdminResult.Conflict conflict -> Problems.conflict();
                }
            } finally {
                ok.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), ok);
        first.setRequiredIndicatorVisible(true);
        last.setRequiredIndicatorVisible(true);
    }
}
