package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.directory.InstitutionType;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import ma.socialhub.orientation.RulesAdmin;
import ma.socialhub.orientation.TargetKind;
import ma.socialhub.visit.Need;
import org.jspecify.annotations.Nullable;

/**
 * One orientation rule (docs/adr/0010): when it applies (every criterion it sets) and what it
 * proposes, with the title and reason the agent reads to the person in four languages.
 */
class RuleDialog extends Dialog {

    /** The rule as the form holds it while it is edited. */
    static final class Draft {
        String code = "";
        @Nullable Integer priority = 100;
        boolean active = true;
        LocalizedText title = LocalizedFields.EMPTY;
        LocalizedText reason = LocalizedFields.EMPTY;
        Set<Situation> situations = Set.of();
        Set<String> needs = Set.of();
        @Nullable Sex sex;
        @Nullable Integer minAge;
        @Nullable Integer maxAge;
        Set<RsuStatus> rsu = Set.of();
        @Nullable TargetKind target = TargetKind.INCUBATOR;
        DirectoryAdmin.@Nullable ProgramForm program;
        @Nullable InstitutionType type;
        CatalogAdmin.@Nullable ServiceRow service;

        RulesAdmin.RuleForm form(RulesAdmin.@Nullable RuleForm rule) {
            return new RulesAdmin.RuleForm(rule == null ? null : rule.id(), rule == null ? 0 : rule.version(), code.strip(), title,
                    reason, situations, needs, sex, minAge, maxAge, rsu, target == null ? TargetKind.INCUBATOR : target,
                    program == null ? null : program.id(), type, service == null ? null : service.id(),
                    priority == null ? 100 : priority, active);
        }
    }

