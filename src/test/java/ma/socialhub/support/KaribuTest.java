package ma.socialhub.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Counter;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.MessagingAdmin;
import ma.socialhub.staff.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A screen test with Karibu: real views, real services, real PostgreSQL, no browser. Tests find
 * components by type, class or translated label, as a user would, never through view fields.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired protected ApplicationContext context;
    @Autowired protected Fixtures fixtures;
    @Autowired MessagingAdmin messagingAdmin;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("ma.socialhub");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        setUpAgain();
    }

    /** A fresh browser session, in French (for tests that walk many sessions). */
    protected void setUpAgain() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        speak(HubLanguage.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        fixtures.signOut();
    }

    /** Switches this browser session to {@code language}, as the language switcher does. */
    protected void speak(HubLanguage language) {
        UI.getCurrent().getSession().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
    }

    /**
     * Sets the hub's SMS provider as an administrator would (HTTP to a made-up aggregator, or none);
     * signed out afterwards. Screens offer messages only when there is one.
     */
    protected void smsProvider(GatewaySettings.Kind kind) {
        fixtures.smsProvider(kind);
    }

    /** Signs {@code username} in: Spring Security's context and the servlet request's principal. */
    protected StaffMember signIn(String username) {
        StaffMember member = fixtures.signIn(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(fixtures.authentication());
        request.setUserInRole((principal, role) -> member.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return member;
    }

    /**
     * Retries {@code assertion} for up to five seconds, playing the client round trip that runs
     * the pushes queued meanwhile: queue changes reach screens asynchronously, through PostgreSQL.
     */
    protected static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip(false);
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    protected static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    protected static String t(String key, String name, Object value) {
        return UI.getCurrent().getTranslation(key, Map.of(name, value));
    }

    /** At the counter screen, chooses the counter labelled {@code label} as an agent does: it opens for them. */
    @SuppressWarnings("unchecked")
    protected static void chooseCounter(String label) {
        Select<Counter> select = LocatorJ._get(Select.class, s -> s.withClasses("counter-select"));
        select.setValue(select.getListDataView().getItems().filter(c -> c.label().equals(label)).findFirst().orElseThrow());
    }
}
