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
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.orientation.RulesAdmin;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;

/**
 * The orientation rules (docs/adr/0010): when a rule applies (every criterion it sets) and what it
 * proposes, with the title and reason the agent reads to the person in four languages.
 */
@Route(value = "admin/rules", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final RulesAdmin rules;
    private final DirectoryAdmin directory;
    private final CatalogAdmin catalog;
    private final Visits visits;
    private final Grid<RulesAdmin.RuleForm> grid = new Grid<>();

    public RulesView(RulesAdmin rules, DirectoryAdmin directory, CatalogAdmin catalog, Visits visits) {
        this.rules = rules;
        this.directory = directory;
        this.catalog = catalog;
        this.visits = visits;
        addClassName("admin-rules");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        grid.addColumn(RulesAdmin.RuleForm::priority).setHeader(getTranslation("admin.rule.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RulesAdmin.RuleForm::code).setHeader(getTranslation("admin.code")).setAutoWidth(true);
        grid.addColumn(r -> r.title().in(language)).setHeader(getTranslation("admin.rule.title")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("admin.rule.target." + r.targetKind().name())).setHeader(getTranslation("admin.rule.target"));
        grid.addColumn(r -> getTranslation(r.active() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addClassName("admin-rules-grid");
        Button add = new Button(getTranslation("admin.rule.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("admin-new");
        add(new H2(getTranslation("admin.nav.rules")), add, grid);
        grid.setItems(rules.rules());
    }

    private void edit(RulesAdmin.@Nullable RuleForm rule) {
        new RuleDialog(rules, directory.programs(), catalog.services(), visits.allNeeds(), rule, id -> grid.setItems(rules.rules()))
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.rules");
    }
}
