package ma.socialhub.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LoginView;
import ma.socialhub.counter.ui.CounterView;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.supervision.ui.SupervisionView;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired StaffAccounts accounts;

    @Test
    void anAgentLandsOnTheCounter() {
        long center = fixtures.center();
        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("");
        _get(CounterView.class);
    }

    @Test
    void aSupervisorLandsOnTheLiveQueuesOfTheirArea() {
        signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        UI.getCurrent().navigate("");
        _get(SupervisionView.class);
    }

    @Test
    void anAdministratorLandsOnTheListOfCenterScreens() {
        long center = fixtures.center();
        signIn(fixtures.staff(Roles.ADMIN, null, null));
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class, s -> s.withText(t("home.display"))))
                .extracting(Anchor::getHref).contains("display/" + fixtures.code(center));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("");
        _get(LoginView.class);
    }

    @Test
    void theSignInFormIsTranslated() {
        // the first (English) page of the mock browser already was the login; open it anew in French
        UI.getCurrent().navigate("kiosk/none");
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).getElement().getPropertyRaw("i18n").toString()).contains(t("login.submit"));
    }
}
