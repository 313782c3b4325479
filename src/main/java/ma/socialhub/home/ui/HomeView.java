package ma.socialhub.home.ui;

import ma.socialhub.base.ui.LanguageSwitcher;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.staff.StaffDirectory;

/**
 * The landing page after sign-in: sends an agent straight to the counter; shows the others the
 * screens they can open.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext auth;
    private final StaffDirectory staff;
    private final Catalog catalog;

    public HomeView(AuthenticationContext auth, StaffDirectory staff, Catalog catalog) {
        this.auth = auth;
        this.staff = staff;
        this.catalog = catalog;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (staff.current().filter(member -> Roles.AGENT.equals(member.role())).isPresent()) {
            event.forwardTo("counter");
            return;
        }
        if (staff.current().filter(member -> Roles.INCUBATOR.equals(member.role())).isPresent()) {
            event.forwardTo("partner");
            return;
        }
        if (staff.current().filter(member -> Roles.SUPERVISOR.equals(member.role())).isPresent()) {
            event.forwardTo("supervision");
            return;
        }
        removeAll();
        Button signOut = new Button(getTranslation("app.signOut"), e -> auth.logout());
        add(new HorizontalLayout(new LanguageSwitcher(), signOut));
        add(new H1(getTranslation("home.title")));
        if (staff.current().filter(m -> Roles.ADMIN.equals(m.role())).isPresent()) {
            Anchor administration = new Anchor("admin", getTranslation("admin.title"));
            administration.addClassName("home-admin");
            Anchor supervision = new Anchor("supervision", getTranslation("supervision.title"));
            supervision.addClassName("home-supervision");
            Anchor programs = new Anchor("programs", getTranslation("programs.title"));
            programs.addClassName("home-programs");
            add(administration, supervision, programs);
        }
        add(new H2(getTranslation("home.centers")));
        HubLanguage language = HubLanguage.orDefault(getLocale());
        for (Center center : catalog.activeCenters()) {
            HorizontalLayout row = new HorizontalLayout(new Paragraph(center.name().in(language)),
                    new Anchor("kiosk/" + center.code(), getTranslation("home.kiosk")),
                    new Anchor("display/" + center.code(), getTranslation("home.display")));
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
