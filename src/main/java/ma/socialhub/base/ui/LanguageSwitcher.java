package ma.socialhub.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import ma.socialhub.base.i18n.HubLanguage;

/**
 * The language switch shown on every screen. Each language is written in itself. Switching stores
 * the choice in the session and reloads the page, so that every text and the direction change
 * together (a half-translated screen is worse than a blink).
 */
public class LanguageSwitcher extends Composite<Select<HubLanguage>> {

    private static final String CHOSEN = "hub.languageChosen";

    /** Whether the person in front of this browser picked a language themselves. */
    public static boolean chosenInThisSession() {
        return VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getAttribute(CHOSEN) != null;
    }

    public LanguageSwitcher() {
        Select<HubLanguage> select = getContent();
        select.setItems(HubLanguage.values());
        select.setItemLabelGenerator(HubLanguage::nativeName);
        select.setAriaLabel(getTranslation("language.switch"));
        select.addClassName("language-switcher");
        select.setValue(HubLanguage.orDefault(UI.getCurrent().getLocale()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
    }

    /** Makes {@code language} the language of this browser's session and redraws the page in it. */
    public static void switchTo(HubLanguage language) {
        VaadinSession.getCurrent().setAttribute(CHOSEN, Boolean.TRUE);
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }
}
