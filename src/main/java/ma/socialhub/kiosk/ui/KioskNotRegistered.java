package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ma.socialhub.base.ui.LanguageSwitcher;

/** What a browser that is not this center's registered kiosk sees: no tiles, no tickets. */
class KioskNotRegistered extends VerticalLayout {

    KioskNotRegistered() {
        addClassName("message-page");
        add(new LanguageSwitcher(), new H1(getTranslation("kiosk.notRegistered.title")),
                new Paragraph(getTranslation("kiosk.notRegistered.text")));
    }
}
