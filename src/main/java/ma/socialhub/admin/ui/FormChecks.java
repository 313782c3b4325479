package ma.socialhub.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ErrorMessageProvider;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.PasswordPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The checks an administration form makes before it asks a service: the shape of what was typed (a
 * code, a text in every language, a number in its range). They answer at once, beside the field, in
 * the reader's language, and nothing typed is lost. The service checks again and alone decides what
 * needs the database (a code already taken, a row changed meanwhile). A field's own constraints (a
 * maximum length, a number) get their messages here too: a binder shows them, and an empty message
 * beside a red field helps nobody.
 */
final class FormChecks {

    /** The codes of centers, services, programs, partners and rules, as their services accept them. */
    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");
    /** A username as the staff accounts accept it, compared in lower case. */
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FormChecks() {
    }

    /** A number field whose own check (letters typed where a number goes) speaks the reader's language. */
    static IntegerField numeric(IntegerField field, String key) {
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(field.getTranslation(key)));
        return field;
    }

    /** A text field that takes at most {@code maxLength} characters, and says so in the reader's language. */
    static TextField limited(TextField field, int maxLength, String key) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(field.getTranslation(key)));
        return field;
    }

    /** The translation of {@code key}, in the language of the screen when the check fails. */
    static ErrorMessageProvider message(String key) {
        return context -> UI.getCurrent().getTranslation(key);
    }

    static Validator<String> code() {
        return Validator.from(value -> CODE.matcher(value.strip()).matches(), message("admin.error.code"));
    }

    /** A text in each of the four languages, none longer than {@code maxLength}. */
    static Validator<LocalizedText> complete(int maxLength) {
        return Validator.from(text -> text.isCompleteWithin(maxLength), message("admin.error.names"));
    }

    /** A text that may be left out in any language, but is never longer than {@code maxLength} in one. */
    static Validator<LocalizedText> eachAtMost(int maxLength) {
        return Validator.from(text -> Stream.of(text.ar(), text.zgh(), text.fr(), text.en()).allMatch(t -> t.length() <= maxLength),
                message("admin.error.tooLong"));
    }

    static Validator<@Nullable Integer> between(int min, int max, String key) {
        return Validator.from(value -> value != null && value >= min && value <= max, message(key));
    }

    static Validator<@Nullable Integer> emptyOrBetween(int min, int max, String key) {
        return Validator.from(value -> value == null || (value >= min && value <= max), message(key));
    }

    /** Empty, or a number from {@code min} up. */
    static Validator<@Nullable Integer> emptyOrAtLeast(int min, String key) {
        return Validator.from(value -> value == null || value >= min, message(key));
    }

    static Validator<String> username() {
        return Validator.from(value -> USERNAME.matcher(value.strip().toLowerCase(Locale.ROOT)).matches(),
                message("admin.staff.error.username"));
    }

    static Validator<String> emptyOrEmail() {
        return Validator.from(value -> value.isBlank() || (value.length() <= 200 && EMAIL.matcher(value.strip()).matches()),
                message("admin.staff.error.email"));
    }

    static Validator<String> atMost(int maxLength) {
        return Validator.from(value -> value.length() <= maxLength, message("admin.error.tooLong"));
    }

    /** A password the hub's policy accepts for this username, or the policy's reason why not. */
    static Validator<String> password(Supplier<String> username) {
        return (value, context) -> PasswordPolicy.problem(value, username.get())
                .map(key -> ValidationResult.error(UI.getCurrent().getTranslation(key))).orElse(ValidationResult.ok());
    }
}
