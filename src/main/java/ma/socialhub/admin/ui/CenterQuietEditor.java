package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.messaging.MessagingAdmin;
import ma.socialhub.messaging.QuietHours;

/** A center's own quiet hours, on its own clock, where the national ones do not suit it. */
class CenterQuietEditor extends VerticalLayout {

    private final MessagingAdmin admin;
    private final ComboBox<Center> center = new ComboBox<>();
    private final TimePicker from = new TimePicker();
    private final TimePicker until = new TimePicker();
    private final Paragraph state = new Paragraph();

    CenterQuietEditor(MessagingAdmin admin, Catalog catalog) {
        this.admin = admin;
        setPadding(false);
        addClassName("messages-center-quiet");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        center.setLabel(getTranslation("messages.admin.quiet.center"));
        center.setItems(catalog.activeCenters());
        center.setItemLabelGenerator(c -> c.name().in(language));
        center.addValueChangeListener(e -> show());
        from.setLabel(getTranslation("messages.admin.quietFrom"));
        until.setLabel(getTranslation("messages.admin.quietUntil"));
        Button save = new Button(getTranslation("messages.admin.quiet.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("quiet-save");
        Button national = new Button(getTranslation("messages.admin.quiet.national"), e -> {
            if (center.getValue() != null) {
                admin.setQuietHours(center.getValue().id(), null);
                Problems.saved();
                show();
            }
        });
        national.addClassName("quiet-national");
        HorizontalLayout row = new HorizontalLayout(center, from, until, save, national);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(getTranslation("messages.admin.quiet.title")), row, state);
    }

    private void show() {
        if (center.getValue() == null) {
            return;
        }
        Optional<QuietHours> own = admin.quietHours(center.getValue().id());
        QuietHours shown = own.orElseGet(() -> new QuietHours(admin.settings().quietFrom(), admin.settings().quietUntil()));
        from.setValue(shown.from());
        until.setValue(shown.until());
        state.setText(getTranslation(own.isPresent() ? "messages.admin.quiet.own" : "messages.admin.quiet.usesNational"));
    }

    private void save() {
        if (center.getValue() == null || from.getValue() == null || until.getValue() == null) {
            Problems.warn("messages.admin.error.quiet");
            return;
        }
        admin.setQuietHours(center.getValue().id(), new QuietHours(from.getValue(), until.getValue()));
        Problems.saved();
        show();
    }
}
