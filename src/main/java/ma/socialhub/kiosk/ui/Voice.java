package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.UI;
import ma.socialhub.base.i18n.HubLanguage;

/**
 * Speaks to the citizen in the kiosk's current language through {@code scripts/kiosk-voice.js}:
 * the browser's offline speech synthesis, a chime where no voice exists. A new message cuts the
 * previous one, so two never overlap.
 */
class Voice {

    private final UI ui;
    private final boolean enabled;

    Voice(UI ui, boolean enabled) {
        this.ui = ui;
        this.enabled = enabled;
    }

    void say(String text) {
        if (enabled) {
            ui.getPage().executeJs("return window.hubSay && window.hubSay($0, $1)", text,
                    HubLanguage.orDefault(ui.getLocale()).tag());
        }
    }
}
