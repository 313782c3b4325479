package ma.socialhub.counter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The counter's short messages. A confirmation shows briefly at the top, out of the way of the
 * next tap; anything the agent must read (a refusal, a warning) stays longer in the middle.
 */
final class Notices {

    private Notices() {
    }

    static void done(String key) {
        show(key, 2500, Notification.Position.TOP_CENTER, NotificationVariant.LUMO_SUCCESS);
    }

    static void warn(String key) {
        show(key, 5000, Notification.Position.MIDDLE, NotificationVariant.LUMO_WARNING);
    }

    static void info(String key) {
        show(key, 4000, Notification.Position.MIDDLE, NotificationVariant.LUMO_CONTRAST);
    }

    private static void show(String key, int millis, Notification.Position position, NotificationVariant variant) {
        Notification.show(UI.getCurrent().getTranslation(key), millis, position).addThemeVariants(variant);
    }
}
