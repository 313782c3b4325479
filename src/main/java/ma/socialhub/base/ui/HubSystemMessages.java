package ma.socialhub.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (a staff member idle too long, signed out everywhere, a restart), the
 * page reloads by itself instead of showing Vaadin's English "session expired" box: a staff member
 * lands on the sign-in page, a kiosk or display on its own screen again.
 */
@Component
class HubSystemMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setCookiesDisabledNotificationEnabled(true);
            return messages;
        });
    }
}
