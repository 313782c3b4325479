package ma.socialhub.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Function;
import ma.socialhub.base.ui.DateFields;
import ma.socialhub.referral.Referral;
import org.jspecify.annotations.Nullable;

/**
 * The partner's first appointment with the person: a day and a time of the referring center's
 * zone, the one both sides read. A person who agreed at the counter is told of it by SMS and
 * reminded the evening before; the form says so, so that the partner sets a real time.
 */
class AppointmentForm extends Div {

    private final DatePicker day = new DatePicker();
    private final TimePicker time = new TimePicker();

    /** {@code save} returns the key of a problem to show, or null once saved. */
    AppointmentForm(Referral referral, ZoneId zone, LocalDate today, Function<LocalDateTime, @Nullable String> save) {
        addClassName("partner-appointment");
        day.setLabel(getTranslation("referral.appointment.day"));
        DateFields.localized(day, getLocale());
        day.setMin(today);
        day.setMax(today.plusYears(1));
        day.addClassName("appointment-day");
        time.setLabel(getTranslation("referral.appointment.time"));
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(getLocale());
        time.addClassName("appointment-time");
        if (referral.firstAppointmentAt() != null) {
            LocalDateTime at = LocalDateTime.ofInstant(referral.firstAppointmentAt(), zone);
            day.setValue(at.toLocalDate());
            time.setValue(at.toLocalTime());
        } else {
            time.setValue(LocalTime.of(10, 0));
        }
        Button set = new Button(getTranslation("referral.appointment.save"), VaadinIcon.CALENDAR_CLOCK.create());
        set.addClassName("appointment-save");
        set.setDisableOnClick(true);
        set.addClickListener(e -> {
            day.setInvalid(false);
            if (day.getValue() == null || time.getValue() == null) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation("referral.appointment.error.required"));
            } else {
                String problem = save.apply(day.getValue().atTime(time.getValue()));
                if (problem != null) {
                    day.setInvalid(true);
                    day.setErrorMessage(getTranslation(problem));
                }
            }
            set.setEnabled(true);
        });
        Paragraph title = new Paragraph(getTranslation(referral.firstAppointmentAt() == null ? "referral.appointment.title"
                : "referral.appointment.titleSet"));
        title.addClassName("appointment-title");
        HorizontalLayout row = new HorizontalLayout(day, time, set);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        Paragraph helper = new Paragraph(getTranslation("referral.appointment.helper"));
        helper.addClassName("appointment-helper");
        add(title, row, helper);
    }
}
