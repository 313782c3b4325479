package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.DateFields;
import ma.socialhub.catalog.Province;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.DetailField;
import ma.socialhub.intake.DisabilityType;
import ma.socialhub.intake.Education;
import ma.socialhub.intake.Employment;
import ma.socialhub.intake.Literacy;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import org.jspecify.annotations.Nullable;

/**
 * A person's file as a form: consent first, then who they are and their situation. A binder
 * ({@link DraftBinder}) moves the values between the fields and a {@link PersonDraft} and checks
 * each field by intake's own rules as it is typed, so a message shows beside the field in the
 * screen's language and nothing typed is ever cleared. Health fields open only once the person
 * agrees to them.
 */
class PersonForm extends Div {

    private final DraftBinder binder;
    private final ConsentBox consent;
    private final CheckboxGroup<Situation> situations = new CheckboxGroup<>();
    private final Select<DisabilityType> disabilityType = new Select<>();
    private final Checkbox chronicIllness = new Checkbox();
    private final Checkbox pregnant = new Checkbox();

    PersonForm(List<Province> provinces, LocalDate today, PersonDraft draft, Consumer<PersonForm> onSave, Runnable onCancel) {
        binder = new DraftBinder(today);
        consent = new ConsentBox(binder, this::sensitiveAllowed);
        addClassName("person-form");
        HubLanguage language = HubLanguage.orDefault(getLocale());

        TextField firstNameAr = text("intake.firstNameAr", "rtl", DetailField.FIRST_NAME_AR, d -> d.firstNameAr,
                (d, v) -> d.firstNameAr = v);
        TextField lastNameAr = text("intake.lastNameAr", "rtl", DetailField.LAST_NAME_AR, d -> d.lastNameAr,
                (d, v) -> d.lastNameAr = v);
        TextField firstNameLatin = text("intake.firstNameLatin", "ltr", DetailField.FIRST_NAME_LATIN,
                d -> d.firstNameLatin, (d, v) -> d.firstNameLatin = v);
        TextField lastNameLatin = text("intake.lastNameLatin", "ltr", DetailField.LAST_NAME_LATIN, d -> d.lastNameLatin,
                (d, v) -> d.lastNameLatin = v);
        RadioButtonGroup<Sex> sex = new RadioButtonGroup<>(getTranslation("intake.sex"), Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("intake.sex." + s.name()));
        sex.addClassName("person-sex");
        // a pregnancy recorded for a man is said beside the sex, which is what the agent corrects
        binder.bind(sex, DetailField.PREGNANT, d -> d.sex, (d, v) -> d.sex = v);
        DatePicker birthDate = DateFields.localized(new DatePicker(getTranslation("intake.birthDate")), getLocale());
        birthDate.setMax(today);
        birthDate.setI18n(birthDate.getI18n().setMaxErrorMessage(getTranslation("intake.error.birth.future"))
                .setBadInputErrorMessage(getTranslation("intake.error.date")));
        birthDate.addClassName("person-birthDate");
        binder.bind(birthDate, DetailField.BIRTH_DATE, d -> d.birthDate, (d, v) -> d.birthDate = v);
        IntegerField birthYear = number("intake.birthYear", "person-birthYear", DetailField.BIRTH_YEAR,
                d -> d.birthYear, (d, v) -> d.birthYear = v);
        birthYear.setHelperText(getTranslation("intake.birthYear.help"));
        TextField nationalId = text("intake.nationalId", "ltr", DetailField.NATIONAL_ID, d -> d.nationalId,
                (d, v) -> d.nationalId = v);
        nationalId.setHelperText(getTranslation("intake.nationalId.help"));
        TextField phone = text("intake.phone", "ltr", DetailField.PHONE, d -> d.phone, (d, v) -> d.phone = v);
        phone.setHelperText(getTranslation("intake.phone.help"));
        ComboBox<Province> province = new ComboBox<>(getTranslation("intake.province"), provinces);
        province.setItemLabelGenerator(p -> p.name().in(language));
        province.setClearButtonVisible(true);
        province.addClassName("person-province");
        binder.binder().forField(province).withConverter(p -> p == null ? null : p.id(),
                id -> provinces.stream().filter(p -> id != null && p.id() == id).findFirst().orElse(null))
                .bind(d -> d.provinceId, (d, v) -> d.provinceId = v);
        TextField commune = text("intake.commune", null, DetailField.COMMUNE, d -> d.commune, (d, v) -> d.commune = v);
        IntegerField householdSize = number("intake.householdSize", "person-householdSize", DetailField.HOUSEHOLD_SIZE,
                d -> d.householdSize, (d, v) -> d.householdSize = v);
        householdSize.setStepButtonsVisible(true);

        situations.setLabel(getTranslation("intake.situations"));
        situations.setItems(Situation.values());
        situations.setItemLabelGenerator(s -> getTranslation("situation." + s.name()));
        situations.addClassName("person-situations");
        binder.bind(situations, DetailField.SITUATIONS, d -> d.situations, (d, v) -> d.situations = v);
        choice(disabilityType, DisabilityType.values(), "intake.disabilityType", "disability.", "intake.none");
        binder.bind(disabilityType, d -> d.disabilityType, (d, v) -> d.disabilityType = v);
        chronicIllness.setLabel(getTranslation("intake.chronicIllness"));
        chronicIllness.addClassName("person-chronicIllness");
        binder.bind(chronicIllness, d -> d.chronicIllness, (d, v) -> d.chronicIllness = v);
        pregnant.setLabel(getTranslation("intake.pregnant"));
        pregnant.addClassName("person-pregnant");
        binder.bind(pregnant, d -> d.pregnant, (d, v) -> d.pregnant = v);
        Select<Literacy> literacy = choice(new Select<>(), Literacy.values(), "intake.literacy", "literacy.", "intake.unknown");
        binder.bind(literacy, d -> d.literacy, (d, v) -> d.literacy = v);
        Select<Education> education = choice(new Select<>(), Education.values(), "intake.education", "education.",
                "intake.unknown");
        binder.bind(education, d -> d.education, (d, v) -> d.education = v);
        Select<Employment> employment = choice(new Select<>(), Employment.values(), "intake.employment", "employment.",
                "intake.unknown");
        binder.bind(employment, d -> d.employment, (d, v) -> d.employment = v);
        RadioButtonGroup<RsuStatus> rsuStatus = new RadioButtonGroup<>(getTranslation("intake.rsu"), RsuStatus.values());
        rsuStatus.setItemLabelGenerator(s -> getTranslation("rsu." + s.name()));
        rsuStatus.addClassName("person-rsu");
        binder.bind(rsuStatus, d -> d.rsuStatus, (d, v) -> d.rsuStatus = v);
        TextField rsuId = text("intake.rsuId", "ltr", DetailField.RSU_ID, d -> d.rsuId, (d, v) -> d.rsuId = v);
        rsuId.setHelperText(getTranslation("intake.rsuId.help"));
        rsuStatus.addValueChangeListener(e -> rsuId.setEnabled(e.getValue() == RsuStatus.REGISTERED));
        rsuId.setEnabled(false);

        FormLayout identity = new FormLayout(firstNameAr, lastNameAr, firstNameLatin, lastNameLatin, sex, birthDate,
                birthYear, nationalId, phone, province, commune, householdSize);
        identity.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        FormLayout situation = new FormLayout(situations, disabilityType, chronicIllness, pregnant, literacy, education,
                employment, rsuStatus, rsuId);
        situation.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        situation.setColspan(situations, 2);
        add(consent, new H3(getTranslation("intake.identity")), identity, new H3(getTranslation("intake.situation")),
                situation, buttons(onSave, onCancel));
        sensitiveAllowed(false);
        binder.read(draft);
    }

