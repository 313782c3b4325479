package ma.socialhub.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.security.AdminChanges;
import ma.socialhub.base.security.Roles;

/** Every administrative change, newest first: who, when, on what, before and after. */
@Route(value = "admin/changes", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ChangesView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ENTITIES = List.of("center", "counter", "social_service", "orientation_rule", "partner_organization",
            "program", "kiosk_device", "staff_account", "beneficiary");

    public ChangesView(AdminChanges changes, HubZone hubZone) {
        addClassName("admin-changes");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(hubZone.zone());
        Grid<AdminChanges.Change> grid = new Grid<>();
        grid.addColumn(c -> when.format(c.at())).setHeader(getTranslation("admin.changes.at")).setAutoWidth(true);
        grid.addColumn(AdminChanges.Change::by).setHeader(getTranslation("admin.changes.by")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("admin.entity." + c.entity())).setHeader(getTranslation("admin.changes.entity"));
        grid.addColumn(AdminChanges.Change::entityId).setHeader("#").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("admin.action." + c.action())).setHeader(getTranslation("admin.changes.action"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(c -> new Pre(
                (c.before() == null ? "" : c.before() + "\n→\n") + (c.after() == null ? "" : c.after()))));
        grid.addClassName("admin-changes-grid");
        Select<String> entity = new Select<>();
        entity.setLabel(getTranslation("admin.changes.entity"));
        entity.setItems(ENTITIES);
        entity.setItemLabelGenerator(e -> e == null ? "" : getTranslation("admin.entity." + e));
        entity.setEmptySelectionAllowed(true);
        entity.setEmptySelectionCaption(getTranslation("admin.changes.all"));
        entity.setPlaceholder(getTranslation("admin.changes.all"));
        grid.setEmptyStateText(getTranslation("admin.changes.none"));
        entity.addValueChangeListener(e -> grid.setItems(changes.latest(e.getValue(), 500)));
        add(new H2(getTranslation("admin.nav.changes")), entity, grid);
        grid.setItems(changes.latest(null, 500));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.changes");
    }
}
