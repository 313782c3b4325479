package ma.socialhub.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Staff sign-in. The form posts to Spring Security; errors come back as {@code ?error}. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(new LanguageSwitcher(), new H1(getTranslation("app.name")), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // too many failures, or too many sign-ins at once: say so, without saying whether the password was right
        String problem = parameters.containsKey("locked") ? "login.locked" : parameters.containsKey("busy") ? "login.busy" : null;
        if (problem != null) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle(getTranslation("login.title"));
            i18n.getForm().setUsername(getTranslation("login.username"));
            i18n.getForm().setPassword(getTranslation("login.password"));
            i18n.getForm().setSubmit(getTranslation("login.submit"));
            i18n.getErrorMessage().setTitle(getTranslation(problem + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation(problem + ".text"));
            login.setI18n(i18n);
        }
        login.setError(parameters.containsKey("error") || problem != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
