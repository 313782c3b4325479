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
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.catalog.Province;
import org.jspecify.annotations.Nullable;

/** The centers: their names in four languages, province, kind, and their counters with what each serves. */
@Route(value = "admin/centers", layout = AdminLayout.class)
@RouteAlias(value = "admin", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CentersView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogAdmin admin;
    private final Catalog catalog;
    private final HubZone hubZone;
    private final Grid<CatalogAdmin.CenterRow> grid = new Grid<>();
    private String filterText = "";

    public CentersView(CatalogAdmin admin, Catalog catalog, HubZone hubZone) {
        this.admin = admin;
        this.catalog = catalog;
        this.hubZone = hubZone;
        addClassName("admin-centers");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Map<Integer, String> provinces = catalog.provinces().stream()
                .collect(Collectors.toMap(Province::id, p -> p.name().in(language)));
        grid.addColumn(CatalogAdmin.CenterRow::code).setHeader(getTranslation("admin.code")).setAutoWidth(true);
        grid.addColumn(c -> c.name().in(language)).setHeader(getTranslation("admin.name")).setFlexGrow(3);
        grid.addColumn(c -> provinces.getOrDefault(c.provinceId(), "")).setHeader(getTranslation("intake.province"));
        grid.addColumn(c -> getTranslation(c.active() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addClassName("admin-centers-grid");
        Button add = new Button(getTranslation("admin.center.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("admin-new");
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("admin.center.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("center-filter");
        filter.addValueChangeListener(e -> applyFilter(e.getValue()));
        HorizontalLayout bar = new HorizontalLayout(add, filter);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("admin.nav.centers")), bar, grid);
        refresh();
    }

    /** A center among thousands, by a piece of its code or of its name in any language. */
    private void applyFilter(String text) {
        filterText = text.strip().toLowerCase(Locale.ROOT);
        grid.getListDataView().setFilter(c -> filterText.isEmpty() || c.code().contains(filterText)
                || Stream.of(c.name().ar(), c.name().zgh(), c.name().fr(), c.name().en())
                        .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(filterText)));
    }

    private void edit(CatalogAdmin.@Nullable CenterRow row) {
        new CenterDialog(admin, catalog, row, usualZone(), saved -> {
            refresh();
            if (row == null) {
                // a new center has no counter yet: go straight on to adding them
                admin.centers().stream().filter(c -> c.id() == saved).findFirst().ifPresent(this::edit);
            }
        }).open();
    }

    /** The time zone most centers keep, for a new one; the hub's while there is no center. */
    private String usualZone() {
        List<CatalogAdmin.CenterRow> centers = admin.centers();
        return centers.stream().collect(Collectors.groupingBy(CatalogAdmin.CenterRow::timeZone, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElseGet(() -> hubZone.zone().getId());
    }

    private void refresh() {
        grid.setItems(admin.centers());
        applyFilter(filterText);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.centers");
    }
}
