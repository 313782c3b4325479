package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.messaging.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Sends the person in front of the agent to another service or to one counter, keeping their place;
 * with their yes, a mobile number for an SMS when that new turn is near.
 */
class TransferDialog extends Dialog {

    /** Where to, and the number for an SMS when the new turn is near (null: none, or no yes). */
    interface Transfer {
        void to(@Nullable SocialService service, @Nullable Counter counter, @Nullable String smsNumber);
    }

    TransferDialog(List<SocialService> services, List<Counter> otherCounters, boolean smsOffered, Transfer transfer) {
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
        // the person waits again: they may wait outside and be told by SMS, if they say yes to it here
        TextField number = new TextField(getTranslation("counter.transfer.sms"));
        number.setHelperText(getTranslation("phone.sms.consent"));
        number.addClassName("transfer-sms");
        // the field's own validation would clear the message on blur, and move the yes under the finger
        number.setManualValidation(true);
        number.setVisible(smsOffered);
        Checkbox agreed = new Checkbox(getTranslation("counter.transfer.smsAgreed"));
        agreed.addClassName("transfer-sms-agreed");
        agreed.setVisible(smsOffered);
        Button confirm = new Button(getTranslation("counter.transfer.confirm"), e -> {
            String typed = number.getValue().strip();
            if (!typed.isEmpty() && !Messages.isMobile(typed)) {
                number.setInvalid(true);
                number.setErrorMessage(getTranslation("phone.sms.invalid"));
            } else if (!typed.isEmpty() && !agreed.getValue()) {
                agreed.getElement().setAttribute("invalid", true);
                number.setInvalid(true);
                number.setErrorMessage(getTranslation("counter.transfer.smsNeedsYes"));
            } else if (service.getValue() != null || counter.getValue() != null) {
                transfer.to(service.getValue(), counter.getValue(), typed.isEmpty() ? null : typed);
                close();
            }
            e.getSource().setEnabled(true);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("transfer-confirm");
        confirm.setDisableOnClick(true);
        add(service, counter, number, agreed);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
    }
}
