package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.messaging.MessageKind;
import ma.socialhub.messaging.MessagePreview;
import ma.socialhub.messaging.MessagingAdmin;

/**
 * Each message's text in each language, with a preview as a citizen's phone would show it and what
 * it costs: Arabic and Tifinagh go in UCS-2, 70 characters for one SMS and 67 for each part beyond,
 * so a text one word too long costs twice. Placeholders the message does not have are pointed out.
 */
class MessageTextsEditor extends VerticalLayout {

    private final MessagingAdmin admin;
    private final Select<MessageKind> kind = new Select<>();
    private final Select<HubLanguage> language = new Select<>();
    private final TextArea body = new TextArea();
    private final Paragraph placeholders = new Paragraph();
    private final Div phone = new Div();
    private final Paragraph cost = new Paragraph();

    MessageTextsEditor(MessagingAdmin admin) {
        this.admin = admin;
        setPadding(false);
        addClassName("messages-texts");
        kind.setLabel(getTranslation("messages.admin.text.kind"));
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("messages.admin.text.kind." + k.name()));
        language.setLabel(getTranslation("messages.admin.text.language"));
        language.setItems(HubLanguage.values());
        language.setItemLabelGenerator(HubLanguage::nativeName);
        body.setLabel(getTranslation("messages.admin.text.body"));
        body.setWidthFull();
        body.setMaxLength(400);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> preview());
        body.addClassName("text-body");
        phone.addClassName("text-preview");
        cost.addClassName("text-cost");
        kind.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());

        Button save = new Button(getTranslation("admin.save"), e -> save(body.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("text-save");
        Button standard = new Button(getTranslation("messages.admin.text.standard"), e -> save(""));
        standard.addClassName("text-standard");
        add(new HorizontalLayout(kind, language), body, placeholders, phone, cost, new HorizontalLayout(save, standard));
        kind.setValue(MessageKind.NEAR);
        language.setValue(HubLanguage.ARABIC);
    }

    private void load() {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        body.setValue(admin.text(kind.getValue(), language.getValue()));
        // the text and its preview read in the language's own direction
        String dir = language.getValue().isRightToLeft() ? "rtl" : "ltr";
        body.getElement().setAttribute("dir", dir);
        phone.getElement().setAttribute("dir", dir);
        placeholders.setText(getTranslation("messages.admin.text.placeholders", Map.of("names",
                String.join(" ", kind.getValue().placeholders().stream().map(p -> "{" + p + "}").toList()))));
        preview();
    }

    private void preview() {
        if (kind.getValue() == null) {
            return;
        }
        MessagePreview preview = admin.preview(kind.getValue(), body.getValue());
        phone.setText(preview.text());
        String costText = getTranslation("messages.admin.text.parts", Map.of("parts", preview.parts(),
                "encoding", getTranslation(preview.unicode() ? "messages.admin.text.ucs2" : "messages.admin.text.gsm")));
        if (!preview.unknown().isEmpty()) {
            costText += " · " + getTranslation("messages.admin.text.unknown", Map.of("names", String.join(", ", preview.unknown())));
        }
        cost.setText(costText);
        cost.getElement().setAttribute("data-parts", String.valueOf(preview.parts()));
    }

    private void save(String text) {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        switch (admin.saveText(kind.getValue(), language.getValue(), text)) {
            case AdminResult.Invalid invalid -> Problems.show(Map.of("body", body), invalid.problems());
            case AdminResult.Done done -> {
                body.setInvalid(false);
                Problems.saved();
                load();
            }
            case AdminResult.Conflict conflict -> Problems.conflict();
        }
    }
}
