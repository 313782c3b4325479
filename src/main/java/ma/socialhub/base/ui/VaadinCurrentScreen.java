package ma.socialhub.base.ui;

import com.vaadin.flow.component.UI;
import ma.socialhub.base.security.CurrentScreen;
import org.springframework.stereotype.Component;

/** The screen of a Vaadin request: the route shown in the UI that is being served. */
@Component
class VaadinCurrentScreen implements CurrentScreen {

    @Override
    public String name() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return "";
        }
        String path = ui.getInternals().getActiveViewLocation().getPath();
        return path.isEmpty() ? "home" : path;
    }
}
