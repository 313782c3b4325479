package ma.socialhub.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import ma.socialhub.base.i18n.HubLanguage;
import org.springframework.stereotype.Component;

/**
 * Lays every page out in its language's direction: Arabic mirrors the whole page right to left.
 * Also sets {@code <html lang>}, so that screen readers and fonts pick the right script, and the
 * words Vaadin shows itself when the connection drops (English otherwise, on a public display too).
 */
@Component
public class LanguageDirection implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            apply(ui);
            ui.addBeforeEnterListener(before -> apply(ui));
        });
    }

    /** Aligns direction and lang of {@code ui} with its current locale. */
    public static void apply(UI ui) {
        HubLanguage language = HubLanguage.orDefault(ui.getLocale());
        ui.setDirection(language.direction());
        ui.getElement().executeJs("document.documentElement.lang = $0", language.tag());
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("app.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("app.reconnectGaveUp"));
    }
}
