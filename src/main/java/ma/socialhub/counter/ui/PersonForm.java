package ma.socialhub.counter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Province;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.ConsentStatus;
import ma.socialhub.intake.DetailField;
import ma.socialhub.intake.DisabilityType;
import ma.socialhub.intake.Education;
import ma.socialhub.intake.Employment;
import ma.socialhub.intake.Literacy;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import org.jspecify.annotations.Nullable;

/**
 * A person's file as a form: consent first, then who they are and their situation. It only holds
 * what was typed; the caller saves it and hands back the problems, which show beside their fields
 * while everything typed stays. Health fields open only once the person agrees to them.
 */
class PersonForm extends Div {

    private final Checkbox consentFile = new Checkbox();
    private final Checkbox consentSensitive = new Checkbox();
    private final Checkbox consentSharing = new Checkbox();
    private final Span consentProblem = new Span();
    private final TextField firstNameAr = new TextField();
    private final TextField lastNameAr = new TextField();
    private final TextField firstNameLatin = new TextField();
    private final TextField lastNameLatin = new TextField();
    private final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    private final DatePicker birthDate = new DatePicker();
    private final IntegerField birthYear = new IntegerField();
    private final TextField nationalId = new TextField();
    private final TextField phone = new TextField();
    private final ComboBox<Province> province = new ComboBox<>();
    private final TextField commune = new TextField();
    private final IntegerField householdSize = new IntegerField();
    private final CheckboxGroup<Situation> situations = new CheckboxGroup<>();
    private final Select<DisabilityType> disabilityType = new Select<>();
    private final Checkbox chronicIllness = new Checkbox();
    private final Checkbox pregnant = new Checkbox();
    private final Select<Literacy> literacy = new Select<>();
    private final Select<Education> education = new Select<>();
    private final Select<Employment> employment = new Select<>();
    private final RadioButtonGroup<RsuStatus> rsuStatus = new RadioButtonGroup<>();
    private final TextField rsuId = new TextField();
    private final Map<DetailField, HasValidation> fields = new EnumMap<>(DetailField.class);
    private final Button save = new Button();
    private final Button cancel = new Button();

