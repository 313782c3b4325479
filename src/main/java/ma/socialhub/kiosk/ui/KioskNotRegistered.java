package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Predicate;
import ma.socialhub.base.ui.LanguageSwitcher;

/**
 * What a browser that is not this center's registered kiosk sees: no tiles, no tickets — and, for
 * the member of staff setting the kiosk up, a field for the one-time registration code an
 * administrator made for it. Five wrong codes in a browser session close the field: the codes are
 * long enough that guessing is hopeless, and this keeps a script from trying.
 */
class KioskNotRegistered extends VerticalLayout {

    static final int MAX_WRONG_CODES = 5;
    private static final String WRONG = "hub.kioskWrongCodes";

    KioskNotRegistered(Predicate<String> register) {
        addClassName("message-page");
        TextField code = new TextField(getTranslation("kiosk.register.code"));
        code.addClassName("kiosk-registration-code");
        code.setMaxLength(40);
        code.setAutocomplete(Autocomplete.OFF);
        Button go = new Button(getTranslation("kiosk.register.go"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassName("kiosk-register");
        go.addClickShortcut(Key.ENTER);
        go.addClickListener(e -> {
            if (wrongSoFar() >= MAX_WRONG_CODES || !register.test(code.getValue())) {
                VaadinSession.getCurrent().setAttribute(WRONG, wrongSoFar() + 1);
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(wrongSoFar() >= MAX_WRONG_CODES ? "kiosk.register.tooMany" : "kiosk.register.wrong"));
                code.setEnabled(wrongSoFar() < MAX_WRONG_CODES);
                go.setEnabled(wrongSoFar() < MAX_WRONG_CODES);
            }
        });
        add(new LanguageSwitcher(), new H1(getTranslation("kiosk.notRegistered.title")),
                new Paragraph(getTranslation("kiosk.notRegistered.text")), code, go);
        if (wrongSoFar() >= MAX_WRONG_CODES) {
            code.setEnabled(false);
            go.setEnabled(false);
        }
    }

    private static int wrongSoFar() {
        return VaadinSession.getCurrent().getAttribute(WRONG) instanceof Integer count ? count : 0;
    }
}
