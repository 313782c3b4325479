package ma.socialhub.staff.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.staff.FirstAdministrator;
import ma.socialhub.staff.StaffForm;

/**
 * The one-time setup of an empty hub: the first administrator, created with the code printed in
 * the server's log. Once an administrator exists, this page only points to the sign-in.
 */
@Route("setup")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    public SetupView(FirstAdministrator setup) {
        addClassName("setup-view");
        add(new LanguageSwitcher(), new H1(getTranslation("setup.title")));
        if (!setup.needed()) {
            add(new Paragraph(getTranslation("setup.done")), new Anchor("login", getTranslation("login.submit")));
            return;
        }
        TextField code = new TextField(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.code.help"));
        code.addClassName("setup-code");
        TextField username = new TextField(getTranslation("login.username"));
        username.addClassName("setup-username");
        TextField name = new TextField(getTranslation("admin.staff.displayName"));
        name.addClassName("setup-name");
        EmailField email = new EmailField(getTranslation("admin.staff.email"));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("password.rule"));
        password.addClassName("setup-password");
        PasswordField again = new PasswordField(getTranslation("setup.passwordAgain"));
        again.addClassName("setup-password-again");
        Map<String, HasValidation> fields = Map.of("code", code, "username", username, "displayName", name, "email", email,
                "password", password);
        Button create = new Button(getTranslation("setup.create"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            again.setInvalid(false);
            if (!password.getValue().equals(again.getValue())) {
                again.setInvalid(true);
                again.setErrorMessage(getTranslation("setup.error.mismatch"));
                return;
            }
            Map<String, String> problems = setup.setUp(code.getValue(), new StaffForm(username.getValue(), name.getValue(), "ADMIN",
                    null, null, null, null, HubLanguage.orDefault(getLocale()).tag(), email.getValue()), password.getValue());
            if (problems.isEmpty()) {
                removeAll();
                add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.created")),
                        new Anchor("login", getTranslation("login.submit")));
                return;
            }
            problems.forEach((field, key) -> {
                HasValidation target = fields.getOrDefault(field, code);
                target.setInvalid(true);
                target.setErrorMessage(getTranslation(key));
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("setup-create");
        create.setDisableOnClick(true);
        create.addClickListener(e -> create.setEnabled(true));
        add(new Paragraph(getTranslation("setup.explain")), new FormLayout(code, username, name, email, password, again), create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
