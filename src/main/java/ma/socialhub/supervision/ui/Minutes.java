package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A wait or a service time as a supervisor reads it: whole minutes, "—" when there is none. */
final class Minutes {

    private Minutes() {
    }

    static String of(@Nullable Duration duration, Component where) {
        if (duration == null) {
            return "—";
        }
        return where.getTranslation("supervision.minutesValue",
                Map.of("minutes", NumberFormat.getIntegerInstance(locale(where)).format(Math.round(duration.toSeconds() / 60.0))));
    }

    /** The language a component is shown in, also from a download's request thread. */
    static Locale locale(Component where) {
        return where.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() == null ? Locale.getDefault() : UI.getCurrent().getLocale());
    }

    /** The same as a number, for exports: minutes with one decimal, or nothing. */
    static @Nullable Double number(@Nullable Duration duration) {
        return duration == null ? null : Math.round(duration.toSeconds() / 6.0) / 10.0;
    }
}
