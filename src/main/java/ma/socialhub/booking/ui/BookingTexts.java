package ma.socialhub.booking.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ma.socialhub.base.i18n.HubLanguage;

/**
 * Days and times as the citizen reads them: the weekday and the day of the month in their language
 * (Moroccan Arabic month names for Arabic), times on the 24-hour clock that Moroccan offices use.
 */
public final class BookingTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BookingTexts() {
    }

    public static String day(LocalDate day, HubLanguage language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", locale(language)).format(day);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    private static Locale locale(HubLanguage language) {
        return language == HubLanguage.ARABIC ? Locale.forLanguageTag("ar-MA") : language.locale();
    }
}
