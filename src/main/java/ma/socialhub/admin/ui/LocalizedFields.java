package ma.socialhub.admin.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.List;
import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A text in the hub's four languages, one field each, the Arabic one right to left: every name a
 * citizen reads exists in Arabic, Tamazight, French and English.
 */
class LocalizedFields extends CustomField<LocalizedText> {

    static final LocalizedText EMPTY = new LocalizedText("", "", "", "");

    private final List<? extends TextFieldBase<?, String>> fields;
    private boolean presenting;

    LocalizedFields(String labelKey, boolean multiline) {
        super(EMPTY);
        setLabel(getTranslation(labelKey));
        addClassName("localized-fields");
        fields = multiline ? List.of(new TextArea(), new TextArea(), new TextArea(), new TextArea())
                : List.of(new TextField(), new TextField(), new TextField(), new TextField());
        String[] languages = {"ar", "zgh", "fr", "en"};
        FormLayout layout = new FormLayout();
        for (int i = 0; i < 4; i++) {
            TextFieldBase<?, String> field = fields.get(i);
            field.setLabel(getTranslation("admin.language." + languages[i]));
            field.getElement().setAttribute("dir", i == 0 ? "rtl" : "ltr");
            field.getElement().setAttribute("lang", languages[i]);
            field.addClassName("localized-" + languages[i]);
            // the whole text follows each field as it is typed, so that a binder always reads what is on screen
            field.addValueChangeListener(e -> {
                if (!presenting) {
                    updateValue();
                }
            });
            layout.add(field);
        }
        add(layout);
    }

    @Override
    protected LocalizedText generateModelValue() {
        return new LocalizedText(fields.get(0).getValue(), fields.get(1).getValue(), fields.get(2).getValue(), fields.get(3).getValue());
    }

    @Override
    protected void setPresentationValue(@Nullable LocalizedText text) {
        LocalizedText value = text == null ? EMPTY : text;
        presenting = true;
        try {
            fields.get(0).setValue(value.ar());
            fields.get(1).setValue(value.zgh());
            fields.get(2).setValue(value.fr());
            fields.get(3).setValue(value.en());
        } finally {
            presenting = false;
        }
    }
}
