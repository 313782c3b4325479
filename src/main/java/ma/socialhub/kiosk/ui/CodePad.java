package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import ma.socialhub.base.ui.HubIcon;

/**
 * A telephone-style number pad for a booking's six-digit code or a ten-digit mobile number: big
 * keys, the digits shown in groups as they are typed and read aloud one by one, an erase key, and
 * the number sent by itself when the last digit is typed (no "OK" to find).
 */
class CodePad extends Div {

    static final int DIGITS = 6;

    private final int digits;
    private final int group;

    private final StringBuilder typed = new StringBuilder();
    private final Span shown = new Span();
    private final Consumer<String> complete;
    private final Voice voice;
    private final boolean secret;

    CodePad(Consumer<String> complete, Voice voice) {
        this(DIGITS, 3, false, complete, voice);
    }

    /** A pad for {@code digits} digits, shown in groups of {@code group} (a phone number: 10 in pairs). */
    /**
     * {@code secret}: the digits are not said aloud, only how many are typed (a phone number at a
     * kiosk stands among strangers; the booking code is of no use to them, and is said).
     */
    CodePad(int digits, int group, boolean secret, Consumer<String> complete, Voice voice) {
        this.secret = secret;
        this.digits = digits;
        this.group = group;
        this.complete = complete;
        this.voice = voice;
        addClassName("code-pad");
        shown.addClassName("code-typed");
        shown.getElement().setAttribute("dir", "ltr");
        shown.getElement().setAttribute("aria-live", "polite");
        Div keys = new Div();
        keys.addClassName("code-keys");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            keys.add(digit(key));
        }
        Button erase = new Button(HubIcon.ARROW_BACKWARD.create(), e -> erase());
        erase.addClassName("code-erase");
        erase.setAriaLabel(getTranslation("kiosk.appointment.erase"));
        keys.add(erase, digit("0"));
        add(shown, keys);
        refresh();
    }

    private Button digit(String key) {
        Button button = new Button(key, e -> type(key));
        button.addClassName("code-key");
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    void type(String digit) {
        if (typed.length() >= digits) {
            return;
        }
        typed.append(digit);
        voice.say(secret ? typed.length() + " / " + digits : digit);
        refresh();
        if (typed.length() == digits) {
            complete.accept(typed.toString());
        }
    }

    void clear() {
        typed.setLength(0);
        refresh();
    }

    private void erase() {
        if (!typed.isEmpty()) {
            typed.setLength(typed.length() - 1);
            refresh();
        }
    }

    private void refresh() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            text.append(i < typed.length() ? typed.charAt(i) : '•');
            if (i % group == group - 1 && i < digits - 1) {
                text.append(' ');
            }
        }
        shown.setText(text.toString());
    }
}
