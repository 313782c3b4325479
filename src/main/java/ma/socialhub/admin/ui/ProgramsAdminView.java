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
import ma.socialhub.directory.DirectoryAdmin;
import org.jspecify.annotations.Nullable;

/** The programs people are referred to, with their national and regional targets. */
@Route(value = "admin/programs", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ProgramsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final DirectoryAdmin admin;
    private final Grid<DirectoryAdmin.ProgramForm> grid = new Grid<>();

    public ProgramsAdminView(DirectoryAdmin admin) {
        this.admin = admin;
        addClassName("admin-programs");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        grid.addColumn(DirectoryAdmin.ProgramForm::code).setHeader(getTranslation("admin.code"));
        grid.addColumn(p -> p.name().in(language)).setHeader(getTranslation("admin.name")).setFlexGrow(3);
        grid.addColumn(p -> p.nationalTarget() == null ? "" : String.valueOf(p.nationalTarget()))
                .setHeader(getTranslation("admin.program.nationalTarget"));
        grid.addColumn(p -> p.regionalTarget() == null ? "" : String.valueOf(p.regionalTarget()))
                .setHeader(getTranslation("admin.program.regionalTarget"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addClassName("admin-programs-grid");
        Button add = new Button(getTranslation("admin.program.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("admin-new");
        add(new H2(getTranslation("admin.nav.programs")), add, grid);
        grid.setItems(admin.programs());
    }

    private void edit(DirectoryAdmin.@Nullable ProgramForm program) {
        new ProgramDialog(admin, program, id -> grid.setItems(admin.programs())).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.programs");
    }
}
