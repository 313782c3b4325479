package ma.socialhub.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.socialhub.schedule.OpenSpan;

/**
 * A week of opening hours: for each day a morning and an afternoon, each from-to; an empty pair is
 * no opening. A split day (08:30–12:30, 14:00–16:30) is the common case of a social center.
 */
class WeeklyHoursEditor extends Div {

    /** The four pickers of a day: morning from, to; afternoon from, to. */
    private final List<TimePicker[]> days = new ArrayList<>();

    WeeklyHoursEditor() {
        addClassName("weekly-hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            Span name = new Span(day.getDisplayName(TextStyle.FULL, getLocale()));
            name.addClassName("weekly-hours-day");
            TimePicker[] pickers = new TimePicker[4];
            String[] labels = {"hours.morningOpens", "hours.morningCloses", "hours.afternoonOpens", "hours.afternoonCloses"};
            for (int i = 0; i < 4; i++) {
                pickers[i] = new TimePicker();
                pickers[i].setStep(Duration.ofMinutes(15));
                pickers[i].setLocale(getLocale());
                pickers[i].setClearButtonVisible(true);
                // each picker says which day and which end it is, for a screen reader
                pickers[i].setAriaLabel(name.getText() + " · " + getTranslation(labels[i]));
                pickers[i].addClassName("hours-" + day.name().toLowerCase() + "-" + i);
            }
            Div row = new Div(name, pickers[0], pickers[1], pickers[2], pickers[3]);
            row.addClassName("weekly-hours-row");
            add(row);
            days.add(pickers);
        }
    }

    void show(List<OpenSpan> spans) {
        days.forEach(pickers -> {
            for (TimePicker picker : pickers) {
                picker.clear();
                picker.setInvalid(false);
            }
        });
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpenSpan> of = spans.stream().filter(s -> s.weekday() == day).limit(2).toList();
            TimePicker[] pickers = days.get(day.ordinal());
            for (int i = 0; i < of.size(); i++) {
                pickers[2 * i].setValue(of.get(i).opens());
                pickers[2 * i + 1].setValue(of.get(i).closes());
            }
        }
    }

    /** The week as typed; empty when a pair has one end only (that pair is marked). */
    Optional<List<OpenSpan>> spans() {
        List<OpenSpan> spans = new ArrayList<>();
        boolean complete = true;
        for (DayOfWeek day : DayOfWeek.values()) {
            TimePicker[] pickers = days.get(day.ordinal());
            for (int pair = 0; pair < 2; pair++) {
                LocalTime opens = pickers[2 * pair].getValue();
                LocalTime closes = pickers[2 * pair + 1].getValue();
                boolean half = (opens == null) != (closes == null);
                for (TimePicker picker : List.of(pickers[2 * pair], pickers[2 * pair + 1])) {
                    picker.setInvalid(half);
                    picker.setErrorMessage(half ? getTranslation("schedule.error.incomplete") : null);
                }
                complete &= !half;
                if (opens != null && closes != null) {
                    spans.add(new OpenSpan(day, opens, closes));
                }
            }
        }
        return complete ? Optional.of(spans) : Optional.empty();
    }
}
