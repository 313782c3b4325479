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
import java.util.Map;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Region;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.directory.OrganizationKind;
import org.jspecify.annotations.Nullable;

/** Incubators and partner institutions: who they are, where, what they offer, which programs they run. */
@Route(value = "admin/partners", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class PartnersView extends VerticalLayout implements HasDynamicTitle {

    private final DirectoryAdmin admin;
    private final Catalog catalog;
    private final Grid<DirectoryAdmin.OrganizationForm> grid = new Grid<>();

    public PartnersView(DirectoryAdmin admin, Catalog catalog) {
        this.admin = admin;
        this.catalog = catalog;
        addClassName("admin-partners");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Map<Short, String> regions = catalog.regions().stream().collect(Collectors.toMap(Region::id, r -> r.name().in(language)));
        grid.addColumn(o -> regions.getOrDefault(o.regionId(), "")).setHeader(getTranslation("programs.region"));
        grid.addColumn(o -> o.name().in(language)).setHeader(getTranslation("admin.name")).setFlexGrow(3);
        grid.addColumn(o -> o.kind() == OrganizationKind.INCUBATOR ? getTranslation("admin.partner.incubator")
                : getTranslation("hsds.institution." + o.institutionType())).setHeader(getTranslation("admin.partner.kind"));
        grid.addColumn(o -> getTranslation(o.active() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addClassName("admin-partners-grid");
        Button add = new Button(getTranslation("admin.partner.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("admin-new");
        add(new H2(getTranslation("admin.nav.partners")), add, grid);
        grid.setItems(admin.organizations());
    }

    private void edit(DirectoryAdmin.@Nullable OrganizationForm organization) {
        new PartnerDialog(admin, catalog, organization, id -> grid.setItems(admin.organizations())).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.partners");
    }
}
