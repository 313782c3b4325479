package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
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
        Dialog dialog = new Dialog();
        dialog.addClassName("program-dialog");
        dialog.setHeaderTitle(getTranslation(program == null ? "admin.program.new" : "admin.program.edit"));
        dialog.setWidth("min(50rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        IntegerField national = new IntegerField(getTranslation("admin.program.nationalTarget"));
        IntegerField regional = new IntegerField(getTranslation("admin.program.regionalTarget"));
        Checkbox active = new Checkbox(getTranslation("admin.active"), true);
        LocalizedFields name = new LocalizedFields("admin.name", false);
        if (program != null) {
            code.setValue(program.code());
            national.setValue(program.nationalTarget());
            regional.setValue(program.regionalTarget());
            active.setValue(program.active());
            name.setValue(program.name());
        }
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "target", national);
        Problems.saveAndCancel(dialog, fields, () -> {
            return admin.saveProgram(new DirectoryAdmin.ProgramForm(program == null ? null : program.id(),
                    program == null ? 0 : program.version(), code.getValue().strip(), name.text(), national.getValue(),
                    regional.getValue(), active.getValue()));
        }, id -> grid.setItems(admin.programs()));
        dialog.add(new FormLayout(code, national, regional, active), name);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.programs");
    }
}
