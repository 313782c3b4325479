package ma.socialhub.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import ma.socialhub.base.security.AdminChanges;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LoginView;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.intake.PersonalDataAdmin;
import ma.socialhub.kiosk.KioskAdmin;
import ma.socialhub.orientation.RulesAdmin;
import ma.socialhub.privacy.PersonalDataRequests;
import ma.socialhub.referral.ProgramIndicators;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may open what: every route of the hub, walked with every role and anonymously, must open for
 * exactly the roles this table names and for no one else. A new route without a line here fails
 * the test, so nobody adds a screen without deciding who sees it. Services are checked behind the
 * screens too: the administration and supervision services refuse every other role.
 */
class AccessMatrixTest extends KaribuTest {

    static final String ANONYMOUS = "ANONYMOUS";
    static final List<String> EVERYONE = List.of(ANONYMOUS, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INCUBATOR);
    static final List<String> STAFF = List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INCUBATOR);

    /** Route template → who may open it. */
    static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("", STAFF);
        ALLOWED.put("login", EVERYONE);
        ALLOWED.put("setup", EVERYONE);
        ALLOWED.put("kiosk/:center", EVERYONE);
        ALLOWED.put("display/:center", EVERYONE);
        ALLOWED.put("book/:center", EVERYONE);
        ALLOWED.put("book/:center/poster", EVERYONE);
        ALLOWED.put("b/:link", EVERYONE);
        // the ticket's and a message's pages (/t/, /m/) are no Vaadin routes (ADR 0028): PhonePagesTest tries them over HTTP
        ALLOWED.put("counter", List.of(Roles.AGENT));
        ALLOWED.put("referrals", List.of(Roles.AGENT));
        ALLOWED.put("partner", List.of(Roles.INCUBATOR));
        ALLOWED.put("programs", List.of(Roles.SUPERVISOR, Roles.ADMIN));
        for (String supervision : List.of("supervision", "supervision/live", "supervision/center/:center", "supervision/trends",
                "supervision/alerts")) {
            ALLOWED.put(supervision, List.of(Roles.SUPERVISOR, Roles.ADMIN));
        }
        for (String admin : List.of("admin", "admin/centers", "admin/services", "admin/rules", "admin/partners", "admin/programs",
                "admin/kiosks", "admin/displays", "admin/staff", "admin/personal-data", "admin/changes", "admin/hours",
                "admin/messages")) {
            ALLOWED.put(admin, List.of(Roles.ADMIN));
        }
    }

    @Autowired CatalogAdmin catalogAdmin;
    @Autowired DirectoryAdmin directoryAdmin;
    @Autowired RulesAdmin rulesAdmin;
    @Autowired KioskAdmin kioskAdmin;
    @Autowired StaffAccounts staffAccounts;
    @Autowired AdminChanges adminChanges;
    @Autowired PersonalDataAdmin personalData;
    @Autowired PersonalDataRequests personalDataRequests;
    @Autowired ProgramIndicators indicators;

    @Test
    void everyRouteHasADecisionAboutWhoMayOpenIt() {
        Set<String> routes = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> routes.add(alias.getTemplate()));
        }
        assertThat(routes).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void eachRouteOpensForExactlyItsRolesAndNobodyElse() {
        long center = fixtures.center();
        String code = fixtures.code(center);
        Map<String, String> users = Map.of(Roles.AGENT, fixtures.agent(center),
                Roles.SUPERVISOR, fixtures.staff(Roles.SUPERVISOR, null, null),
                Roles.ADMIN, fixtures.staff(Roles.ADMIN, null, null),
                Roles.INCUBATOR, fixtures.partner(fixtures.incubator(9)));
        List<String> wrong = new ArrayList<>();
        for (var entry : ALLOWED.entrySet()) {
            String path = entry.getKey().replace(":center", code).replace(":link", "no-such-ticket");
            for (String role : EVERYONE) {
                fixtures.signOut();
                UI.getCurrent().getSession().close();
                tearDownAndSetUp();
                if (!ANONYMOUS.equals(role)) {
                    signIn(users.get(role));
                }
                boolean opened;
                try {
                    UI.getCurrent().navigate(path);
                    opened = opened(path);
                } catch (MockAccessDeniedException denied) {
                    opened = false; // a signed-in person without the role: Vaadin refuses the route
                }
                boolean allowed = entry.getValue().contains(role);
                if (opened != allowed) {
                    wrong.add(role + " " + (allowed ? "cannot open" : "can open") + " /" + path + " (shown: " + shown() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void administrationServicesRefuseEveryOtherRole() {
        long center = fixtures.center();
        List<Supplier<?>> adminOnly = List.of(catalogAdmin::centers, catalogAdmin::services, directoryAdmin::organizations,
                directoryAdmin::programs, rulesAdmin::rules, kioskAdmin::kiosks, staffAccounts::all,
                () -> adminChanges.latest(null, 10), () -> personalData.search("someone"),
                () -> personalData.accessLog(new PersonalDataAdmin.AccessQuery(null, null, null, null, null), 10),
                () -> personalDataRequests.json(1));
        List<Supplier<?>> supervision = List.of(indicators::launches, indicators::referralsByStatus, indicators::waitingTooLong);
        for (String username : List.of(fixtures.agent(center), fixtures.staff(Roles.SUPERVISOR, null, null),
                fixtures.partner(fixtures.incubator(9)))) {
            fixtures.signIn(username);
            for (Supplier<?> call : adminOnly) {
                assertThatThrownBy(call::get).as(username).isInstanceOf(AccessDeniedException.class);
            }
        }
        fixtures.signIn(fixtures.agent(center));
        for (Supplier<?> call : supervision) {
            assertThatThrownBy(call::get).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signOut();
        for (Supplier<?> call : adminOnly) {
            assertThatThrownBy(call::get).as("anonymous").isInstanceOf(Exception.class);
        }
    }

    private void tearDownAndSetUp() {
        MockVaadin.tearDown();
        setUpAgain();
    }

    /** Whether navigating to {@code path} showed that route's screen (not the sign-in, not an error). */
    private static boolean opened(String path) {
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        Component view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().isEmpty() ? null
                : (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        if (view == null || view instanceof LoginView && !"login".equals(path)) {
            return false;
        }
        String name = view.getClass().getSimpleName();
        return !name.contains("Error") && !name.contains("NotFound") && !name.contains("RouteNotFound")
                && (location.equals(path) || path.isEmpty() || "admin".equals(path)
                        || _find(LoginView.class).isEmpty() || "login".equals(path));
    }

    private static String shown() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "nothing" : chain.getFirst().getClass().getSimpleName();
    }
}
