package ma.socialhub.admin.ui;

import com.vaadin.flow.component.Component;
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

/** The frame of the administration: what can be administered on the side, the screen in the middle. */
@RolesAllowed(Roles.ADMIN)
public class AdminLayout extends AppLayout {

    public AdminLayout(AuthenticationContext auth) {
        addClassName("admin-layout");
        H1 title = new H1(getTranslation("admin.title"));
        title.addClassName("admin-title");
        Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new LanguageSwitcher(), signOut);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("admin-header");
        // the bar is the page's banner; the view in the middle is its main region (Landmarks)
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);
        SideNav nav = new SideNav();
        nav.addItem(item("admin.nav.centers", CentersView.class, VaadinIcon.BUILDING),
                item("admin.nav.services", ServicesView.class, VaadinIcon.LIST),
                item("admin.nav.hours", OpeningHoursView.class, VaadinIcon.CLOCK),
                item("admin.nav.rules", RulesView.class, VaadinIcon.SITEMAP),
                item("admin.nav.partners", PartnersView.class, VaadinIcon.HANDSHAKE),
                item("admin.nav.programs", ProgramsAdminView.class, VaadinIcon.FLAG),
                item("admin.nav.kiosks", KiosksView.class, VaadinIcon.TABLET),
                item("admin.nav.displays", DisplaysView.class, VaadinIcon.DESKTOP),
                item("admin.nav.messages", MessagesView.class, VaadinIcon.ENVELOPE),
                item("admin.nav.staff", StaffView.class, VaadinIcon.USERS),
                item("admin.nav.personalData", PersonalDataView.class, VaadinIcon.USER_CARD),
                item("admin.nav.changes", ChangesView.class, VaadinIcon.TIME_BACKWARD),
                // unusual reading of files is flagged to administrators too; the list lives with supervision
                new SideNavItem(getTranslation("alerts.title"), "supervision/alerts", VaadinIcon.EYE.create()));
        addToDrawer(nav);
    }

    private SideNavItem item(String key, Class<? extends Component> view, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), view, icon.create());
    }
}
