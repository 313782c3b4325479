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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
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
        Dialog dialog = new Dialog();
        dialog.addClassName("service-dialog");
        dialog.setHeaderTitle(getTranslation(row == null ? "admin.service.new" : "admin.service.edit"));
        dialog.setWidth("min(60rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        code.addClassName("service-code");
        TextField letter = new TextField(getTranslation("admin.service.letter"));
        letter.setMaxLength(1);
        letter.addClassName("service-letter");
        Select<String> pictogram = new Select<>();
        pictogram.setLabel(getTranslation("admin.service.pictogram"));
        pictogram.setItems(Pictograms.keys());
        pictogram.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(key -> {
            var line = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(Pictograms.of(key),
                    new com.vaadin.flow.component.html.Span(key));
            line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            return line;
        }));
        pictogram.addClassName("service-pictogram");
        IntegerField target = new IntegerField(getTranslation("admin.service.targetWait"));
        target.setValue(15);
        IntegerField minutes = new IntegerField(getTranslation("admin.service.minutes"));
        minutes.setValue(10);
        IntegerField order = new IntegerField(getTranslation("admin.service.order"));
        order.setValue(0);
        Checkbox active = new Checkbox(getTranslation("admin.active"), true);
        LocalizedFields name = new LocalizedFields("admin.name", false);
        LocalizedFields documents = new LocalizedFields("admin.service.documents", true);
        if (row != null) {
            code.setValue(row.code());
            letter.setValue(row.letter());
            pictogram.setValue(row.pictogram());
            target.setValue(row.targetWaitMinutes());
            minutes.setValue(row.serviceMinutes());
            order.setValue(row.displayOrder());
            active.setValue(row.active());
            name.setValue(row.name());
            documents.setValue(row.documents());
        }
        Map<String, HasValidation> fields = Map.of("code", code, "letter", letter, "pictogram", pictogram, "name", name,
                "targetWait", target, "serviceMinutes", minutes, "documents", documents);
        Problems.saveAndCancel(dialog, fields, () -> {
            return admin.saveService(new CatalogAdmin.ServiceForm(row == null ? null : row.id(),
                    row == null ? 0 : row.version(), code.getValue().strip(), letter.getValue().strip().toUpperCase(),
                    pictogram.getValue() == null ? "" : pictogram.getValue(), name.text(),
                    target.getValue() == null ? 0 : target.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                    documents.text(), order.getValue() == null ? 0 : order.getValue(), active.getValue()),
                    Set.copyOf(Pictograms.keys()));
        }, id -> grid.setItems(admin.services()));
        dialog.add(new FormLayout(code, letter, pictogram, target, minutes, order, active), name, documents);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.services");
    }
}