    /**
     * What is typed, as typed, once every field passes intake's checks; empty with each problem
     * beside its field otherwise. Nothing typed is cleared either way.
     */
    Optional<PersonDraft> draft() {
        return binder.validated();
    }

    /** Shows the problems the service found beside their fields. */
    void showProblems(Map<DetailField, String> problems) {
        binder.showProblems(problems);
        consent.clearProblem();
    }

    void showConsentMissing(ConsentScope scope) {
        consent.showMissing(scope);
    }

    private TextField text(String key, @Nullable String dir, DetailField detail, ValueProvider<PersonDraft, String> getter,
            Setter<PersonDraft, String> setter) {
        TextField field = new TextField(getTranslation(key));
        field.addClassName("person-" + detail.name().toLowerCase().replace('_', '-'));
        if (dir != null) {
            field.getElement().setAttribute("dir", dir);
        }
        field.setClearButtonVisible(true);
        binder.bind(field, detail, getter, setter);
        return field;
    }

    private IntegerField number(String key, String className, DetailField detail, ValueProvider<PersonDraft, Integer> getter,
            Setter<PersonDraft, Integer> setter) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.addClassName(className);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("intake.error.number")));
        binder.bind(field, detail, getter, setter);
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(Select<E> select, E[] values, String labelKey, String itemPrefix,
            String emptyKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(itemPrefix + v.name()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(emptyKey));
        select.addClassName("person-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return select;
    }

    private HorizontalLayout buttons(Consumer<PersonForm> onSave, Runnable onCancel) {
        Button save = new Button(getTranslation("intake.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("person-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                onSave.accept(this);
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("counter.cancel"), e -> onCancel.run());
        cancel.addClassName("person-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        return buttons;
    }

    private void sensitiveAllowed(boolean allowed) {
        disabilityType.setEnabled(allowed);
        chronicIllness.setEnabled(allowed);
        pregnant.setEnabled(allowed);
        situations.setItemEnabledProvider(s -> allowed || !s.sensitive());
    }
}
