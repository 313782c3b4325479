package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.directory.InstitutionType;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import ma.socialhub.orientation.RulesAdmin;
import ma.socialhub.orientation.TargetKind;
import ma.socialhub.visit.Need;
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
        HubLanguage language = HubLanguage.orDefault(getLocale());
        List<Need> needs = visits.allNeeds();
        Dialog dialog = new Dialog();
        dialog.addClassName("rule-dialog");
        dialog.setHeaderTitle(getTranslation(rule == null ? "admin.rule.new" : "admin.rule.edit"));
        dialog.setWidth("min(70rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        code.addClassName("rule-code");
        IntegerField priority = new IntegerField(getTranslation("admin.rule.priority"));
        priority.setValue(100);
        Checkbox active = new Checkbox(getTranslation("admin.active"), true);
        LocalizedFields title = new LocalizedFields("admin.rule.title", false);
        LocalizedFields reason = new LocalizedFields("admin.rule.reason", true);
        CheckboxGroup<Situation> situations = new CheckboxGroup<>(getTranslation("admin.rule.anySituation"));
        situations.setItems(Situation.values());
        situations.setItemLabelGenerator(s -> getTranslation("situation." + s.name()));
        CheckboxGroup<String> anyNeed = new CheckboxGroup<>(getTranslation("admin.rule.anyNeed"));
        anyNeed.setItems(needs.stream().map(Need::code).toList());
        Map<String, String> needNames = needs.stream().collect(Collectors.toMap(Need::code, n -> n.name().in(language)));
        anyNeed.setItemLabelGenerator(c -> needNames.getOrDefault(c, c));
        anyNeed.addClassName("rule-needs");
        Select<Sex> sex = new Select<>();
        sex.setLabel(getTranslation("intake.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> s == null ? "" : getTranslation("intake.sex." + s.name()));
        sex.setEmptySelectionAllowed(true);
        sex.setEmptySelectionCaption(getTranslation("admin.rule.any"));
        IntegerField minAge = new IntegerField(getTranslation("admin.rule.minAge"));
        IntegerField maxAge = new IntegerField(getTranslation("admin.rule.maxAge"));
        CheckboxGroup<RsuStatus> rsu = new CheckboxGroup<>(getTranslation("intake.rsu"));
        rsu.setItems(RsuStatus.values());
        rsu.setItemLabelGenerator(s -> getTranslation("rsu." + s.name()));
        Select<TargetKind> target = new Select<>();
        target.setLabel(getTranslation("admin.rule.target"));
        target.setItems(TargetKind.values());
        target.setItemLabelGenerator(k -> k == null ? "" : getTranslation("admin.rule.target." + k.name()));
        target.setValue(TargetKind.INCUBATOR);
        target.addClassName("rule-target");
        Select<DirectoryAdmin.ProgramForm> program = new Select<>();
        program.setLabel(getTranslation("partner.program"));
        program.setItems(directory.programs());
        program.setItemLabelGenerator(p -> p == null ? "" : p.name().in(language));
        Select<InstitutionType> type = new Select<>();
        type.setLabel(getTranslation("admin.partner.institutionType"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("hsds.institution." + t.name()));
        Select<CatalogAdmin.ServiceRow> service = new Select<>();
        service.setLabel(getTranslation("counter.transfer.service"));
        service.setItems(catalog.services());
        service.setItemLabelGenerator(s -> s == null ? "" : s.letter() + " · " + s.name().in(language));
        target.addValueChangeListener(e -> {
            program.setVisible(e.getValue() == TargetKind.PROGRAM);
            type.setVisible(e.getValue() == TargetKind.INSTITUTION);
            service.setVisible(e.getValue() == TargetKind.SERVICE);
        });
        program.setVisible(false);
        type.setVisible(false);
        service.setVisible(false);
        if (rule != null) {
            code.setValue(rule.code());
            priority.setValue(rule.priority());
            active.setValue(rule.active());
            title.setValue(rule.title());
            reason.setValue(rule.reason());
            situations.setValue(rule.anySituation());
            anyNeed.setValue(rule.anyNeed());
            sex.setValue(rule.sex());
            minAge.setValue(rule.minAge());
            maxAge.setValue(rule.maxAge());
            rsu.setValue(rule.anyRsuStatus());
            target.setValue(rule.targetKind());
            program.setValue(directory.programs().stream().filter(p -> p.id() != null && p.id().equals(rule.programId())).findFirst().orElse(null));
            type.setValue(rule.institutionType());
            service.setValue(catalog.services().stream().filter(s -> Long.valueOf(s.id()).equals(rule.serviceId())).findFirst().orElse(null));
        }
        Map<String, HasValidation> fields = Map.of("code", code, "title", title, "reason", reason, "criteria", anyNeed,
                "age", minAge, "target", target);
        Problems.saveAndCancel(dialog, fields, () -> {
            return rules.save(new RulesAdmin.RuleForm(rule == null ? null : rule.id(),
                    rule == null ? 0 : rule.version(), code.getValue().strip(), title.text(), reason.text(), situations.getValue(),
                    anyNeed.getValue(), sex.getValue(), minAge.getValue(), maxAge.getValue(), rsu.getValue(), target.getValue(),
                    program.getValue() == null ? null : program.getValue().id(), type.getValue(),
                    service.getValue() == null ? null : service.getValue().id(), priority.getValue() == null ? 100 : priority.getValue(),
                    active.getValue()), Set.copyOf(needs.stream().map(Need::code).toList()));
        }, id -> grid.setItems(rules.rules()));
        dialog.add(new FormLayout(code, priority, active), title, reason, new H3(getTranslation("admin.rule.when")), situations, anyNeed,
                new FormLayout(sex, minAge, maxAge), rsu, new H3(getTranslation("admin.rule.proposes")),
                new FormLayout(target, program, type, service));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.rules");
    }
}
