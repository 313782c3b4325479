package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.AdminChanges;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administration screen driven as an administrator would: fields found by their label, buttons
 * by their text, rows by what they show. Each test makes its own codes and names ({@link #unique}),
 * so that it runs again in the same database; the clock stands still at a whole second, so that the
 * change log's time is known.
 */
abstract class AdminScreenTest extends KaribuTest {

    @Autowired TestClock clock;
    @Autowired HubZone hubZone;

    /** Unique to this test, in codes and names. */
    String suffix;
    /** The administrator at work. */
    String admin;
    /** The moment of every change this test makes. */
    Instant now;

    @BeforeEach
    void anAdministratorAndAStillClock() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.pin(now);
        admin = fixtures.staff(Roles.ADMIN, null, null);
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    /** A code or name no other test, and no earlier run, has used. */
    String unique(String prefix) {
        return prefix + "-" + suffix;
    }

    void open(String route) {
        signIn(admin);
        UI.getCurrent().navigate(route);
    }

    static Button button(String text) {
        return _get(Button.class, s -> s.withText(text));
    }

    static void click(String text) {
        _click(button(text));
    }

    static Dialog dialog() {
        return _get(Dialog.class);
    }

    static void expectNoDialog() {
        assertThat(_find(Dialog.class)).isEmpty();
    }

    static TextField textField(String label) {
        return _get(TextField.class, s -> s.withLabel(label));
    }

    static IntegerField integerField(String label) {
        return _get(IntegerField.class, s -> s.withLabel(label));
    }

    static PasswordField passwordField(String label) {
        return _get(PasswordField.class, s -> s.withLabel(label));
    }

    static Checkbox checkbox(String label) {
        return _get(Checkbox.class, s -> s.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String label) {
        return _get(Select.class, s -> s.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, s -> s.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    static <T> CheckboxGroup<T> checkboxGroup(String label) {
        return _get(CheckboxGroup.class, s -> s.withLabel(label));
    }

    static LocalizedFields localized(String label) {
        return _get(LocalizedFields.class, s -> s.withLabel(label));
    }

    /** Sets a field as the user's typing would: only a field they can see and edit. */
    static <V> void type(HasValue<?, V> field, V value) {
        BasicUtilsKt._expectEditableByUser((Component) field);
        field.setValue(value);
    }

    /** Picks the item the user reads as {@code label}. */
    static <T> void choose(Select<T> select, String label) {
        type(select, itemLabelled(select.getListDataView().getItems(), select.getItemLabelGenerator(), label));
    }

    static <T> void choose(ComboBox<T> comboBox, String label) {
        type(comboBox, itemLabelled(comboBox.getListDataView().getItems(), comboBox.getItemLabelGenerator(), label));
    }

    /** Ticks exactly the items the user reads as {@code labels}. */
    static <T> void tick(CheckboxGroup<T> group, String... labels) {
        Set<T> items = new HashSet<>();
        for (String label : labels) {
            items.add(itemLabelled(group.getListDataView().getItems(), group.getItemLabelGenerator(), label));
        }
        type(group, items);
    }

    private static <T> T itemLabelled(Stream<T> items, @Nullable ItemLabelGenerator<T> labels, String label) {
        List<T> all = items.toList();
        return all.stream().filter(item -> label.equals(labels == null ? String.valueOf(item) : labels.apply(item))).findFirst()
                .orElseThrow(() -> new AssertionError("no item '" + label + "' among "
                        + all.stream().map(i -> labels == null ? String.valueOf(i) : labels.apply(i)).toList()));
    }

    /** Types a text in the four languages, one field each, as the form shows them. */
    void typeIn(LocalizedFields fields, LocalizedText text) {
        typeIn(fields, "admin.language.ar", text.ar());
        typeIn(fields, "admin.language.zgh", text.zgh());
        typeIn(fields, "admin.language.fr", text.fr());
        typeIn(fields, "admin.language.en", text.en());
    }

    private static void typeIn(LocalizedFields fields, String languageKey, String text) {
        String label = t(languageKey);
        List<TextField> lines = _find(fields, TextField.class, s -> s.withLabel(label));
        if (lines.isEmpty()) {
            type(_get(fields, TextArea.class, s -> s.withLabel(label)), text);
        } else {
            type(lines.getFirst(), text);
        }
    }

    /** Clicks the row of the screen's grid that shows {@code item}, as a user picks a line to edit. */
    static <T> void clickRow(Grid<T> grid, Predicate<T> item) {
        GridKt._clickItem(grid, rowOf(grid, item));
    }

    static <T> int rowOf(Grid<T> grid, Predicate<T> item) {
        List<T> rows = grid.getListDataView().getItems().toList();
        int index = rows.stream().filter(item).findFirst().map(rows::indexOf).orElse(-1);
        assertThat(index).as("a row of the grid").isNotNegative();
        return index;
    }

    @SuppressWarnings("unchecked")
    static <T> Grid<T> grid() {
        return _get(Grid.class);
    }

    static String invalidMessage(HasValidation field) {
        assertThat(field.isInvalid()).as("marked invalid").isTrue();
        return field.getErrorMessage();
    }

    /**
     * The line of the change log for this entity, as the changes screen shows it once filtered to
     * {@code entityLabel}: when, who, what, which, which action.
     */
    List<String> changeLogLine(String entityLabel, Object entityId, String actionLabel) {
        UI.getCurrent().navigate("admin/changes");
        choose(select(t("admin.changes.entity")), entityLabel);
        Grid<AdminChanges.Change> changes = grid();
        int row = rowOf(changes, c -> c.entityId().equals(String.valueOf(entityId)) && t("admin.action." + c.action()).equals(actionLabel));
        return GridKt._getFormattedRow(changes, row);
    }

    /** What the change log shows for {@link #now}, in French and the hub's zone: day first, then the time to the second. */
    String nowAsShown() {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(hubZone.zone()).format(now);
    }

    int count(String sql, Object... params) {
        var statement = fixtures.jdbc().sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Integer.class).single();
    }

    static List<Component> children(Component parent) {
        return parent.getChildren().toList();
    }
}
