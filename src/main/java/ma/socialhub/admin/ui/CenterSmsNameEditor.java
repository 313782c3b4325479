package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.messaging.MessagingAdmin;

/**
 * The name a center goes by in messages. Messages stay in a phone's history, where someone else
 * may read them: a center whose name tells whom it serves goes by a neutral one there.
 */
class CenterSmsNameEditor extends VerticalLayout {

    private final MessagingAdmin admin;
    private final ComboBox<Center> center = new ComboBox<>();
    private final TextField name = new TextField();

    CenterSmsNameEditor(MessagingAdmin admin, Catalog catalog) {
        this.admin = admin;
        setPadding(false);
        addClassName("messages-center-name");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        center.setLabel(getTranslation("messages.admin.quiet.center"));
        center.setItems(catalog.activeCenters());
        center.setItemLabelGenerator(c -> c.name().in(language));
        center.addValueChangeListener(e -> show());
        center.addClassName("sms-name-center");
        name.setLabel(getTranslation("messages.admin.smsName"));
        name.setHelperText(getTranslation("messages.admin.smsName.help"));
        name.setMaxLength(40);
        name.addClassName("sms-name");
        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("sms-name-save");
        HorizontalLayout row = new HorizontalLayout(center, name, save);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(getTranslation("messages.admin.smsName.title")), new Paragraph(getTranslation("messages.admin.smsName.explain")),
                row);
    }

    private void show() {
        if (center.getValue() != null) {
            name.setValue(admin.smsName(center.getValue().id()).orElse(""));
        }
    }

    private void save() {
        if (center.getValue() == null) {
            return;
        }
        switch (admin.setSmsName(center.getValue().id(), name.getValue())) {
            case AdminResult.Invalid invalid -> Problems.show(Map.of("smsName", name), invalid.problems());
            case AdminResult.Done done -> {
                name.setInvalid(false);
                Problems.saved();
                show();
            }
            case AdminResult.Conflict conflict -> Problems.conflict();
        }
    }
}
