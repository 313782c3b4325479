package ma.socialhub.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Keeps an unattended screen's session open (a kiosk, a waiting-room display): staff sessions end
 * after a while without action (closeIdleSessions), but these screens must not. A poll every few
 * minutes counts as activity, costs one tiny request, and stops when the screen goes away.
 */
public final class UnattendedScreen {

    static final int POLL_MILLIS = 4 * 60 * 1000;

    private UnattendedScreen() {
    }

    public static void keepOpen(Component screen) {
        screen.addAttachListener(e -> e.getUI().setPollInterval(POLL_MILLIS));
        screen.addDetachListener(e -> e.getUI().setPollInterval(-1));
    }
}
