package ma.socialhub.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

/**
 * Date fields as people in Morocco write dates, day first ("23/11/2026"), in every language. The
 * browser's own Arabic format carries right-to-left marks that scramble the date in an Arabic
 * field; digits and slashes alone read the same in both directions. Month and day names stay in
 * the screen's language.
 */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker localized(DatePicker picker, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("counter.cancel"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }
}
