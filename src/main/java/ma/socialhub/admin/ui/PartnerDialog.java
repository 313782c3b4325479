package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Province;
import ma.socialhub.catalog.Region;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.directory.InstitutionType;
import ma.socialhub.directory.OrganizationKind;
import org.jspecify.annotations.Nullable;

/** One incubator or partner institution: who it is, where, what it offers, which programs it runs. */
class PartnerDialog extends Dialog {

    /** The organization as the form holds it while it is edited. */
    static final class Draft {
        String code = "";
        @Nullable OrganizationKind kind = OrganizationKind.INCUBATOR;
        @Nullable InstitutionType type;
        @Nullable Region region;
        @Nullable Province province;
        LocalizedText name = LocalizedFields.EMPTY;
        String host = "";
        String address = "";
        String phone = "";
        String email = "";
        String sectors = "";
        @Nullable Integer capacity;
        Set<String> languages = Set.of("ar");
        boolean accessible;
        boolean reference;
        boolean active = true;
        Set<DirectoryAdmin.ProgramForm> programs = Set.of();

        DirectoryAdmin.OrganizationForm form(DirectoryAdmin.@Nullable OrganizationForm organization) {
            List<String> sectorList = Arrays.stream(sectors.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT).replace(' ', '_')).toList();
            return new DirectoryAdmin.OrganizationForm(organization == null ? null : organization.id(),
                    organization == null ? 0 : organization.version(), code.strip(),
                    kind == null ? OrganizationKind.INCUBATOR : kind, type, name, host, region == null ? 0 : region.id(),
                    province == null ? null : province.id(), address, phone, email, sectorList, capacity,
                    languages.stream().sorted().toList(), accessible, reference, active,
                    programs.stream().map(DirectoryAdmin.ProgramForm::id).collect(Collectors.toSet()));
        }
    }

    PartnerDialog(DirectoryAdmin admin, Catalog catalog, DirectoryAdmin.@Nullable OrganizationForm organization, LongConsumer saved) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        addClassName("partner-dialog");
        setHeaderTitle(getTranslation(organization == null ? "admin.partner.new" : "admin.partner.edit"));
        setWidth("min(70rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        code.setHelperText(getTranslation("admin.code.help"));
        code.addClassName("partner-code");
        Select<OrganizationKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.partner.kind"));
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(k -> k == OrganizationKind.INCUBATOR ? getTranslation("admin.partner.incubator")
                : getTranslation("admin.partner.institution"));
        Select<InstitutionType> type = new Select<>();
        type.setLabel(getTranslation("admin.partner.institutionType"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("hsds.institution." + t.name()));
        kind.addValueChangeListener(e -> type.setVisible(e.getValue() == OrganizationKind.INSTITUTION));
        Select<Region> region = new Select<>();
        region.setLabel(getTranslation("programs.region"));
        List<Region> regions = catalog.regions();
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r == null ? "" : r.name().in(language));
        ComboBox<Province> province = new ComboBox<>(getTranslation("intake.province"));
        List<Province> provinces = catalog.provinces();
        province.setItems(provinces);
        province.setItemLabelGenerator(p -> p.name().in(language));
        province.setClearButtonVisible(true);
        LocalizedFields name = new LocalizedFields("admin.name", false);
        TextField host = new TextField(getTranslation("admin.partner.host"));
        TextField address = new TextField(getTranslation("admin.partner.address"));
        TextField phone = new TextField(getTranslation("intake.phone"));
        TextField email = new TextField(getTranslation("admin.staff.email"));
        TextField sectors = new TextField(getTranslation("admin.partner.sectors"));
        sectors.setHelperText(getTranslation("admin.partner.sectors.help"));
        IntegerField capacity = FormChecks.numeric(new IntegerField(getTranslation("admin.partner.capacity")), "admin.error.number");
        CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("admin.partner.languages"));
        languages.setItems(List.of("ar", "zgh", "fr", "en"));
        languages.setItemLabelGenerator(l -> getTranslation("admin.language." + l));
        Checkbox accessible = new Checkbox(getTranslation("admin.partner.accessible"));
        Checkbox reference = new Checkbox(getTranslation("admin.partner.reference"));
        Checkbox active = new Checkbox(getTranslation("admin.active"));
        CheckboxGroup<DirectoryAdmin.ProgramForm> programs = new CheckboxGroup<>(getTranslation("admin.partner.programs"));
        List<DirectoryAdmin.ProgramForm> allPrograms = admin.programs();
        programs.setItems(allPrograms);
        programs.setItemLabelGenerator(p -> p.name().in(language));

        Binder<Draft> binder = new Binder<>();
        binder.forField(code).withValidator(FormChecks.code()).bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(kind).asRequired(FormChecks.message("admin.error.required")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(type).withValidator(t -> t != null || kind.getValue() != OrganizationKind.INSTITUTION,
                FormChecks.message("admin.error.required")).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(region).asRequired(FormChecks.message("admin.error.required")).bind(d -> d.region, (d, v) -> d.region = v);
        binder.forField(province).bind(d -> d.province, (d, v) -> d.province = v);
        binder.forField(name).withValidator(FormChecks.complete(200)).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(host).withValidator(FormChecks.atMost(300)).bind(d -> d.host, (d, v) -> d.host = v);
        binder.forField(address).withValidator(FormChecks.atMost(300)).bind(d -> d.address, (d, v) -> d.address = v);
        binder.forField(phone).withValidator(FormChecks.atMost(40)).bind(d -> d.phone, (d, v) -> d.phone = v);
        binder.forField(email).withValidator(FormChecks.emptyOrEmail()).bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(sectors).bind(d -> d.sectors, (d, v) -> d.sectors = v);
        binder.forField(capacity).withValidator(FormChecks.emptyOrAtLeast(0, "admin.error.number"))
                .bind(d -> d.capacity, (d, v) -> d.capacity = v);
        binder.forField(languages).bind(d -> d.languages, (d, v) -> d.languages = v);
        binder.forField(accessible).bind(d -> d.accessible, (d, v) -> d.accessible = v);
        binder.forField(reference).bind(d -> d.reference, (d, v) -> d.reference = v);
        binder.forField(active).bind(d -> d.active, (d, v) -> d.active = v);
        binder.forField(programs).bind(d -> d.programs, (d, v) -> d.programs = v);
        Draft draft = new Draft();
        draft.region = regions.getFirst();
        if (organization != null) {
            draft.code = organization.code();
            draft.kind = organization.kind();
            draft.type = organization.institutionType();
            draft.region = regions.stream().filter(r -> r.id() == organization.regionId()).findFirst().orElse(regions.getFirst());
            draft.province = provinces.stream().filter(p -> Integer.valueOf(p.id()).equals(organization.provinceId())).findFirst()
                    .orElse(null);
            draft.name = organization.name();
            draft.host = organization.hostOrganization();
            draft.address = organization.address();
            draft.phone = organization.phone();
            draft.email = organization.email();
            draft.sectors = String.join(", ", organization.sectors());
            draft.capacity = organization.capacity();
            draft.languages = Set.copyOf(organization.languages());
            draft.accessible = organization.accessible();
            draft.reference = organization.reference();
            draft.active = organization.active();
            draft.programs = allPrograms.stream().filter(p -> organization.programIds().contains(p.id())).collect(Collectors.toSet());
        }
        binder.readBean(draft);
        type.setVisible(kind.getValue() == OrganizationKind.INSTITUTION);

        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "institutionType", type, "email", email,
                "capacity", capacity, "address", address);
        Problems.saveAndCancel(this, binder, draft, fields, d -> admin.saveOrganization(d.form(organization)), saved);
        add(new FormLayout(code, kind, type, region, province, host, address, phone, email, sectors, capacity), name,
                languages, new FormLayout(accessible, reference, active), programs);
    }
}
