package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Map;
import java.util.Objects;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.MessageSettings;
import ma.socialhub.messaging.MessagingAdmin;

/**
 * The SMS provider, the quiet hours and the default "turn is near" rule. The password field is
 * never filled: a stored password is only ever replaced, and its field says whether one is set.
 * Saving checks the values first; what was typed stays when something is refused.
 */
class GatewayForm extends VerticalLayout {

    private final MessagingAdmin admin;
    private final Select<GatewaySettings.Kind> kind = new Select<>();
    private final TextField host = new TextField();
    private final IntegerField port = new IntegerField();
    private final TextField systemId = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField systemType = new TextField();
    private final TextField senderId = new TextField();
    private final IntegerField rate = new IntegerField();
    private final IntegerField window = new IntegerField();
    private final TextField httpUrl = new TextField();
    private final TimePicker quietFrom = new TimePicker();
    private final TimePicker quietUntil = new TimePicker();
    private final IntegerField nearAhead = new IntegerField();
    private final IntegerField nearMinutes = new IntegerField();
    private final Div status = new Div();
    private MessageSettings shown;

    GatewayForm(MessagingAdmin admin) {
        this.admin = admin;
        setPadding(false);
        addClassName("messages-gateway");
        kind.setLabel(getTranslation("messages.admin.kind"));
        kind.setItems(GatewaySettings.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("messages.admin.kind." + k.name()));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        label(host, "messages.admin.host", "gateway-host");
        label(systemId, "messages.admin.systemId", "gateway-system-id");
        label(systemType, "messages.admin.systemType", "gateway-system-type");
        label(senderId, "messages.admin.senderId", "gateway-sender");
        label(httpUrl, "messages.admin.httpUrl", "gateway-url");
        port.setLabel(getTranslation("messages.admin.port"));
        rate.setLabel(getTranslation("messages.admin.rate"));
        rate.setHelperText(getTranslation("messages.admin.rate.help"));
        window.setLabel(getTranslation("messages.admin.window"));
        password.setLabel(getTranslation("messages.admin.password"));
        password.addClassName("gateway-password");
        password.setRevealButtonVisible(false);
        quietFrom.setLabel(getTranslation("messages.admin.quietFrom"));
        quietUntil.setLabel(getTranslation("messages.admin.quietUntil"));
        nearAhead.setLabel(getTranslation("messages.admin.nearAhead"));
        nearMinutes.setLabel(getTranslation("messages.admin.nearMinutes"));
        for (IntegerField field : new IntegerField[] {port, rate, window, nearAhead, nearMinutes}) {
            field.setMin(1);
            field.setStepButtonsVisible(true);
        }
        status.addClassName("gateway-status");

        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("gateway-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));

        FormLayout provider = new FormLayout(kind, host, port, systemId, password, systemType, senderId, httpUrl, rate, window);
        FormLayout care = new FormLayout(quietFrom, quietUntil, nearAhead, nearMinutes);
        add(status, new H3(getTranslation("messages.admin.provider")), provider,
                new H3(getTranslation("messages.admin.care")), new Paragraph(getTranslation("messages.admin.care.explain")),
                care, save);
        show();
    }

    private void label(TextField field, String key, String className) {
        field.setLabel(getTranslation(key));
        field.addClassName(className);
    }

    private void show() {
        shown = admin.settings();
        GatewaySettings g = shown.gateway();
        kind.setValue(g.kind());
        host.setValue(g.host());
        port.setValue(g.port());
        systemId.setValue(g.systemId());
        systemType.setValue(g.systemType());
        senderId.setValue(g.senderId());
        rate.setValue(g.ratePerSecond());
        window.setValue(g.window());
        httpUrl.setValue(g.httpUrl());
        password.clear();
        password.setPlaceholder(getTranslation(shown.passwordSet() ? "messages.admin.password.set" : "messages.admin.password.none"));
        quietFrom.setValue(shown.quietFrom());
        quietUntil.setValue(shown.quietUntil());
        nearAhead.setValue(shown.nearAhead());
        nearMinutes.setValue(shown.nearMinutes());
        // the address as the gateway describes it, its state in the administrator's language
        status.setText(getTranslation(admin.gatewayReady() ? "messages.admin.status.ready" : "messages.admin.status.notReady",
                Map.of("gateway", admin.gatewayStatus().replaceAll("\\s*\\([^)]*\\)$", ""))));
        showFieldsOf(g.kind());
    }

    private void showFieldsOf(GatewaySettings.Kind chosen) {
        boolean smpp = chosen == GatewaySettings.Kind.SMPP;
        boolean http = chosen == GatewaySettings.Kind.HTTP;
        host.setVisible(smpp);
        port.setVisible(smpp);
        systemId.setVisible(smpp);
        systemType.setVisible(smpp);
        httpUrl.setVisible(http);
        password.setVisible(smpp || http);
        password.setLabel(getTranslation(http ? "messages.admin.token" : "messages.admin.password"));
        senderId.setVisible(smpp || http);
        rate.setVisible(smpp || http);
        window.setVisible(smpp || http);
    }

    private void save() {
        GatewaySettings g = new GatewaySettings(Objects.requireNonNullElse(kind.getValue(), GatewaySettings.Kind.NONE),
                host.getValue().strip(), orZero(port), systemId.getValue().strip(), null, systemType.getValue().strip(),
                senderId.getValue().strip(), orZero(rate), orZero(window), httpUrl.getValue().strip());
        MessageSettings changed = new MessageSettings(g, shown.passwordSet(), quietFrom.getValue(), quietUntil.getValue(),
                orZero(nearAhead), orZero(nearMinutes), shown.version());
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("host", host), Map.entry("port", port),
                Map.entry("systemId", systemId), Map.entry("password", password), Map.entry("systemType", systemType),
                Map.entry("senderId", senderId), Map.entry("ratePerSecond", rate), Map.entry("window", window),
                Map.entry("httpUrl", httpUrl), Map.entry("quietFrom", quietFrom), Map.entry("nearAhead", nearAhead),
                Map.entry("nearMinutes", nearMinutes));
        switch (admin.save(changed, password.getValue())) {
            case AdminResult.Done done -> {
                Problems.show(fields, Map.of());
                Problems.saved();
                show();
            }
            case AdminResult.Invalid invalid -> Problems.show(fields, invalid.problems());
            case AdminResult.Conflict conflict -> Problems.conflict();
        }
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
