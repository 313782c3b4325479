package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.SocialService;

/** Serves a person who came to the counter without a ticket: the agent picks the service. */
class WalkInDialog extends Dialog {

    WalkInDialog(List<SocialService> services, Consumer<SocialService> serve) {
        setHeaderTitle(getTranslation("counter.walkIn.title"));
        addClassName("walk-in-dialog");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Select<SocialService> service = new Select<>();
        service.setLabel(getTranslation("counter.transfer.service"));
        service.setItems(services);
        service.setItemLabelGenerator(s -> s.letter() + " · " + s.name().in(language));
        services.stream().findFirst().ifPresent(service::setValue);
        Button confirm = new Button(getTranslation("counter.walkIn.confirm"), e -> {
            if (service.getValue() != null) {
                serve.accept(service.getValue());
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("walk-in-confirm");
        confirm.setDisableOnClick(true);
        add(service);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
    }
}
