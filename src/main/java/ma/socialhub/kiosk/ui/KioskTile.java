package ma.socialhub.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ma.socialhub.base.ui.HubIcon;
import org.jspecify.annotations.Nullable;

/**
 * One big touch target of the kiosk: a pictogram above its label, and beside it a speaker button
 * that reads the label aloud without choosing anything, for people who cannot read. The tile
 * disables itself on the first tap; the interaction's idempotency key covers taps that still race.
 */
class KioskTile extends Div {

    private final Button choose = new Button();

    KioskTile(Component picture, String label, String styleName, Runnable action, Voice voice) {
        this(picture, label, null, styleName, action, voice);
    }

    /** A tile with a second, smaller line under its label ({@code note}), read aloud with it. */
    KioskTile(Component picture, String label, @Nullable String note, String styleName, Runnable action, Voice voice) {
        addClassName("kiosk-tile-wrap");
        choose.addClassNames("kiosk-tile", styleName);
        Span text = new Span(label);
        text.addClassName("kiosk-tile-label");
        VerticalLayout content = new VerticalLayout(picture, text);
        String spoken = note == null ? label : label + ". " + note;
        if (note != null) {
            Span noteText = new Span(note);
            noteText.addClassName("kiosk-tile-note");
            content.add(noteText);
        }
        content.setPadding(false);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        choose.getElement().appendChild(content.getElement());
        choose.setAriaLabel(spoken);
        choose.setDisableOnClick(true);
        choose.addClickListener(e -> action.run());

        Button listen = new Button(HubIcon.VOLUME_UP.create(), e -> voice.say(spoken));
        listen.addClassName("kiosk-listen");
        listen.setAriaLabel(getTranslation("kiosk.listen") + ": " + spoken);
        add(choose, listen);
    }

    Button button() {
        return choose;
    }
}
