package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Province;
import ma.socialhub.catalog.Region;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.directory.InstitutionType;
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
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Dialog dialog = new Dialog();
        dialog.addClassName("partner-dialog");
        dialog.setHeaderTitle(getTranslation(organization == null ? "admin.partner.new" : "admin.partner.edit"));
        dialog.setWidth("min(70rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        code.addClassName("partner-code");
        Select<OrganizationKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.partner.kind"));
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(k -> k == OrganizationKind.INCUBATOR ? getTranslation("admin.partner.incubator")
                : getTranslation("admin.partner.institution"));
        kind.setValue(OrganizationKind.INCUBATOR);
        Select<InstitutionType> type = new Select<>();
        type.setLabel(getTranslation("admin.partner.institutionType"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("hsds.institution." + t.name()));
        type.setVisible(false);
        kind.addValueChangeListener(e -> type.setVisible(e.getValue() == OrganizationKind.INSTITUTION));
        Select<Region> region = new Select<>();
        region.setLabel(getTranslation("programs.region"));
        List<Region> regions = catalog.regions();
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r == null ? "" : r.name().in(language));
        region.setValue(regions.getFirst());
        ComboBox<Province> province = new ComboBox<>(getTranslation("intake.province"));
        province.setItems(catalog.provinces());
        province.setItemLabelGenerator(p -> p.name().in(language));
        province.setClearButtonVisible(true);
        LocalizedFields name = new LocalizedFields("admin.name", false);
        TextField host = new TextField(getTranslation("admin.partner.host"));
        TextField address = new TextField(getTranslation("admin.partner.address"));
        TextField phone = new TextField(getTranslation("intake.phone"));
        TextField email = new TextField(getTranslation("admin.staff.email"));
        TextField sectors = new TextField(getTranslation("admin.partner.sectors"));
        sectors.setHelperText(getTranslation("admin.partner.sectors.help"));
        IntegerField capacity = new IntegerField(getTranslation("admin.partner.capacity"));
        CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("admin.partner.languages"));
        languages.setItems(List.of("ar", "zgh", "fr", "en"));
        languages.setItemLabelGenerator(l -> getTranslation("admin.language." + l));
        languages.setValue(Set.of("ar"));
        Checkbox accessible = new Checkbox(getTranslation("admin.partner.accessible"));
        Checkbox reference = new Checkbox(getTranslation("admin.partner.reference"));
        Checkbox active = new Checkbox(getTranslation("admin.active"), true);
        CheckboxGroup<DirectoryAdmin.ProgramForm> programs = new CheckboxGroup<>(getTranslation("admin.partner.programs"));
        List<DirectoryAdmin.ProgramForm> allPrograms = admin.programs();
        programs.setItems(allPrograms);
        programs.setItemLabelGenerator(p -> p.name().in(language));
        if (organization != null) {
            code.setValue(organization.code());
            kind.setValue(organization.kind());
            type.setValue(organization.institutionType());
            region.setValue(regions.stream().filter(r -> r.id() == organization.regionId()).findFirst().orElse(regions.getFirst()));
            province.setValue(catalog.provinces().stream().filter(p -> Integer.valueOf(p.id()).equals(organization.provinceId()))
                    .findFirst().orElse(null));
            name.setValue(organization.name());
            host.setValue(organization.hostOrganization());
            address.setValue(organization.address());
            phone.setValue(organization.phone());
            email.setValue(organization.email());
            sectors.setValue(String.join(", ", organization.sectors()));
            capacity.setValue(organization.capacity());
            languages.setValue(Set.copyOf(organization.languages()));
            accessible.setValue(organization.accessible());
            reference.setValue(organization.reference());
            active.setValue(organization.active());
            programs.setValue(allPrograms.stream().filter(p -> organization.programIds().contains(p.id())).collect(Collectors.toSet()));
        }
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "institutionType", type, "email", email,
                "capacity", capacity, "address", address);
        Problems.saveAndCancel(dialog, fields, () -> {
            List<String> sectorList = Arrays.stream(sectors.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase().replace(' ', '_')).toList();
            return admin.saveOrganization(new DirectoryAdmin.OrganizationForm(
                    organization == null ? null : organization.id(), organization == null ? 0 : organization.version(),
                    code.getValue().strip(), kind.getValue(), type.getValue(), name.text(), host.getValue(), region.getValue().id(),
                    province.getValue() == null ? null : province.getValue().id(), address.getValue(), phone.getValue(),
                    email.getValue(), sectorList, capacity.getValue(), languages.getValue().stream().sorted().toList(),
                    accessible.getValue(), reference.getValue(), active.getValue(),
                    programs.getValue().stream().map(DirectoryAdmin.ProgramForm::id).collect(Collectors.toSet())));
        }, id -> grid.setItems(admin.organizations()));
        dialog.add(new FormLayout(code, kind, type, region, province, host, address, phone, email, sectors, capacity), name,
                languages, new FormLayout(accessible, reference, active), programs);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.partners");
    }
}
