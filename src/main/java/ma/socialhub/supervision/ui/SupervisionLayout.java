package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LanguageSwitcher;

/** The frame of supervision: live queues, trends, the programs' figures and the alerts about access to files on the side. */
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SupervisionLayout extends AppLayout {

    public SupervisionLayout(AuthenticationContext auth) {
        addClassName("supervision-layout");
        H1 title = new H1(getTranslation("supervision.title"));
        title.addClassName("supervision-title");
        Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new LanguageSwitcher(), signOut);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("supervision-header");
        // the bar is the page's banner; the view in the middle is its main region (Landmarks)
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("supervision.nav.live"), SupervisionView.class, VaadinIcon.DASHBOARD.create()),
                new SideNavItem(getTranslation("supervision.nav.trends"), TrendsView.class, VaadinIcon.CHART.create()),
                new SideNavItem(getTranslation("programs.title"), "programs", VaadinIcon.FLAG.create()),
                new SideNavItem(getTranslation("alerts.title"), AccessAlertsView.class, VaadinIcon.EYE.create()));
        addToDrawer(nav);
    }
}
