package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.SocialService;
import org.jspecify.annotations.Nullable;

/** Sends the person in front of the agent to another service or to one counter, keeping their place. */
class TransferDialog extends Dialog {

    TransferDialog(List<SocialService> services, List<Counter> otherCounters,
            BiConsumer<@Nullable SocialService, @Nullable Counter> transfer) {
        setHeaderTitle(getTranslation("counter.transfer.title"));
        addClassName("transfer-dialog");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Select<SocialService> service = new Select<>();
        service.setLabel(getTranslation("counter.transfer.service"));
        service.setItems(services);
        service.setItemLabelGenerator(s -> s == null ? "" : s.letter() + " · " + s.name().in(language));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("counter.transfer.none"));
        Select<Counter> counter = new Select<>();
        counter.setLabel(getTranslation("counter.transfer.counter"));
        counter.setItems(otherCounters);
        counter.setItemLabelGenerator(c -> c == null ? "" : getTranslation("counter.label", Map.of("counter", c.label())));
        counter.setEmptySelectionAllowed(true);
        counter.setEmptySelectionCaption(getTranslation("counter.transfer.none"));
        service.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                counter.clear();
            }
        });
        counter.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                service.clear();
            }
        });
        Button confirm = new Button(getTranslation("counter.transfer.confirm"), e -> {
            if (service.getValue() != null || counter.getValue() != null) {
                transfer.accept(service.getValue(), counter.getValue());
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("transfer-confirm");
        confirm.setDisableOnClick(true);
        add(service, counter);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
    }
}
