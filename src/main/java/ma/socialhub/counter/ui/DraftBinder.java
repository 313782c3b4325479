package ma.socialhub.counter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.intake.DetailField;
import ma.socialhub.intake.DetailsCheck;

/**
 * The binder of a person's form. Each checked field is validated by intake's own rules
 * ({@link DetailsCheck}, which the service applies again before saving) against the whole form as
 * now typed, so that the message beside a field is the one the service would give, in the screen's
 * language. Values are read as typed, valid or not: nothing typed is lost.
 */
final class DraftBinder {

    private final Binder<PersonDraft> binder = new Binder<>();
    private final Map<DetailField, HasValidation> checked = new EnumMap<>(DetailField.class);
    private final LocalDate today;

    DraftBinder(LocalDate today) {
        this.today = today;
    }

    /** Binds a field that intake checks; its problems, and those the service reports for {@code detail}, show beside it. */
    <V, C extends Component & HasValue<?, V> & HasValidation> void bind(C field, DetailField detail,
            ValueProvider<PersonDraft, V> getter, Setter<PersonDraft, V> setter) {
        binder.forField(field).withValidator(check(field, detail)).bind(getter, setter);
        checked.put(detail, field);
    }

    <V> void bind(HasValue<?, V> field, ValueProvider<PersonDraft, V> getter, Setter<PersonDraft, V> setter) {
        binder.forField(field).bind(getter, setter);
    }

    Binder<PersonDraft> binder() {
        return binder;
    }

    void read(PersonDraft draft) {
        binder.readBean(draft);
    }

    /** What is typed, once every field passes; empty, with each problem beside its field, otherwise. */
    Optional<PersonDraft> validated() {
        return binder.validate().isOk() ? Optional.of(asTyped()) : Optional.empty();
    }

    /** Shows beside their fields the problems only the service could find (a card held by another file, say). */
    void showProblems(Map<DetailField, String> problems) {
        problems.forEach((detail, key) -> {
            HasValidation field = checked.get(detail);
            if (field instanceof Component component) {
                field.setErrorMessage(component.getTranslation(key));
                field.setInvalid(true);
            }
        });
    }

    private PersonDraft asTyped() {
        PersonDraft typed = new PersonDraft();
        // forced: validators off, so that a check of one field can read all the others
        binder.writeBeanAsDraft(typed, true);
        return typed;
    }

    private <V> Validator<V> check(Component field, DetailField detail) {
        return (value, context) -> {
            String key = DetailsCheck.problems(asTyped().details(), today).get(detail);
            return key == null ? ValidationResult.ok() : ValidationResult.error(field.getTranslation(key));
        };
    }
}
