package ma.socialhub.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import ma.socialhub.base.ui.DateFields;
import ma.socialhub.referral.ProjectForm;
import ma.socialhub.referral.StepKind;
import ma.socialhub.referral.StepRequest;

/**
 * Records one step of an accompaniment: what happened and when, the amount of a financing, the form
 * of a launched project. Problems come back beside their fields; nothing typed is lost.
 */
class StepForm extends Div {

    private final Select<StepKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TextArea note = new TextArea();
    private final BigDecimalField amount = new BigDecimalField();
    private final Select<ProjectForm> form = new Select<>();

    /** {@code save} returns the problems by field ({@code date}, {@code note}, {@code amount}, {@code form}); empty when saved. */
    StepForm(LocalDate today, Function<StepRequest, Map<String, String>> save) {
        addClassName("step-form");
        kind.setLabel(getTranslation("referral.step.kind"));
        kind.setItems(StepKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("referral.step." + k.name()));
        kind.setValue(StepKind.TRAINING_SESSION);
        kind.addClassName("step-kind");
        date.setLabel(getTranslation("referral.step.date"));
        date.setValue(today);
        date.setMax(today);
        DateFields.localized(date, getLocale());
        date.addClassName("step-date");
        note.setLabel(getTranslation("referral.note"));
        note.addClassName("step-note");
        amount.setLabel(getTranslation("referral.step.amount"));
        amount.addClassName("step-amount");
        form.setLabel(getTranslation("referral.step.form"));
        form.setItems(ProjectForm.values());
        form.setItemLabelGenerator(f -> f == null ? "" : getTranslation("referral.projectForm." + f.name()));
        form.addClassName("step-project-form");
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        showFieldsOf(kind.getValue());
        Button record = new Button(getTranslation("referral.step.record"), e -> {
            Map<String, String> problems = save.apply(new StepRequest(kind.getValue(), date.getValue(), note.getValue(),
                    amount.getValue(), kind.getValue() == StepKind.PROJECT_LAUNCHED ? form.getValue() : null));
            show(problems);
            if (problems.isEmpty()) {
                note.clear();
                amount.clear();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("step-record");
        record.setDisableOnClick(true);
        record.addClickListener(e -> record.setEnabled(true));
        FormLayout fields = new FormLayout(kind, date, amount, form, note);
        fields.setColspan(note, 2);
        add(new H3(getTranslation("referral.step.title")), fields, record);
    }

    private void showFieldsOf(StepKind value) {
        amount.setVisible(value == StepKind.FINANCING);
        form.setVisible(value == StepKind.PROJECT_LAUNCHED);
    }

    private void show(Map<String, String> problems) {
        date.setInvalid(problems.containsKey("date"));
        date.setErrorMessage(problems.containsKey("date") ? getTranslation(problems.get("date")) : null);
        note.setInvalid(problems.containsKey("note"));
        note.setErrorMessage(problems.containsKey("note") ? getTranslation(problems.get("note")) : null);
        amount.setInvalid(problems.containsKey("amount"));
        amount.setErrorMessage(problems.containsKey("amount") ? getTranslation(problems.get("amount")) : null);
        form.setInvalid(problems.containsKey("form"));
        form.setErrorMessage(problems.containsKey("form") ? getTranslation(problems.get("form")) : null);
    }
}
