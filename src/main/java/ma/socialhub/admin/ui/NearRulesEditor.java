package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Comparator;
import java.util.Map;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.messaging.MessagingAdmin;
import ma.socialhub.messaging.NearRule;

/**
 * A service's own "turn is near" rule, where the default does not suit it: a service whose visits
 * are long warns earlier (fewer people ahead make a long wait).
 */
class NearRulesEditor extends VerticalLayout {

    private final MessagingAdmin admin;
    private final Select<SocialService> service = new Select<>();
    private final IntegerField ahead = new IntegerField();
    private final IntegerField minutes = new IntegerField();
    private final Paragraph state = new Paragraph();

    NearRulesEditor(MessagingAdmin admin, Catalog catalog) {
        this.admin = admin;
        setPadding(false);
        addClassName("messages-near-rules");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        service.setLabel(getTranslation("messages.admin.near.service"));
        service.setItems(catalog.allOfferings().stream().map(Catalog.Offering::service).distinct()
                .sorted(Comparator.comparing(SocialService::letter)).toList());
        service.setItemLabelGenerator(s -> s.letter() + " · " + s.name().in(language));
        service.addValueChangeListener(e -> show());
        ahead.setLabel(getTranslation("messages.admin.nearAhead"));
        minutes.setLabel(getTranslation("messages.admin.nearMinutes"));
        ahead.setMin(1);
        ahead.setMax(50);
        minutes.setMin(1);
        minutes.setMax(240);
        Button save = new Button(getTranslation("messages.admin.near.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("near-save");
        Button reset = new Button(getTranslation("messages.admin.near.default"), e -> result(admin.setNearRule(chosen(), null)));
        reset.addClassName("near-default");
        HorizontalLayout row = new HorizontalLayout(service, ahead, minutes, save, reset);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(getTranslation("messages.admin.near.title")), row, state);
    }

    private long chosen() {
        return service.getValue() == null ? 0 : service.getValue().id();
    }

    private void show() {
        if (service.getValue() == null) {
            return;
        }
        var own = admin.nearRule(service.getValue().id());
        var rule = own.orElseGet(() -> new NearRule(admin.settings().nearAhead(), admin.settings().nearMinutes()));
        ahead.setValue(rule.ahead());
        minutes.setValue(rule.minutes());
        state.setText(getTranslation(own.isPresent() ? "messages.admin.near.own" : "messages.admin.near.usesDefault"));
    }

    private void save() {
        if (service.getValue() == null || ahead.isEmpty() || minutes.isEmpty()) {
            Problems.warn("messages.admin.error.near");
            return;
        }
        AdminResult result = admin.setNearRule(service.getValue().id(), new NearRule(ahead.getValue(), minutes.getValue()));
        if (result instanceof AdminResult.Invalid invalid) {
            Problems.show(Map.of("nearRule", ahead), invalid.problems());
        } else {
            result(result);
        }
    }

    private void result(AdminResult result) {
        if (service.getValue() == null) {
            return;
        }
        if (result instanceof AdminResult.Done) {
            ahead.setInvalid(false);
            Problems.saved();
        }
        show();
    }
}