    RuleDialog(RulesAdmin rules, List<DirectoryAdmin.ProgramForm> programs, List<CatalogAdmin.ServiceRow> services, List<Need> needs,
            RulesAdmin.@Nullable RuleForm rule, LongConsumer saved) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        addClassName("rule-dialog");
        setHeaderTitle(getTranslation(rule == null ? "admin.rule.new" : "admin.rule.edit"));
        setWidth("min(70rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        code.setHelperText(getTranslation("admin.code.help"));
        code.addClassName("rule-code");
        IntegerField priority = FormChecks.numeric(new IntegerField(getTranslation("admin.rule.priority")), "admin.error.number");
        Checkbox active = new Checkbox(getTranslation("admin.active"));
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
        IntegerField minAge = FormChecks.numeric(new IntegerField(getTranslation("admin.rule.minAge")), "admin.rule.error.age");
        IntegerField maxAge = FormChecks.numeric(new IntegerField(getTranslation("admin.rule.maxAge")), "admin.rule.error.age");
        CheckboxGroup<RsuStatus> rsu = new CheckboxGroup<>(getTranslation("intake.rsu"));
        rsu.setItems(RsuStatus.values());
        rsu.setItemLabelGenerator(s -> getTranslation("rsu." + s.name()));
        Select<TargetKind> target = new Select<>();
        target.setLabel(getTranslation("admin.rule.target"));
        target.setItems(TargetKind.values());
        target.setItemLabelGenerator(k -> k == null ? "" : getTranslation("admin.rule.target." + k.name()));
        target.addClassName("rule-target");
        Select<DirectoryAdmin.ProgramForm> program = new Select<>();
        program.setLabel(getTranslation("partner.program"));
        program.setItems(programs);
        program.setItemLabelGenerator(p -> p == null ? "" : p.name().in(language));
        Select<InstitutionType> type = new Select<>();
        type.setLabel(getTranslation("admin.partner.institutionType"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("hsds.institution." + t.name()));
        Select<CatalogAdmin.ServiceRow> service = new Select<>();
        service.setLabel(getTranslation("counter.transfer.service"));
        service.setItems(services);
        service.setItemLabelGenerator(s -> s == null ? "" : s.letter() + " · " + s.name().in(language));
        target.addValueChangeListener(e -> showTarget(e.getValue(), program, type, service));

        Binder<Draft> binder = new Binder<>();
        binder.forField(code).withValidator(FormChecks.code()).bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(priority).bind(d -> d.priority, (d, v) -> d.priority = v);
        binder.forField(active).bind(d -> d.active, (d, v) -> d.active = v);
        binder.forField(title).withValidator(FormChecks.complete(500)).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(reason).withValidator(FormChecks.complete(500)).bind(d -> d.reason, (d, v) -> d.reason = v);
        binder.forField(situations).bind(d -> d.situations, (d, v) -> d.situations = v);
        binder.forField(anyNeed).bind(d -> d.needs, (d, v) -> d.needs = v);
        binder.forField(sex).bind(d -> d.sex, (d, v) -> d.sex = v);
        binder.forField(minAge).withValidator(FormChecks.emptyOrBetween(0, 120, "admin.rule.error.age"))
                .bind(d -> d.minAge, (d, v) -> d.minAge = v);
        binder.forField(maxAge).withValidator(FormChecks.emptyOrBetween(0, 120, "admin.rule.error.age"))
                .withValidator(max -> max == null || minAge.getValue() == null || minAge.getValue() <= max,
                        FormChecks.message("admin.rule.error.age"))
                .bind(d -> d.maxAge, (d, v) -> d.maxAge = v);
        binder.forField(rsu).bind(d -> d.rsu, (d, v) -> d.rsu = v);
        binder.forField(target).asRequired(FormChecks.message("admin.rule.error.target")).bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(program).withValidator(p -> p != null || target.getValue() != TargetKind.PROGRAM,
                FormChecks.message("admin.rule.error.target")).bind(d -> d.program, (d, v) -> d.program = v);
        binder.forField(type).withValidator(t -> t != null || target.getValue() != TargetKind.INSTITUTION,
                FormChecks.message("admin.rule.error.target")).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(service).withValidator(s -> s != null || target.getValue() != TargetKind.SERVICE,
                FormChecks.message("admin.rule.error.target")).bind(d -> d.service, (d, v) -> d.service = v);
        Draft draft = new Draft();
        if (rule != null) {
            draft.code = rule.code();
            draft.priority = rule.priority();
            draft.active = rule.active();
            draft.title = rule.title();
            draft.reason = rule.reason();
            draft.situations = rule.anySituation();
            draft.needs = rule.anyNeed();
            draft.sex = rule.sex();
            draft.minAge = rule.minAge();
            draft.maxAge = rule.maxAge();
            draft.rsu = rule.anyRsuStatus();
            draft.target = rule.targetKind();
            draft.program = programs.stream().filter(p -> p.id() != null && p.id().equals(rule.programId())).findFirst().orElse(null);
            draft.type = rule.institutionType();
            draft.service = services.stream().filter(s -> Long.valueOf(s.id()).equals(rule.serviceId())).findFirst().orElse(null);
        }
        binder.readBean(draft);
        showTarget(target.getValue(), program, type, service);

        // a rule without any criterion would propose the same to everyone: the service says so, beside the needs
        Map<String, HasValidation> fields = Map.of("code", code, "title", title, "reason", reason, "criteria", anyNeed,
                "age", minAge, "target", target);
        Set<String> needCodes = needs.stream().map(Need::code).collect(Collectors.toUnmodifiableSet());
        Problems.saveAndCancel(this, binder, draft, fields, d -> rules.save(d.form(rule), needCodes), saved);
        add(new FormLayout(code, priority, active), title, reason, new H3(getTranslation("admin.rule.when")), situations, anyNeed,
                new FormLayout(sex, minAge, maxAge), rsu, new H3(getTranslation("admin.rule.proposes")),
                new FormLayout(target, program, type, service));
    }

    private static void showTarget(@Nullable TargetKind kind, Select<?> program, Select<?> type, Select<?> service) {
        program.setVisible(kind == TargetKind.PROGRAM);
        type.setVisible(kind == TargetKind.INSTITUTION);
        service.setVisible(kind == TargetKind.SERVICE);
    }
}
