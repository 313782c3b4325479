package ma.socialhub.counter.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * Opens a ticket by what the agent types ({@code B-017}) and taps "Open", by what a keyboard-wedge
 * scanner types (the QR's address followed by Enter) — the field takes the focus, so a scan lands
 * in it without a tap — or by showing the QR to the tablet's camera ({@link ScanDialog}).
 */
class OpenTicketField extends HorizontalLayout {

    private final TextField field = new TextField();

    OpenTicketField(Consumer<String> open) {
        addClassName("open-ticket");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        field.setLabel(getTranslation("counter.open.label"));
        field.setPlaceholder(getTranslation("counter.open.placeholder"));
        field.setPrefixComponent(VaadinIcon.QRCODE.create());
        field.setMaxLength(300);
        field.setClearButtonVisible(true);
        field.addClassName("open-ticket-field");
        field.setAutofocus(true);
        Button go = new Button(getTranslation("counter.open.go"), e -> submit(open));
        go.addClassName("open-ticket-go");
        field.addKeyPressListener(Key.ENTER, e -> submit(open));
        Button camera = new Button(getTranslation("counter.scan"), VaadinIcon.CAMERA.create(), e -> new ScanDialog(open).open());
        camera.addClassName("open-ticket-camera");
        add(field, go, camera);
    }

    private void submit(Consumer<String> open) {
        String typed = field.getValue();
        field.clear();
        if (!typed.isBlank()) {
            open.accept(typed);
        }
    }
}