    PersonForm(List<Province> provinces, LocalDate today, Runnable onSave, Runnable onCancel) {
        addClassName("person-form");
        HubLanguage language = HubLanguage.orDefault(getLocale());

        consentFile.setLabel(getTranslation("intake.consent.PROCESSING"));
        consentSensitive.setLabel(getTranslation("intake.consent.SENSITIVE"));
        consentSharing.setLabel(getTranslation("intake.consent.SHARING"));
        consentFile.addClassName("consent-processing");
        consentSensitive.addClassName("consent-sensitive");
        consentSharing.addClassName("consent-sharing");
        consentSensitive.addValueChangeListener(e -> sensitiveAllowed(e.getValue()));
        consentProblem.addClassName("consent-problem");
        Div consent = new Div(new H3(getTranslation("intake.consent.title")),
                new Span(getTranslation("intake.consent.explain")), consentFile, consentSensitive, consentSharing,
                consentProblem);
        consent.addClassName("consent-box");

        text(firstNameAr, "intake.firstNameAr", "rtl", DetailField.FIRST_NAME_AR);
        text(lastNameAr, "intake.lastNameAr", "rtl", DetailField.LAST_NAME_AR);
        text(firstNameLatin, "intake.firstNameLatin", "ltr", DetailField.FIRST_NAME_LATIN);
        text(lastNameLatin, "intake.lastNameLatin", "ltr", DetailField.LAST_NAME_LATIN);
        sex.setLabel(getTranslation("intake.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("intake.sex." + s.name()));
        sex.addClassName("person-sex");
        fields.put(DetailField.PREGNANT, sex);
        birthDate.setLabel(getTranslation("intake.birthDate"));
        birthDate.setMax(today);
        ma.socialhub.base.ui.DateFields.localized(birthDate, getLocale());
        birthDate.addClassName("person-birthDate");
        fields.put(DetailField.BIRTH_DATE, birthDate);
        birthYear.setLabel(getTranslation("intake.birthYear"));
        birthYear.setHelperText(getTranslation("intake.birthYear.help"));
        birthYear.addClassName("person-birthYear");
        fields.put(DetailField.BIRTH_YEAR, birthYear);
        text(nationalId, "intake.nationalId", "ltr", DetailField.NATIONAL_ID);
        nationalId.setHelperText(getTranslation("intake.nationalId.help"));
        text(phone, "intake.phone", "ltr", DetailField.PHONE);
        phone.setHelperText(getTranslation("intake.phone.help"));
        province.setLabel(getTranslation("intake.province"));
        province.setItems(provinces);
        province.setItemLabelGenerator(p -> p.name().in(language));
        province.setClearButtonVisible(true);
        province.addClassName("person-province");
        text(commune, "intake.commune", null, DetailField.COMMUNE);
        householdSize.setLabel(getTranslation("intake.householdSize"));
        householdSize.setStepButtonsVisible(true);
        householdSize.addClassName("person-householdSize");
        fields.put(DetailField.HOUSEHOLD_SIZE, householdSize);

        situations.setLabel(getTranslation("intake.situations"));
        situations.setItems(Situation.values());
        situations.setItemLabelGenerator(s -> getTranslation("situation." + s.name()));
        situations.addClassName("person-situations");
        fields.put(DetailField.SITUATIONS, situations);
        disabilityType.setLabel(getTranslation("intake.disabilityType"));
        disabilityType.setItems(DisabilityType.values());
        disabilityType.setItemLabelGenerator(t -> t == null ? "" : getTranslation("disability." + t.name()));
        disabilityType.setEmptySelectionAllowed(true);
        disabilityType.setEmptySelectionCaption(getTranslation("intake.none"));
        disabilityType.addClassName("person-disabilityType");
        chronicIllness.setLabel(getTranslation("intake.chronicIllness"));
        chronicIllness.addClassName("person-chronicIllness");
        pregnant.setLabel(getTranslation("intake.pregnant"));
        pregnant.addClassName("person-pregnant");
        choice(literacy, Literacy.values(), "intake.literacy", "literacy.");
        choice(education, Education.values(), "intake.education", "education.");
        choice(employment, Employment.values(), "intake.employment", "employment.");
        rsuStatus.setLabel(getTranslation("intake.rsu"));
        rsuStatus.setItems(RsuStatus.values());
        rsuStatus.setItemLabelGenerator(s -> getTranslation("rsu." + s.name()));
        rsuStatus.setValue(RsuStatus.UNKNOWN);
        rsuStatus.addClassName("person-rsu");
        text(rsuId, "intake.rsuId", "ltr", DetailField.RSU_ID);
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

        save.setText(getTranslation("intake.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("person-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                onSave.run();
            } finally {
                save.setEnabled(true);
            }
        });
        cancel.setText(getTranslation("counter.cancel"));
        cancel.addClassName("person-cancel");
        cancel.addClickListener(e -> onCancel.run());
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(consent, new H3(getTranslation("intake.identity")), identity, new H3(getTranslation("intake.situation")),
                situation, buttons);
        sensitiveAllowed(false);
    }

    /** Fills the form with a saved file and the consent the person gave. */
    void fill(PersonalDetails d, ConsentStatus consent) {
        consentFile.setValue(consent.covers(ConsentScope.PROCESSING));
        consentSensitive.setValue(consent.covers(ConsentScope.SENSITIVE));
        consentSharing.setValue(consent.covers(ConsentScope.SHARING));
        firstNameAr.setValue(d.firstNameAr());
        lastNameAr.setValue(d.lastNameAr());
        firstNameLatin.setValue(d.firstNameLatin());
        lastNameLatin.setValue(d.lastNameLatin());
        sex.setValue(d.sex());
        birthDate.setValue(d.birthDate());
        birthYear.setValue(d.birthDate() == null ? d.birthYear() : null);
        nationalId.setValue(d.nationalId());
        phone.setValue(d.phone());
        province.setValue(province.getListDataView().getItems().filter(p -> Integer.valueOf(p.id()).equals(d.provinceId()))
                .findFirst().orElse(null));
        commune.setValue(d.commune());
        householdSize.setValue(d.householdSize());
        situations.setValue(d.situations());
        disabilityType.setValue(d.disabilityType());
        chronicIllness.setValue(Boolean.TRUE.equals(d.chronicIllness()));
        pregnant.setValue(Boolean.TRUE.equals(d.pregnant()));
        literacy.setValue(d.literacy());
        education.setValue(d.education());
        employment.setValue(d.employment());
        rsuStatus.setValue(d.rsuStatus());
        rsuId.setValue(d.rsuId());
    }

    /** What is typed, as typed. */
    PersonalDetails details() {
        boolean sensitive = consentSensitive.getValue();
        Set<Situation> chosen = EnumSet.noneOf(Situation.class);
        chosen.addAll(situations.getValue());
        return new PersonalDetails(firstNameAr.getValue(), lastNameAr.getValue(), firstNameLatin.getValue(),
                lastNameLatin.getValue(), sex.getValue(), birthDate.getValue(), birthYear.getValue(), nationalId.getValue(),
                phone.getValue(), province.getValue() == null ? null : province.getValue().id(), commune.getValue(),
                householdSize.getValue(), chosen, sensitive ? disabilityType.getValue() : null,
                sensitive && chronicIllness.getValue() ? Boolean.TRUE : null,
                sensitive && pregnant.getValue() ? Boolean.TRUE : null, literacy.getValue(), education.getValue(),
                employment.getValue(), rsuStatus.getValue() == null ? RsuStatus.UNKNOWN : rsuStatus.getValue(),
                rsuStatus.getValue() == RsuStatus.REGISTERED ? rsuId.getValue() : "");
    }

    /** What the person agrees to, as ticked. */
    Set<ConsentScope> consent() {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (consentFile.getValue()) {
            scopes.add(ConsentScope.PROCESSING);
        }
        if (consentSensitive.getValue()) {
            scopes.add(ConsentScope.SENSITIVE);
        }
        if (consentSharing.getValue()) {
            scopes.add(ConsentScope.SHARING);
        }
        return scopes;
    }

    /** Shows each problem beside its field; clears the ones that are fixed. */
    void showProblems(Map<DetailField, String> problems) {
        fields.forEach((field, component) -> {
            String key = problems.get(field);
            component.setInvalid(key != null);
            component.setErrorMessage(key == null ? null : getTranslation(key));
        });
        consentProblem.setText("");
    }

    void showConsentMissing(ConsentScope scope) {
        showProblems(Map.of());
        consentProblem.setText(getTranslation("intake.consent.missing." + scope.name()));
    }

    private void sensitiveAllowed(boolean allowed) {
        disabilityType.setEnabled(allowed);
        chronicIllness.setEnabled(allowed);
        pregnant.setEnabled(allowed);
        situations.setItemEnabledProvider(s -> allowed || !s.sensitive());
    }

    private void text(TextField field, String key, @Nullable String dir, DetailField detail) {
        field.setLabel(getTranslation(key));
        field.addClassName("person-" + detail.name().toLowerCase().replace('_', '-'));
        if (dir != null) {
            field.getElement().setAttribute("dir", dir);
        }
        field.setClearButtonVisible(true);
        fields.put(detail, field);
    }

    private <E extends Enum<E>> void choice(Select<E> select, E[] values, String labelKey, String itemPrefix) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(itemPrefix + v.name()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("intake.unknown"));
        select.addClassName("person-" + labelKey.substring(labelKey.indexOf('.') + 1));
    }
}
