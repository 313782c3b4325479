package ma.socialhub.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import ma.socialhub.base.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures inside a click or a push (not while opening a screen): logged, and the user sees a
 * translated notification instead of Vaadin's default error box with the exception in it. When the
 * database is out of reach the notification says so: the service is back in seconds and the screen
 * still holds what was typed, so "try again in a moment" is the whole advice.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            boolean outage = DatabaseOutage.causedBy(error.getThrowable());
            if (outage) {
                log.warn("Database out of reach during a user's action: {}", error.getThrowable().toString());
            } else {
                log.error("Unexpected error in a screen", error.getThrowable());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification note = Notification.show(ui.getTranslation(outage ? "error.unavailable" : "error.action"), 8000,
                        Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                note.addClassName(outage ? "notice-unavailable" : "notice-error");
            }
        }));
    }
}
