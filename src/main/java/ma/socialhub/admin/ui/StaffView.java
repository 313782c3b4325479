package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.staff.StaffSummary;
import org.jspecify.annotations.Nullable;

/**
 * Staff accounts: role and scope (an agent's center; a supervisor's center, province, region or
 * the nation; a partner's organization), language, enabled or not; a new password; ending every
 * session of a person.
 */
@Route(value = "admin/staff", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final StaffAccounts accounts;
    private final Catalog catalog;
    private final Directory directory;
    private final Grid<StaffSummary> grid = new Grid<>();
    private String filterText = "";

    public StaffView(StaffAccounts accounts, Catalog catalog, Directory directory, HubZone hubZone) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.directory = directory;
        addClassName("admin-staff");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(hubZone.zone());
        grid.addColumn(StaffSummary::username).setHeader(getTranslation("login.username")).setAutoWidth(true);
        grid.addColumn(StaffSummary::displayName).setHeader(getTranslation("admin.staff.displayName")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("role." + s.role())).setHeader(getTranslation("admin.staff.role"));
        grid.addColumn(this::scope).setHeader(getTranslation("admin.staff.scope")).setFlexGrow(2);
        grid.addColumn(s -> s.lastLoginAt() == null ? "" : when.format(s.lastLoginAt())).setHeader(getTranslation("admin.staff.lastLogin"));
        grid.addColumn(s -> getTranslation(s.enabled() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addClassName("admin-staff-grid");
        Button add = new Button(getTranslation("admin.staff.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("admin-new");
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("admin.staff.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("staff-filter");
        filter.addValueChangeListener(e -> applyFilter(e.getValue()));
        HorizontalLayout bar = new HorizontalLayout(add, filter);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("admin.nav.staff")), bar, grid);
        grid.setItems(accounts.all());
    }

    /** Thousands of centers mean thousands of accounts: find one by a piece of its username or name. */
    private void applyFilter(String text) {
        filterText = text.strip().toLowerCase(Locale.ROOT);
        grid.getListDataView().setFilter(s -> filterText.isEmpty() || s.username().contains(filterText)
                || s.displayName().toLowerCase(Locale.ROOT).contains(filterText));
    }

    private void refresh() {
        grid.setItems(accounts.all());
        applyFilter(filterText);
    }

    private String scope(StaffSummary s) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        if (s.centerId() != null) {
            return catalog.center(s.centerId()).map(c -> c.name().in(language)).orElse("");
        }
        if (s.provinceId() != null) {
            return catalog.provinces().stream().filter(p -> p.id() == s.provinceId()).map(p -> p.name().in(language)).findFirst().orElse("");
        }
        if (s.regionId() != null) {
            return catalog.regions().stream().filter(r -> r.id() == s.regionId()).map(r -> r.name().in(language)).findFirst().orElse("");
        }
        if (s.organizationId() != null) {
            return directory.organization(s.organizationId()).map(o -> o.name().in(language)).orElse("");
        }
        return s.nation() || Roles.ADMIN.equals(s.role()) ? getTranslation("admin.staff.nation") : "";
    }

    private void edit(@Nullable StaffSummary account) {
        new StaffDialog(accounts, catalog, directory, account, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.staff");
    }
}
