package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.Pictograms;
import ma.socialhub.catalog.CatalogAdmin;
import org.jspecify.annotations.Nullable;

/** The services a citizen can come for: letter, pictogram, names, target wait, documents to bring. */
@Route(value = "admin/services", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ServicesView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogAdmin admin;
    private final Grid<CatalogAdmin.ServiceRow> grid = new Grid<>();

    public ServicesView(CatalogAdmin admin) {
        this.admin = admin;
        addClassName("admin-services");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        grid.addComponentColumn(s -> Pictograms.of(s.pictogram())).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CatalogAdmin.ServiceRow::letter).setHeader(getTranslation("admin.service.letter")).setAutoWidth(true);
        grid.addColumn(s -> s.name().in(language)).setHeader(getTranslation("admin.name")).setFlexGrow(3);
        grid.addColumn(CatalogAdmin.ServiceRow::targetWaitMinutes).setHeader(getTranslation("admin.service.targetWait"));
        grid.addColumn(s -> getTranslation(s.active() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addClassName("admin-services-grid");
        Button add = new Button(getTranslation("admin.service.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("admin-new");
        add(new H2(getTranslation("admin.nav.services")), add, grid);
        grid.setItems(admin.services());
    }

    private void edit(CatalogAdmin.@Nullable ServiceRow row) {
        new ServiceDialog(admin, row, id -> grid.setItems(admin.services())).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.services");
    }
}
