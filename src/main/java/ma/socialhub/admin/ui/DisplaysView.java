package ma.socialhub.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;

/**
 * The waiting-room displays: one address per center, in any of the four languages. A display shows
 * only ticket numbers and counters — nothing personal — so it needs no secret, only its address.
 */
@Route(value = "admin/displays", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class DisplaysView extends VerticalLayout implements HasDynamicTitle {

    public DisplaysView(Catalog catalog) {
        addClassName("admin-displays");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Grid<Center> grid = new Grid<>();
        grid.addColumn(c -> c.name().in(language)).setHeader(getTranslation("admin.name")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
            HorizontalLayout links = new HorizontalLayout();
            for (HubLanguage each : HubLanguage.values()) {
                Anchor link = new Anchor("display/" + c.code() + "?lang=" + each.tag(), each.nativeName());
                link.setTarget("_blank");
                links.add(link);
            }
            return links;
        }).setHeader(getTranslation("admin.display.open")).setFlexGrow(3).setKey("links");
        grid.setItems(catalog.activeCenters());
        grid.addClassName("admin-displays-grid");
        add(new H2(getTranslation("admin.nav.displays")), new Paragraph(getTranslation("admin.display.explain")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.displays");
    }
}
